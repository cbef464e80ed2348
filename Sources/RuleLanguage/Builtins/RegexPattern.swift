import Foundation

/// A vetted, compiled regular expression for `matches()`.
///
/// Matching uses the built-in linear-time engine (`RegexMatcher`) for the syntax it reproduces
/// exactly, and Foundation's ICU engine for everything else (`RegexFallback`, compiled only
/// when needed), so every pattern means what ICU says it means. ICU backtracks, and the vetting
/// predates the built-in engine, so patterns that could backtrack catastrophically are
/// rejected up front: a repeated group (`*`, `+`, `{n,}`, `{n,m}` with m > 1) that itself holds an alternation or a repetition (`(a+)+`, `(a|aa)*`) — unless
/// each repetition of the group must consume a punctuation separator that nothing repeated
/// inside it can match (`(\.[0-9]+)+`, `([0-9]+-){0,7}`), which keeps matching linear — counted
/// repetitions above 1,000, backreferences and lookaround (which RE2, CEL's dialect, lacks
/// too), and patterns longer than 1,000 bytes. Subjects are limited to 100,000 UTF-16 units.
/// Adjacent repetitions such as `\s*\s*x` remain polynomial, not exponential.
package final class RegexPattern: Sendable {
  /// The built-in engine, or nil when the pattern needs ICU.
  private let matcher: RegexMatcher?
  private let fallback: RegexFallback
  static let maxPatternBytes = 1_000
  static let maxSubjectUnits = 100_000

  /// Vets and compiles; the error says why a pattern was refused.
  package init(_ pattern: String) throws(EvalError) {
    if let reason = RegexPattern.rejection(pattern) {
      throw EvalError("regular expression '\(pattern)' rejected: \(reason)")
    }
    do throws(RegexUnsupported) {
      matcher = try RegexMatcher(pattern)
      fallback = RegexFallback(pattern)
    } catch {
      // Unsupported or invalid: ICU tells which.
      matcher = nil
      fallback = try RegexFallback(compiling: pattern)
    }
  }

  /// Whether the built-in engine runs this pattern (for tests).
  var isBuiltIn: Bool { matcher != nil }

  /// The vetted, compiled pattern, compiled once per process: the checker validates literal
  /// patterns and the compiler then uses the same object, so no pattern is compiled twice.
  package static func compiled(_ pattern: String) throws(EvalError) -> RegexPattern {
    if let known = PatternCache.shared.lookup(pattern) { return known }
    let fresh = try RegexPattern(pattern)
    PatternCache.shared.store(pattern, fresh)
    return fresh
  }

  /// True when the pattern matches anywhere in `subject` (CEL's `matches` is a search).
  package func matches(_ subject: String) throws(EvalError) -> Bool {
    // A string never has more UTF-16 units than UTF-8 bytes, and `utf8.count` is O(1) for
    // native strings.
    if subject.utf8.count > RegexPattern.maxSubjectUnits,
      subject.utf16.count > RegexPattern.maxSubjectUnits
    {
      throw EvalError("matches: subject longer than \(RegexPattern.maxSubjectUnits) characters")
    }
    if let decided = matcher?.matches(subject) { return decided }
    return try fallback.matches(subject)
  }

  private struct Group {
    var repeats = false
    var alternates = false
    /// A repeated atom that can match punctuation (`.`, `[^x]`, `\S`), or a nested group.
    var looseRepeat = false
    /// Mandatory punctuation literals (`\.` in `(\.[0-9]+)+`): each repetition of the group
    /// must consume one, and no repeated atom inside can, so the group cannot backtrack
    /// into itself catastrophically.
    var separators = 0
  }

  /// The last thing a quantifier can apply to.
  private struct Atom {
    var group: Group?
    /// Matches only letters, digits or spaces (`[0-9]`, `\d`, `\w`, `a`).
    var tight = true
    /// A single punctuation character (`\.`, `-`, `/`).
    var punctuation = false
  }

  /// Why the pattern is refused, or nil.
  static func rejection(_ pattern: String) -> String? {
    let bytes = Array(pattern.utf8)
    guard bytes.count <= maxPatternBytes else { return "longer than \(maxPatternBytes) bytes" }
    var stack = [Group()]
    var index = 0
    var lastAtom: Atom?
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\\"):
        guard index < bytes.count else { return "trailing backslash" }
        let next = bytes[index]
        index += 1
        if (0x31...0x39).contains(next) || next == UInt8(ascii: "k") { return "backreference" }
        let atom = escapeAtom(next)
        if atom.punctuation { stack[stack.count - 1].separators += 1 }
        lastAtom = atom
      case UInt8(ascii: "["):
        let end = skipClass(bytes, from: index)
        lastAtom = Atom(tight: classIsTight(bytes[index..<max(index, end - 1)]))
        index = end
      case UInt8(ascii: "("):
        if index < bytes.count, bytes[index] == UInt8(ascii: "?"), index + 1 < bytes.count,
          [UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">")]
            .contains(bytes[index + 1])
        {
          return "lookaround and atomic groups are not supported"
        }
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "?"),
          bytes[index + 1] == UInt8(ascii: ":")
        {
          index += 2
        }
        stack.append(Group())
        lastAtom = nil
      case UInt8(ascii: ")"):
        guard stack.count > 1, let group = stack.popLast() else { return "unbalanced ')'" }
        stack[stack.count - 1].repeats = stack[stack.count - 1].repeats || group.repeats
        lastAtom = Atom(group: group, tight: false)
      case UInt8(ascii: "|"):
        stack[stack.count - 1].alternates = true
        lastAtom = nil
      case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"):
        guard let (unbounded, end) = quantifier(bytes, at: index - 1) else {
          return "repetition count above 1,000"
        }
        index = end
        let optional =
          byte == UInt8(ascii: "*") || byte == UInt8(ascii: "?")
          || (byte == UInt8(ascii: "{") && bytes[index - 1] != UInt8(ascii: "}"))
        if let atom = lastAtom, atom.punctuation, optional || unbounded {
          stack[stack.count - 1].separators -= 1
        }
        if unbounded, let atom = lastAtom {
          if let group = atom.group, group.repeats || group.alternates {
            guard !group.alternates, !group.looseRepeat, group.separators > 0 else {
              return "nested repetition can backtrack catastrophically"
            }
          }
          stack[stack.count - 1].repeats = true
          if !atom.tight { stack[stack.count - 1].looseRepeat = true }
        }
        lastAtom = nil
      case UInt8(ascii: "."):
        lastAtom = Atom(tight: false)
      case UInt8(ascii: "^"), UInt8(ascii: "$"):
        lastAtom = nil
      default:
        let punctuation = !isAlphanumeric(byte) && byte != UInt8(ascii: " ")
        if punctuation { stack[stack.count - 1].separators += 1 }
        lastAtom = Atom(tight: !punctuation, punctuation: punctuation)
      }
    }
    return stack.count == 1 ? nil : "unbalanced '('"
  }

  /// An escape as an atom: `\d \w \s` are tight classes; `\D \W \S` are not; an escaped
  /// punctuation character is a literal separator.
  private static func escapeAtom(_ letter: UInt8) -> Atom {
    switch letter {
    case UInt8(ascii: "d"), UInt8(ascii: "w"), UInt8(ascii: "s"), UInt8(ascii: "b"):
      return Atom()
    case UInt8(ascii: "D"), UInt8(ascii: "W"), UInt8(ascii: "S"):
      return Atom(tight: false)
    default:
      return isAlphanumeric(letter) ? Atom(tight: false) : Atom(tight: false, punctuation: true)
    }
  }

  /// A character class of letters, digits, spaces and ranges of them only.
  private static func classIsTight(_ body: ArraySlice<UInt8>) -> Bool {
    guard body.first != UInt8(ascii: "^") else { return false }
    var index = body.startIndex
    while index < body.endIndex {
      let byte = body[index]
      if byte == UInt8(ascii: "\\") {
        let next = index + 1 < body.endIndex ? body[index + 1] : 0
        guard [UInt8(ascii: "d"), UInt8(ascii: "w"), UInt8(ascii: "s")].contains(next) else {
          return false
        }
        index += 2
        continue
      }
      let inRange =
        byte == UInt8(ascii: "-") && index != body.startIndex
        && index + 1 < body.endIndex
      guard isAlphanumeric(byte) || byte == UInt8(ascii: " ") || inRange else { return false }
      index += 1
    }
    return true
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
      || byte >= 0x80
  }

  private static func skipClass(_ bytes: [UInt8], from start: Int) -> Int {
    var index = start
    if index < bytes.count, bytes[index] == UInt8(ascii: "^") { index += 1 }
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1 }
    while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
      index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
    }
    return min(index + 1, bytes.count)
  }

  /// Whether the quantifier at `at` can repeat more than once, and where it ends; nil when a
  /// count is too large.
  private static func quantifier(_ bytes: [UInt8], at: Int) -> (Bool, Int)? {
    var end = at + 1
    var unbounded = bytes[at] != UInt8(ascii: "?")
    if bytes[at] == UInt8(ascii: "{") {
      var numbers: [Int] = []
      var current = ""
      while end < bytes.count, bytes[end] != UInt8(ascii: "}") {
        if bytes[end] == UInt8(ascii: ",") {
          numbers.append(Int(current) ?? -1)
          current = ""
        } else {
          current.append(Character(Unicode.Scalar(bytes[end])))
        }
        end += 1
      }
      numbers.append(current.isEmpty ? Int.max : (Int(current) ?? 0))
      end = min(end + 1, bytes.count)
      let upper = numbers.last ?? 0
      if numbers.contains(where: { $0 > 1_000 && $0 != Int.max }) { return nil }
      unbounded = upper > 1
    }
    if end < bytes.count, bytes[end] == UInt8(ascii: "?") || bytes[end] == UInt8(ascii: "+") {
      end += 1
    }
    return (unbounded, end)
  }
}

/// Compiled patterns by source text; bounded, and guarded by a lock so evaluation stays
/// `Sendable`.
private final class PatternCache: @unchecked Sendable {
  static let shared = PatternCache()
  private let lock = NSLock()
  private var patterns: [String: RegexPattern] = [:]
  /// Each pattern's lazy DFA may grow to a few MB, so computed patterns (`title.matches(lead)`)
  /// must not fill thousands of entries: past the limit they are compiled per call instead.
  private let limit = 256

  func lookup(_ pattern: String) -> RegexPattern? {
    lock.lock()
    defer { lock.unlock() }
    return patterns[pattern]
  }

  func store(_ pattern: String, _ regex: RegexPattern) {
    lock.lock()
    defer { lock.unlock() }
    if patterns.count < limit { patterns[pattern] = regex }
  }
}
