import PlanModel

/// The kind of entity a rule is evaluated on, once per entity of that kind.
package enum RuleScope: String, Sendable, Hashable, CaseIterable {
  case plan
  case theme
  case action
  case milestone
  case recommendation
  case measure
  /// Actions of the compared (previous) version that are gone from this one (drift).
  case removedAction = "removed-action"

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
