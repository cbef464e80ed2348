/// The kinds of entity a plan holds and rules can see. Everything the code knows about a kind
/// is in its descriptor, the model type's conformance to `PlanEntity`; `descriptor` is the one
/// place that maps a kind to it.
///
/// Adding a kind: a case here and its line in `descriptor`; the model type's conformance (to
/// `ListedEntity` for a list of the plan) in `PlanEntity+Kinds.swift`; its fields, one line
/// each, in an `EntitySchema` in RuleLanguage, with its line in `EntitySchema.of`, and its
/// list in the plan's schema. It is then a rule scope, named in findings, waived, matched by
/// drift and looked up by `plancheck eval`; the tests iterate `allCases` and fail until each
/// part is there. Adding a field: one line in the kind's schema.
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
