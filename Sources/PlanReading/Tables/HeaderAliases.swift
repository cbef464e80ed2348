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
    let words = HeaderAliases.words(header)
    guard !words.isEmpty, words.count <= 12 else { return nil }
    if let field = table[words.joined(separator: " ")] { return .exact(field) }
    // A long cell starting with "Action" or "Impact" is prose, not a qualified header.
    guard words.count <= 6 else { return nil }
    for length in stride(from: words.count - 1, through: 1, by: -1) {
      if let field = table[words.prefix(length).joined(separator: " ")] { return .prefix(field) }
    }
    return nil
  }

  /// The comparison key of a header: lower-cased words of letters and digits, space-separated.
  package static func key(for header: String) -> String {
    asciiKey(header) ?? words(header).joined(separator: " ")
  }

  /// The key of ASCII text, built on bytes (letters and digits are then exactly A-Z, a-z and
  /// 0-9); nil for other text.
  private static func asciiKey(_ text: String) -> String? {
    let key = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { out in
        var count = 0
        var inWord = false
        for byte in bytes {
          let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          let isWordByte = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
          if isWordByte {
            if !inWord, count > 0 {
              out[count] = 0x20
              count += 1
            }
            out[count] = lower
            count += 1
          }
          inWord = isWordByte
        }
        return count
      }
    }
    return key ?? nil
  }

  private static func words(_ text: String) -> [Substring] {
    if let key = asciiKey(text) {
      return key.split(separator: " ")
    }
    var words: [Substring] = []
    let lowered = text.lowercased()
    var start: String.Index?
    var index = lowered.startIndex
    while index < lowered.endIndex {
      let isWordCharacter = lowered[index].isLetter || lowered[index].isNumber
      if isWordCharacter, start == nil { start = index }
      if !isWordCharacter, let first = start {
        words.append(lowered[first..<index])
        start = nil
      }
      index = lowered.index(after: index)
    }
    if let first = start { words.append(lowered[first...]) }
    return words
  }
}
