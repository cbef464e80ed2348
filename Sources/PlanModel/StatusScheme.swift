/// Maps a plan's own RAG vocabulary to canonical classes.
///
/// Labels match case- and whitespace-insensitively: `"  action  COMPLETE "` matches
/// `"Action complete"`. A label not in the scheme is class `unknown`.
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
  private var lookup: [String: StatusClass]

  package init(name: String, entries: [Entry]) {
    self.name = name
    self.entries = entries
    var lookup: [String: StatusClass] = [:]
    for entry in entries { lookup[StatusScheme.normalize(entry.label)] = entry.statusClass }
    self.lookup = lookup
  }

  /// Resolves a label; empty text yields `Status.missing`.
  package func status(for label: String) -> Status {
    let key = StatusScheme.normalize(label)
    guard !key.isEmpty else { return .missing }
    return Status(label: label, statusClass: lookup[key] ?? .unknown)
  }

  package func contains(_ label: String) -> Bool { lookup[StatusScheme.normalize(label)] != nil }

  /// Lower-cases ASCII and Unicode letters and collapses runs of whitespace to one space.
  package static func normalize(_ label: String) -> String {
    var result = ""
    result.reserveCapacity(label.utf8.count)
    var pendingSpace = false
    for scalar in label.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      result.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }
    return result
  }
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
      .init("Long-term action not yet started. No risk to implementation currently anticipated", .notDue),
      .init("Business As Usual Activity", .bau),
    ])

  package static let builtIn: [StatusScheme] = [rag, brag, bragg, luton2023]

  package static func builtIn(named name: String) -> StatusScheme? {
    builtIn.first { $0.name == name }
  }
}
