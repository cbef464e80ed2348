import Foundation
import PlanModel

/// Recognises section-title rows ("1.2 Embed an agreed approach…", or a declared theme's
/// title) and the dotted refs they and actions carry.
struct SectionRows: Sendable {
  /// Normalized declared theme title (alone, or after its ref) -> theme ref.
  private var declaredRefs: [String: String] = [:]

  init(declared themes: [Theme]) {
    for theme in themes where !theme.title.isEmpty {
      declaredRefs[PlanText.matchKey(theme.title)] = theme.ref
      declaredRefs[PlanText.matchKey("\(theme.ref) \(theme.title)")] = theme.ref
    }
  }

  /// The ref of the declared theme whose title is `text`, case- and space-insensitively.
  /// Long cells are prose, never a heading; skipping them keeps a 10 MB cell cheap.
  func declaredRef(forTitle text: String) -> String? {
    guard !declaredRefs.isEmpty, text.utf8.count <= Self.maxTitleBytes else { return nil }
    return declaredRefs[PlanText.matchKey(text)]
  }

  static let maxTitleBytes = 400

  /// "1.2.3", "1.1.1.1", "1a", "1a.", "4.": digits with dots, optionally a letter, optionally a
  /// trailing dot.
  static func isDottedRef(_ text: String) -> Bool {
    let ref = normalizedRef(text)
    guard let first = ref.first, first.isASCII, first.isNumber, ref.count <= 24 else {
      return false
    }
    let core = ref.last?.isLetter == true ? String(ref.dropLast()) : ref
    return core.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
      !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber }
    }
  }

  /// Numeric dotted refs only ("1.2", "4"), the kind section headings use.
  static func isNumericRef(_ text: String) -> Bool {
    isDottedRef(text) && normalizedRef(text).last?.isNumber == true
  }

  /// A ref as actions carry it: trimmed, without the trailing dot of "1a." or "1.".
  static func normalizedRef(_ text: String) -> String {
    // ASCII without spaces or tabs at either end (every ref a table reader passes): nothing to
    // trim, and the last character is the last byte.
    if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80,
      first != 0x20, first != 0x09, last != 0x20, last != 0x09,
      text.utf8.allSatisfy({ $0 < 0x80 })
    {
      guard last == UInt8(ascii: "."), text.utf8.count > 1 else { return text }
      return String(text.dropLast())
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard trimmed.count > 1, trimmed.hasSuffix(".") else { return trimmed }
    return String(trimmed.dropLast())
  }

  /// "1.2 Embed an agreed approach" -> ("1.2", "Embed an agreed approach"): a numeric dotted ref,
  /// whitespace, then a title starting with a letter.
  static func leadingRef(_ text: String) -> (ref: String, title: String)? {
    if let labelled = labelledRef(text) { return labelled }
    guard let space = text.firstIndex(where: \.isWhitespace) else { return nil }
    let head = String(text[..<space])
    let title = text[space...].trimmingCharacters(in: .whitespaces)
    guard isNumericRef(head), let first = title.first, first.isLetter else { return nil }
    return (normalizedRef(head), title)
  }

  /// Words that introduce a numbered heading: "Key Area 2: Prevention", "Priority 1 - …".
  static let headingWords: Set<String> = [
    "key area", "area", "priority", "theme", "section", "outcome", "objective", "workstream",
    "strand", "part", "aim",
  ]

  /// "Key Area 2: Prevention" -> ("2", "Prevention"): a heading word, a numeric ref, then `:`,
  /// `-`, `–` or `.` and a title.
  static func labelledRef(_ text: String) -> (ref: String, title: String)? {
    guard text.utf8.count <= maxTitleBytes else { return nil }
    let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    for count in 1...2 where words.count > count {
      let label = words[..<count].joined(separator: " ").lowercased()
      guard headingWords.contains(label) else { continue }
      var refText = words[count]
      var rest = words[(count + 1)...].joined(separator: " ")
      if let last = refText.last, [":", "-", "–", "."].contains(last) {
        refText.removeLast()
      } else if let first = rest.first, [":", "-", "–"].contains(first) {
        rest.removeFirst()
      } else {
        continue
      }
      let title = rest.trimmingCharacters(in: .whitespaces)
      guard isNumericRef(refText), let initial = title.first, initial.isLetter else { continue }
      return (normalizedRef(refText), title)
    }
    return nil
  }

  /// Every proper dotted prefix of a ref: "1.2.3" -> "1", "1.2".
  static func prefixes(of ref: String) -> [String] {
    let normalized = normalizedRef(ref)
    // The usual "1.2.3": ASCII with no empty part, so each prefix ends at a dot.
    let fast = normalized.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
      let dot = UInt8(ascii: ".")
      guard let first = bytes.first, let last = bytes.last, first != dot, last != dot else {
        return nil
      }
      var prefixes: [String] = []
      var previous = dot
      for (index, byte) in bytes.enumerated() {
        if byte >= 0x80 || (byte == dot && previous == dot) { return nil }
        if byte == dot {
          prefixes.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[..<index]), as: UTF8.self))
        }
        previous = byte
      }
      return prefixes
    }
    if let prefixes = fast ?? nil { return prefixes }
    let parts = normalized.split(separator: ".")
    guard parts.count > 1 else { return [] }
    return (1..<parts.count).map { parts.prefix($0).joined(separator: ".") }
  }
}
