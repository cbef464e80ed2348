import Foundation
import TestSupport

/// Patterns and subjects for comparing the built-in engine with ICU.
enum RegexCorpus {
  /// Every `matches(r'...')` pattern in the shipped rules.
  static func shippedPatterns() throws -> [String] {
    let root = Golden.repositoryRoot().appendingPathComponent("Rules")
    let finder = try NSRegularExpression(pattern: #"matches\(r'([^']*)'\)"#)
    var found = Set<String>()
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    while let url = files?.nextObject() as? URL {
      guard url.pathExtension == "json" else { continue }
      let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
      for text in strings(in: object) {
        let range = NSRange(location: 0, length: text.utf16.count)
        for match in finder.matches(in: text, range: range) {
          if let inner = Range(match.range(at: 1), in: text) { found.insert(String(text[inner])) }
        }
      }
    }
    return found.sorted()
  }

  /// Patterns exercising each feature the built-in engine supports.
  static let featurePatterns = [
    "abc", "^abc$", "a.c", "^.*$", "^.+$", "x*", "a|b|c", "^(ab|cd)+$", "^(?:ab|cd)*e?$",
    "[a-z]+", "[^a-z]", "^[-a-c]+$", "^[a-c-]+$", "[\\w-]", "[^-a]", "[a-b-]", "[\\]\\[\\\\]",
    "[\\x27’-]", "\\d+", "\\D", "^\\d{2,4}$", "\\s", "\\S+", "^\\w+$", "\\W", "\\bthe\\b", "\\B",
    "\\b", "e\\b", "\\b\\w", "\\w\\b", "\\B\\W", "[\\s\\d]", "[^\\W\\d]", "[\\D]", "[^\\S]", "\\v",
    "[\\v]", "a$", "$", "^$", "^", "\\n$", "\\r$", ".$", "^.$", "^a?$", "^a{0,3}$", "^a{3}$",
    "^a{2,}b", "^(a|b){1,3}$", "ab*?c", "ab+?c", "(?i)^ab[c-e]$", "(?i)[^a-c]", "(?i)x\\w",
    "(?i)\\bHEAD\\b", "\\x41\\u0042\\x{43}", "[\\x{e0}-\\x{ff}]", "é", "[é-ü]+", "\\t|\\f|\\e|\\a",
    "\\.\\$\\^\\(\\)\\*\\+\\?\\|\\[\\]", "[.$^(|)*+?&]", "^[^aeiou ]+$", "(^|x)y", "a(b|$)",
    "(\\b|x)y", "^\\W*$", "[😀-😂]", "😀", "\\s+$", "^\\s", "[a-z ]{0,5}\\bend",
  ]

  /// Lines, fields and pieces of the example plans, plus their lower-case forms.
  static func planSubjects() throws -> [String] {
    let root = Golden.repositoryRoot().appendingPathComponent("Examples")
    var found = Set<String>()
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    while let url = files?.nextObject() as? URL {
      guard ["csv", "json", "txt", "md"].contains(url.pathExtension),
        let text = try? String(contentsOf: url, encoding: .utf8)
      else { continue }
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        found.insert(String(line))
        for field in line.split(separator: ",") {
          found.insert(String(field))
          found.insert(field.trimmingCharacters(in: .whitespaces).lowercased())
          for part in field.split(separator: "/") { found.insert(String(part)) }
          for part in field.components(separatedBy: " and ") { found.insert(part) }
        }
      }
    }
    return found.sorted()
  }

  /// Scalars that stress the Unicode tables: letters, digits, spaces, marks, format
  /// characters, terminators and emoji.
  static let unusualScalars: [String] = [
    "é", "ß", "λ", "Ω", "ж", "😀", "👍🏽", "\u{A0}", "\u{2003}", "\u{3000}", "\u{200B}", "\u{200C}",
    "\u{200D}", "\u{FEFF}", "\u{AD}", "\u{301}", "\u{FE0F}", "\u{903}", "\u{663}", "\u{6F3}", "²",
    "\u{2160}", "\u{2040}", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{1C}", "’",
    "中", "한", "\u{1E030}", "\u{1F1E6}", "\u{E000}",
  ]

  /// Random strings from a fixed seed: mostly ASCII, with a share of `unusualScalars`.
  static func randomSubjects(count: Int, seed: UInt64) -> [String] {
    var generator = SplitMix(state: seed)
    let ascii = Array("abcdehtxyz ABCHT0129._-/&()'\n\r\t,:?!").map(String.init)
    return (0..<count).map { _ in
      let length = Int(generator.next() % 24)
      return (0..<length).map { _ in
        let roll = generator.next()
        let pool = roll % 5 == 0 ? unusualScalars : ascii
        return pool[Int((roll >> 8) % UInt64(pool.count))]
      }.joined()
    }
  }

  /// Near misses of a subject: one character dropped, doubled, changed or added.
  static func mutations(of subject: String, using generator: inout SplitMix) -> [String] {
    let characters = Array(subject)
    let extras: [Character] = ["a", " ", "1", ".", "\n", "é", "\u{301}", "A", "-", ")"]
    var results = [subject + "\n", " " + subject, subject.uppercased(), subject + "x"]
    guard !characters.isEmpty else { return results }
    for _ in 0..<4 {
      var copy = characters
      let index = Int(generator.next() % UInt64(copy.count))
      let extra = extras[Int(generator.next() % UInt64(extras.count))]
      switch generator.next() % 4 {
      case 0: copy.remove(at: index)
      case 1: copy.insert(copy[index], at: index)
      case 2: copy[index] = extra
      default: copy.insert(extra, at: index)
      }
      results.append(String(copy))
    }
    return results
  }

  private static func strings(in object: Any) -> [String] {
    switch object {
    case let text as String: [text]
    case let list as [Any]: list.flatMap(strings(in:))
    case let map as [String: Any]: map.values.flatMap(strings(in:))
    default: []
    }
  }
}

/// A small deterministic random generator (SplitMix64).
struct SplitMix {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
