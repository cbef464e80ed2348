/// Maps a plan's own RAG vocabulary to canonical classes.
///
/// Labels match case- and whitespace-insensitively: `"  action  COMPLETE "` matches
/// `"Action complete"`. Punctuation is then ignored ("On-track", "Completed."), and a label that
/// starts with one of the scheme's labels and goes on with words of no other class ("Green - on
/// track", "Amber (some delay)") takes that label's class; "Green/Amber" stays unknown. Any other
/// label is class `unknown`. A status cell's fill colour has a meaning too: by default the RAG
/// colours, blue for complete and grey for not yet due (`colours` overrides it per family).
package struct StatusScheme: Sendable, Hashable {
  package struct Entry: Sendable, Hashable, Codable {
    package var label: String
    package var statusClass: StatusClass
    package init(_ label: String, _ statusClass: StatusClass) {
      self.label = label
      self.statusClass = statusClass
    }
    enum CodingKeys: String, CodingKey {
      case label
      case statusClass = "class"
    }
  }

  package var name: String
  package var entries: [Entry]
  /// Meanings of fill colours that differ from `ColourFamily.defaultClass`; a nil value means
  /// the family carries no rating.
  package var colours: [ColourFamily: StatusClass?]
  private var lookup: [String: StatusClass]
  /// Labels by their words alone (punctuation dropped), for the loose match.
  private var wordLookup: [String: StatusClass]
  /// The most words any label has, bounding the loose match.
  private var longestLabel: Int

  package init(name: String, entries: [Entry], colours: [ColourFamily: StatusClass?] = [:]) {
    self.name = name
    self.entries = entries
    self.colours = colours
    var lookup: [String: StatusClass] = [:]
    var wordLookup: [String: StatusClass] = [:]
    var longest = 0
    for entry in entries {
      lookup[StatusScheme.key(forLabel: entry.label)] = entry.statusClass
      let words = PlanText.words(entry.label)
      longest = max(longest, words.count)
      if !words.isEmpty { wordLookup[words.joined(separator: " ")] = entry.statusClass }
    }
    self.lookup = lookup
    self.wordLookup = wordLookup
    self.longestLabel = longest
  }

  /// Resolves a label; empty text yields `Status.missing`.
  package func status(for label: String) -> Status {
    let key = StatusScheme.key(forLabel: label)
    guard !key.isEmpty else { return .missing }
    return Status(label: label, statusClass: lookup[key] ?? looseClass(key) ?? .unknown)
  }

  /// Resolves a status cell with the colour family of its fill: the words decide when the
  /// scheme knows them, else the colour; a cell with no words but a meaningful fill is rated by
  /// the fill.
  package func status(for label: String, colour: ColourFamily?) -> Status {
    var status = self.status(for: label)
    guard let family = colour else { return status }
    status.colour = family
    status.colourClass = colourClass(of: family)
    guard let colourClass = status.colourClass else { return status }
    if status.isMissing {
      status.label = "\(family.rawValue) (cell colour)"
      status.isColourOnly = true
      status.statusClass = colourClass
    } else if status.statusClass == .unknown {
      status.statusClass = colourClass
    }
    return status
  }

  /// What a fill colour family means under this scheme.
  package func colourClass(of family: ColourFamily) -> StatusClass? {
    if let declared = colours[family] { return declared }
    return family.defaultClass
  }

  /// The class of a label that is one of the scheme's labels but for punctuation, or that
  /// starts with one and names no other class in the words after it.
  private func looseClass(_ key: String) -> StatusClass? {
    guard key.utf8.count <= 200 else { return nil }
    let words = PlanText.words(key)
    guard !words.isEmpty else { return nil }
    if let whole = wordLookup[words.joined(separator: " ")] { return whole }
    var found: StatusClass?
    for length in stride(from: min(longestLabel, words.count - 1), through: 1, by: -1) {
      if let head = wordLookup[words[0..<length].joined(separator: " ")] {
        // A one-letter head ("G") counts only before punctuation: "G - on track", not
        // "A number of delays".
        if length == 1, words[0].count == 1, !StatusScheme.punctuationFollows(words[0], in: key) {
          return nil
        }
        found = head
        let rest = words[length...]
        for start in rest.indices {
          for end in start..<min(rest.endIndex, start + longestLabel) {
            if let other = wordLookup[rest[start...end].joined(separator: " ")], other != head {
              return nil
            }
          }
        }
        break
      }
    }
    return found
  }

  /// Whether the first non-space character after the leading `word` of `key` is punctuation.
  private static func punctuationFollows(_ word: Substring, in key: String) -> Bool {
    let rest = key.unicodeScalars.dropFirst(word.unicodeScalars.count)
    guard let next = rest.first(where: { $0 != " " }) else { return false }
    return !(next.properties.isAlphabetic || next.properties.numericType != nil)
  }

  /// The key under which labels match: `PlanText.matchKey`, so case and runs of whitespace do
  /// not count ("  action  COMPLETE " is "Action complete").
  package static func key(forLabel label: String) -> String { PlanText.matchKey(label) }
}

extension StatusScheme {
  package static let rag = StatusScheme(
    name: "rag", entries: [.init("Red", .red), .init("Amber", .amber), .init("Green", .green)])

  package static let brag = StatusScheme(
    name: "brag", entries: rag.entries + [.init("Blue", .complete)])

  package static let bragg = StatusScheme(
    name: "bragg", entries: brag.entries + [.init("Grey", .notDue), .init("Gray", .notDue)])

  /// Luton Children's, Families and Education improvement plan 2023 (seed 000): six phrases
  /// plus the business-as-usual label used in its table.
  package static let luton2023 = StatusScheme(
    name: "luton-2023",
    entries: [
      .init("Not started", .notStarted),
      .init("Action complete", .complete),
      .init("Action not yet completed, but on track", .green),
      .init("Activity progressing, some issues but realistic plans in place to recover", .amber),
      .init("Action off track, risk to plan", .red),
      .init(
        "Long-term action not yet started. No risk to implementation currently anticipated", .notDue
      ),
      .init("Business As Usual Activity", .bau),
    ])

  /// The default: BRAGG plus the words councils use every day, their single letters
  /// (R/A/G/B) and the "Green - on track" forms that the loose match reads.
  package static let everyday = StatusScheme(
    name: "everyday",
    entries: bragg.entries + [
      .init("R", .red), .init("A", .amber), .init("G", .green), .init("B", .complete),
      .init("Complete", .complete), .init("Completed", .complete), .init("Done", .complete),
      .init("Achieved", .complete), .init("Closed", .complete), .init("Finished", .complete),
      .init("Delivered", .complete), .init("Action complete", .complete),
      .init("On track", .green), .init("On target", .green), .init("On schedule", .green),
      .init("Off track", .red), .init("Slipped", .red), .init("Not achieved", .red),
      .init("Delayed", .amber), .init("At risk", .amber), .init("Some delay", .amber),
      .init("Not started", .notStarted), .init("Not yet started", .notStarted),
      .init("Yet to start", .notStarted),
      .init("Not due", .notDue), .init("Not yet due", .notDue),
      .init("Ongoing", .bau), .init("BAU", .bau), .init("Business as usual", .bau),
    ])

  package static let builtIn: [StatusScheme] = [rag, brag, bragg, everyday, luton2023]

  package static func builtIn(named name: String) -> StatusScheme? {
    builtIn.first { $0.name == name }
  }
}
