import PlanModel

/// The built-in map from column headers to action fields.
///
/// Headers match case-, space- and punctuation-insensitively, on whole words: an exact alias
/// wins, else the longest alias the header starts with ("Responsible Lead Officer Workforce",
/// "Impact expected & How will we know?"), so real headers with a trailing qualifier still map
/// while "Leadership" does not match "Lead".
package enum HeaderAliases {
  /// How a header matched.
  package enum Match: Equatable, Sendable {
    case exact(ActionField)
    case prefix(ActionField)

    package var field: ActionField {
      switch self {
      case .exact(let field), .prefix(let field): field
      }
    }
  }

  /// Aliases per field, as people write them; normalized into `table` once.
  static let aliases: [(ActionField, [String])] = [
    (
      .ref,
      [
        "Ref", "Ref.", "Reference", "No.", "Action Ref", "Action No", "ID",
        "Action ID",
      ]
    ),
    (
      .title,
      [
        "Action", "Actions", "Actions we are taking", "Action description", "Description",
        "What we will do", "What will we do", "Key actions", "Commitment", "Task", "Change",
      ]
    ),
    (
      .objective,
      [
        "Objectives", "Objective", "Outcome", "Outcomes", "Priority", "Aim", "Aims",
        "Strategic priority", "Goal",
      ]
    ),
    (
      .measure,
      [
        "How will we know it has worked", "How will we know", "Success measure",
        "Success measures", "Success measure(s)", "Success criteria", "Outcome measure",
        "Impact", "Impact expected", "Measure of success", "Measures of success", "Key measure",
        "Key measures", "Measure", "KPI",
      ]
    ),
    (
      .lead,
      [
        "Lead", "Responsible Lead Officer", "Lead officer", "Lead officers", "Owner",
        "Action owner", "Responsible officer", "Responsible", "Responsibility", "Who",
        "Accountable", "Accountable officer", "Lead person",
      ]
    ),
    (.start, ["Start", "Start date", "From"]),
    (
      .end,
      [
        "End", "End date", "Due", "Due date", "Due by", "Timescale", "Timescales",
        "Deadline", "By when", "Target date", "Completion date", "Target completion date",
        "Timeframe", "When",
      ]
    ),
    (
      .status,
      [
        "RAG", "Rag rating", "RAG status", "Status", "Progress status", "BRAG",
        "Action status", "Current status", "RAG rating and progress status",
      ]
    ),
    (
      .milestones,
      [
        "Milestones", "Milestones (expected progress)", "Milestone",
        "Key milestones", "Expected progress",
      ]
    ),
    (
      .recommendations,
      [
        "Ofsted Ref", "Ofsted recommendation", "Ofsted recommendations",
        "Recommendation", "Recommendations", "Recommendation(s)", "Inspection recommendation",
        "Inspection recommendations", "Rec", "Recs", "Rec ref",
      ]
    ),
    (
      .progress,
      [
        "Progress", "Update", "Progress update", "Comments", "Comment",
        "Latest update", "Progress to date", "Commentary", "Notes",
      ]
    ),
    (.updated, ["Last updated", "Date of update", "Updated", "Date updated", "Update date"]),
    (.evidence, ["Evidence", "Evidence of impact", "Evidence of progress"]),
    (.links, ["Detailed action plan", "Related plans", "Related plan", "Link", "Links"]),
    (
      .theme,
      [
        "Theme", "Section", "Key area", "Workstream", "Work stream", "Area",
        "Priority area",
      ]
    ),
    (.dependsOn, ["Depends on", "Dependencies", "Dependency", "Predecessors"]),
    (
      .baselineEnd,
      [
        "Original end date", "Original end", "Baseline end", "Baseline end date",
        "Original due date", "Original deadline",
      ]
    ),
    (.actualStart, ["Actual start", "Actual start date"]),
    (
      .actualEnd,
      [
        "Actual end", "Actual end date", "Date completed", "Completed date",
        "Completion date actual",
      ]
    ),
  ]

  /// Normalized alias -> field.
  static let table: [String: ActionField] = {
    var table: [String: ActionField] = [:]
    for (field, names) in aliases {
      for name in names { table[key(for: name)] = field }
    }
    return table
  }()

  /// Header names shown when no header row is found: one per field, the commonest spelling.
  package static var expectedNames: [String] { aliases.compactMap { $0.1.first } }

  /// The field a header maps to by the built-in aliases, or nil.
  package static func match(_ header: String) -> Match? {
    let words = PlanText.words(header)
    guard !words.isEmpty, words.count <= 12 else { return nil }
    if let field = table[words.joined(separator: " ")] { return .exact(field) }
    // A long cell starting with "Action" or "Impact" is prose, not a qualified header.
    guard words.count <= 6 else { return nil }
    for length in stride(from: words.count - 1, through: 1, by: -1) {
      if let field = table[words.prefix(length).joined(separator: " ")] { return .prefix(field) }
    }
    return nil
  }

  /// The comparison key of a header: its words (`PlanText.wordKey`), so case, spacing and
  /// punctuation do not count ("Lead officer:" is "lead officer").
  package static func key(for header: String) -> String { PlanText.wordKey(header) }
}
