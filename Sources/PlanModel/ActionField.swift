/// The fields of an action, in a fixed order used to index per-field source positions.
package enum ActionField: Int, Sendable, Hashable, CaseIterable {
  case ref, title, objective, theme, measure, lead, start, end, status, milestones, recommendations,
    links, progress, updated, evidence, actualStart, actualEnd, baselineEnd, dependsOn, waivers

  /// The name rules and plan files use.
  package var name: String {
    switch self {
    case .ref: "ref"
    case .title: "title"
    case .objective: "objective"
    case .theme: "theme"
    case .measure: "measure"
    case .lead: "lead"
    case .start: "start"
    case .end: "end"
    case .status: "status"
    case .milestones: "milestones"
    case .recommendations: "recommendations"
    case .links: "links"
    case .progress: "progress"
    case .updated: "updated"
    case .evidence: "evidence"
    case .actualStart: "actualStart"
    case .actualEnd: "actualEnd"
    case .baselineEnd: "baselineEnd"
    case .dependsOn: "dependsOn"
    case .waivers: "waivers"
    }
  }

  package init?(name: String) {
    guard let field = ActionField.allCases.first(where: { $0.name == name }) else { return nil }
    self = field
  }
}
