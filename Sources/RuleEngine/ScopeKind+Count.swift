import PlanModel
import RuleLanguage

extension ScopeKind {
  /// How many entities of this scope the plan has (removed actions come from drift matching).
  package func count(in plan: Plan, removedActions: Int = 0) -> Int {
    switch self {
    case .plan: 1
    case .theme: plan.themes.count
    case .action: plan.actions.count
    case .milestone: plan.milestones.count
    case .recommendation: plan.recommendations.count
    case .measure: plan.measures.count
    case .removedAction: removedActions
    }
  }
}
