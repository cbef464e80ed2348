import Foundation

/// ICU's engine (NSRegularExpression) for a pattern, compiled on first use: for patterns the
/// built-in engine does not reproduce, and for the few subjects it defers.
final class RegexFallback: @unchecked Sendable {
  private let pattern: String
  private let lock = NSLock()
  /// Guarded by `lock`; NSRegularExpression itself is immutable and thread-safe.
  private var compiled: NSRegularExpression?

  init(_ pattern: String) {
    self.pattern = pattern
  }

  /// Compiles now, so an invalid pattern is reported when the rule is loaded.
  init(compiling pattern: String) throws(EvalError) {
    self.pattern = pattern
    compiled = try RegexFallback.compile(pattern)
  }

  /// True when the pattern matches anywhere in `subject`.
  func matches(_ subject: String) throws(EvalError) -> Bool {
    let regex = try expression()
    let range = NSRange(location: 0, length: subject.utf16.count)
    return regex.firstMatch(in: subject, range: range) != nil
  }

  private func expression() throws(EvalError) -> NSRegularExpression {
    lock.lock()
    defer { lock.unlock() }
    if let compiled { return compiled }
    let fresh = try RegexFallback.compile(pattern)
    compiled = fresh
    return fresh
  }

  private static func compile(_ pattern: String) throws(EvalError) -> NSRegularExpression {
    do {
      return try NSRegularExpression(pattern: pattern)
    } catch {
      throw EvalError("invalid regular expression '\(pattern)'")
    }
  }
}
