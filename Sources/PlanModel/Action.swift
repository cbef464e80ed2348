/// One row of an improvement plan: something someone will do, by when, and how it is going.
package struct Action: Sendable, Hashable {
  package var ref: String = ""
  package var title: String = ""
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
  /// The fields many plans leave empty (see `ActionDetails`): none allocated until one is set.
  /// Storage only: read and write them through the properties below.
  package private(set) var details: [ActionDetails] = []

  @inlinable package var objective: String {
    get { details.isEmpty ? "" : details[0].objective }
    set { setDetail(\.objective, newValue) }
  }

  @inlinable package var links: [String] {
    get { details.isEmpty ? [] : details[0].links }
    set { setDetail(\.links, newValue) }
  }

  @inlinable package var progress: String {
    get { details.isEmpty ? "" : details[0].progress }
    set { setDetail(\.progress, newValue) }
  }

  @inlinable package var updated: PlanDate {
    get { details.isEmpty ? .missing : details[0].updated }
    set { setDetail(\.updated, newValue) }
  }

  @inlinable package var evidence: String {
    get { details.isEmpty ? "" : details[0].evidence }
    set { setDetail(\.evidence, newValue) }
  }

  @inlinable package var actualStart: PlanDate {
    get { details.isEmpty ? .missing : details[0].actualStart }
    set { setDetail(\.actualStart, newValue) }
  }

  @inlinable package var actualEnd: PlanDate {
    get { details.isEmpty ? .missing : details[0].actualEnd }
    set { setDetail(\.actualEnd, newValue) }
  }

  @inlinable package var baselineEnd: PlanDate {
    get { details.isEmpty ? .missing : details[0].baselineEnd }
    set { setDetail(\.baselineEnd, newValue) }
  }

  @inlinable package var dependsOn: [String] {
    get { details.isEmpty ? [] : details[0].dependsOn }
    set { setDetail(\.dependsOn, newValue) }
  }

  @inlinable package var extra: [ExtraField] {
    get { details.isEmpty ? [] : details[0].extra }
    set { setDetail(\.extra, newValue) }
  }

  @inlinable package var waivers: [Waiver] {
    get { details.isEmpty ? [] : details[0].waivers }
    set { setDetail(\.waivers, newValue) }
  }

  /// Storage only (the setter of the properties above): sets one detail, keeping the
  /// representation canonical (nothing stored while all are empty), so the synthesized
  /// equality still compares what the action says.
  package mutating func setDetail<T: Equatable>(
    _ field: WritableKeyPath<ActionDetails, T>, _ value: T
  ) {
    if details.isEmpty {
      guard value != ActionDetails.empty[keyPath: field] else { return }
      details = [ActionDetails()]
    }
    details[0][keyPath: field] = value
    if details[0] == ActionDetails() { details = [] }
  }

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

  /// Resolves relative dates ("3 months"): the start against the plan's period start, the
  /// end and baseline end against `anchor`. In place, so reading the out-of-line baseline end
  /// copies nothing.
  package mutating func resolveRelativeDates(anchor: PlanDate, periodStart: PlanDate) {
    if start.kind == .relative { start = start.resolved(against: periodStart) }
    if end.kind == .relative { end = end.resolved(against: anchor) }
    if baselineEnd.kind == .relative { baselineEnd = baselineEnd.resolved(against: anchor) }
  }

  /// The span of one field, falling back to the action's own span.
  package func span(of field: ActionField) -> SourceSpan { span.at(position(of: field)) }
}

/// Where one field of an action starts.
private struct FieldPosition: Sendable, Hashable {
  var position: SourcePosition
  var field: UInt8
}

/// The action fields that many plans leave empty, stored out of line: an action without them
/// is ~270 bytes rather than ~480, which matters at a million actions. `Action` exposes them as
/// ordinary properties.
package struct ActionDetails: Sendable, Hashable {
  package var objective = ""
  package var progress = ""
  package var evidence = ""
  package var updated = PlanDate.missing
  package var actualStart = PlanDate.missing
  package var actualEnd = PlanDate.missing
  package var baselineEnd = PlanDate.missing
  package var links: [String] = []
  package var dependsOn: [String] = []
  package var extra: [ExtraField] = []
  package var waivers: [Waiver] = []

  package init() {}

  package static let empty = ActionDetails()
}
