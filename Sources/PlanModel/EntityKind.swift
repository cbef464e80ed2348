/// The kinds of entity a plan holds and rules can see. Everything the code knows about a kind
/// is in its descriptor, the model type's conformance to `PlanEntity`; `descriptor` is the one
/// place that maps a kind to it.
package enum EntityKind: String, Sendable, Hashable, CaseIterable {
  // The raw value is the kind's name in rules, findings and reports.
  case plan, theme, action, milestone, recommendation, measure

  package var descriptor: any PlanEntity.Type {
    switch self {
    case .plan: Plan.self
    case .theme: Theme.self
    case .action: Action.self
    case .milestone: Milestone.self
    case .recommendation: Recommendation.self
    case .measure: Measure.self
    }
  }

  /// Its name in rules, findings and reports: `action`.
  package var name: String { rawValue }

  /// "plan, theme, …, recommendation or measure", for help and messages.
  package static var namesInProse: String {
    let names = allCases.map(\.name)
    return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
  }
}
