/// One row of an improvement plan: something someone will do, by when, and how it is going.
package struct Action: Sendable, Hashable {
  package var ref: String = ""
  package var title: String = ""
  package var objective: String = ""
  /// The ref of the theme (section) the action belongs to: from a theme column, or from the
  /// section-title row above it in a table.
  package var theme: String = ""
  /// Success measure: "how will we know it has worked".
  package var measure: String = ""
  package var lead: String = ""
  package var start: PlanDate = .missing
  package var end: PlanDate = .missing
  package var status: Status = .missing
  /// Indices into `Plan.milestones`.
  package var milestones: Range<Int> = 0..<0
  /// Recommendation ids the action answers.
  package var recommendations: [String] = []
  package var links: [String] = []
  package var progress: String = ""
  package var updated: PlanDate = .missing
  package var evidence: String = ""
  package var actualStart: PlanDate = .missing
  package var actualEnd: PlanDate = .missing
  package var baselineEnd: PlanDate = .missing
  package var dependsOn: [String] = []
  package var extra: [ExtraField] = []
  package var waivers: [Waiver] = []
  package var span: SourceSpan
  /// Source positions indexed by `ActionField.rawValue`; empty when the reader had none.
  package var fieldPositions: [SourcePosition] = []

  // Relations, computed once by `Plan.link()`.
  /// Indices of the other actions with the same (non-empty) ref.
  package var sameRef: [Int] = []
  /// Index into `Plan.themes` of the theme named by `theme`, if declared.
  package var themeIndex: Int?

  package init(span: SourceSpan) { self.span = span }

  package func position(of field: ActionField) -> SourcePosition {
    field.rawValue < fieldPositions.count ? fieldPositions[field.rawValue] : .unknown
  }

  package mutating func setPosition(_ position: SourcePosition, of field: ActionField) {
    if fieldPositions.isEmpty {
      fieldPositions = Array(repeating: .unknown, count: ActionField.allCases.count)
    }
    fieldPositions[field.rawValue] = position
  }

  /// The span of one field, falling back to the action's own span.
  package func span(of field: ActionField) -> SourceSpan { span.at(position(of: field)) }
}
