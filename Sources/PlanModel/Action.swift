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
  /// Source positions of the fields the reader saw, in the order it set them (sparse: a
  /// table row sets a handful of the 24 fields, so this is ~100 bytes an action, not ~220).
  private var fieldPositions: [FieldPosition] = []

  // Relations, computed once by `Plan.link()`.
  /// Indices of the other actions with the same (non-empty) ref.
  package var sameRef: [Int] = []
  /// Index into `Plan.themes` of the theme named by `theme`, if declared.
  package var themeIndex: Int?

  package init(span: SourceSpan) { self.span = span }

  package func position(of field: ActionField) -> SourcePosition {
    let raw = UInt8(truncatingIfNeeded: field.rawValue)
    return fieldPositions.last { $0.field == raw }?.position ?? .unknown
  }

  /// Makes room for `count` field positions at once (readers know how many they will set).
  package mutating func reservePositions(_ count: Int) {
    fieldPositions.reserveCapacity(count)
  }

  package mutating func setPosition(_ position: SourcePosition, of field: ActionField) {
    let raw = UInt8(truncatingIfNeeded: field.rawValue)
    if let index = fieldPositions.firstIndex(where: { $0.field == raw }) {
      fieldPositions[index].position = position
    } else {
      fieldPositions.append(FieldPosition(position: position, field: raw))
    }
  }

  /// The span of one field, falling back to the action's own span.
  package func span(of field: ActionField) -> SourceSpan { span.at(position(of: field)) }
}

/// Where one field of an action starts.
private struct FieldPosition: Sendable, Hashable {
  var position: SourcePosition
  var field: UInt8
}
