import PlanModel
import RuleLanguage

extension ScopeKind {
  /// How many entities of this scope the plan has (removed actions come from drift matching).
  package func count(in plan: Plan, removedActions: Int = 0) -> Int {
    version == .current ? entityKind.descriptor.count(in: plan) : removedActions
  }
}
