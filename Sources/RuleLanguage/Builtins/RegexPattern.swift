import Foundation

/// A vetted, compiled regular expression for `matches()`.
///
/// Matching uses Foundation's backtracking engine, so patterns that could backtrack
/// catastrophically are rejected up front: a repeated group (`*`, `+`, `{n,}`, `{n,m}` with
/// m > 1) that itself holds a repetition or an alternation (`(a+)+`, `(a|aa)*`), counted
/// repetitions above 1,000, backreferences and lookaround (which RE2, CEL's dialect, lacks
/// too), and patterns longer than 1,000 bytes. Subjects are limited to 100,000 UTF-16 units.
/// Adjacent repetitions such as `\s*\s*x` remain polynomial, not exponential.
package final class RegexPattern: @unchecked Sendable {
  // NSRegularExpression is immutable after creation and documented thread-safe.
  private let regex: NSRegularExpression
  static let maxPatternBytes = 1_000
  static let maxSubjectUnits = 100_000

  /// Vets and compiles; the error says why a pattern was refused.
  package init(_ pattern: String) throws(EvalError) {
    if let reason = RegexPattern.rejection(pattern) {
      throw EvalError("regular expression '\(pattern)' rejected: \(reason)")
    }
    do {
      regex = try NSRegularExpression(pattern: pattern)
    } catch {
      throw EvalError("invalid regular expression '\(pattern)'")
    }
  }

  /// True when the pattern matches anywhere in `subject` (CEL's `matches` is a search).
  package func matches(_ subject: String) throws(EvalError) -> Bool {
    let length = subject.utf16.count
    guard length <= RegexPattern.maxSubjectUnits else {
      throw EvalError("matches: subject longer than \(RegexPattern.maxSubjectUnits) characters")
    }
    return regex.firstMatch(in: subject, range: NSRange(location: 0, length: length)) != nil
  }

  private struct Group {
    var repeats = false
    var alternates = false
  }

  /// Why the pattern is refused, or nil.
  static func rejection(_ pattern: String) -> String? {
    let bytes = Array(pattern.utf8)
    guard bytes.count <= maxPatternBytes else { return "longer than \(maxPatternBytes) bytes" }
    var stack = [Group()]
    var index = 0
    var lastAtom: Group?
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\\"):
        guard index < bytes.count else { return "trailing backslash" }
        let next = bytes[index]
        index += 1
        if (0x31...0x39).contains(next) || next == UInt8(ascii: "k") { return "backreference" }
        lastAtom = Group()
      case UInt8(ascii: "["):
        index = skipClass(bytes, from: index)
        lastAtom = Group()
      case UInt8(ascii: "("):
        if index < bytes.count, bytes[index] == UInt8(ascii: "?"), index + 1 < bytes.count,
          [UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">")]
            .contains(bytes[index + 1])
        {
          return "lookaround and atomic groups are not supported"
        }
        stack.append(Group())
        lastAtom = nil
      case UInt8(ascii: ")"):
        guard stack.count > 1, let group = stack.popLast() else { return "unbalanced ')'" }
        stack[stack.count - 1].repeats = stack[stack.count - 1].repeats || group.repeats
        lastAtom = group
      case UInt8(ascii: "|"):
        stack[stack.count - 1].alternates = true
        lastAtom = nil
      case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"):
        guard let (unbounded, end) = quantifier(bytes, at: index - 1) else {
          return "repetition count above 1,000"
        }
        index = end
        if unbounded {
          if let atom = lastAtom, atom.repeats || atom.alternates {
            return "nested repetition can backtrack catastrophically"
          }
          stack[stack.count - 1].repeats = true
        }
        lastAtom = nil
      default:
        lastAtom = Group()
      }
    }
    return stack.count == 1 ? nil : "unbalanced '('"
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
