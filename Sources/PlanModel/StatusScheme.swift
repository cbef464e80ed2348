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

  /// Lower-cases ASCII and Unicode letters and collapses runs of whitespace to one space.
  ///
  /// Runs for every status, lead and recommendation id, so ASCII text (nearly all of it) is
  /// handled on bytes: text that is already normalized is returned as is, without allocating;
  /// anything else ASCII is rewritten in one pass. Other text takes the Unicode path.
  package static func normalize(_ label: String) -> String {
    let ascii = label.utf8.withContiguousStorageIfAvailable {
      asciiNormalized($0, original: label)
    }
    if let result = ascii ?? nil { return result }
    return unicodeNormalized(label)
  }

  /// ASCII whitespace by the Unicode `White_Space` property: tab, LF, VT, FF, CR, space.
  private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { ASCIIText.isWhitespace(byte) }

  /// The normalized form of ASCII `bytes`, or `.some(nil)` when they are not all ASCII.
  private static func asciiNormalized(_ bytes: UnsafeBufferPointer<UInt8>, original: String)
    -> String?
  {
    // First pass: is it ASCII, and is it already in normal form?
    var clean = true
    var previousSpace = true  // a leading space is not clean
    for byte in bytes {
      if byte >= 0x80 { return nil }
      if isASCIIWhitespace(byte) {
        if byte != 0x20 || previousSpace { clean = false }
        previousSpace = true
      } else {
        if byte >= 0x41 && byte <= 0x5A { clean = false }
        previousSpace = false
      }
    }
    if clean && (bytes.isEmpty || !previousSpace) { return original }
    return String(unsafeUninitializedCapacity: bytes.count) { out in
      var count = 0
      var pendingSpace = false
      for byte in bytes {
        if isASCIIWhitespace(byte) {
          pendingSpace = count > 0
          continue
        }
        if pendingSpace {
          out[count] = 0x20
          count += 1
          pendingSpace = false
        }
        out[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        count += 1
      }
      return count
    }
  }

  /// The general path: Unicode lower-case mappings and `White_Space`, built in one scalar view
  /// so the cost stays linear.
  private static func unicodeNormalized(_ label: String) -> String {
    var result = String.UnicodeScalarView()
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
      result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }
    return String(result)
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
      .init(
        "Long-term action not yet started. No risk to implementation currently anticipated", .notDue
      ),
      .init("Business As Usual Activity", .bau),
    ])

  package static let builtIn: [StatusScheme] = [rag, brag, bragg, luton2023]

  package static func builtIn(named name: String) -> StatusScheme? {
    builtIn.first { $0.name == name }
  }
}
