import Foundation

/// The built-in engine for one pattern: parsed, compiled to an NFA, and searched through a
/// lazily built DFA that is shared by every caller and so guarded by a lock.
final class RegexMatcher: @unchecked Sendable {
  private let lock = NSLock()
  /// Guarded by `lock`.
  private var automaton: RegexDFA

  /// Throws when the pattern needs ICU: for its syntax, or because it is invalid.
  init(_ pattern: String) throws(RegexUnsupported) {
    let (node, caseInsensitive) = try RegexParser.parse(pattern)
    automaton = RegexDFA(try RegexProgram(node, caseInsensitive: caseInsensitive))
  }

  /// Whether the pattern matches somewhere in `subject`; nil when ICU must decide (Unicode
  /// data newer than the engine trusts, or `(?i)` with a non-ASCII subject).
  func matches(_ subject: String) -> Bool? {
    if let found = subject.utf8.withContiguousStorageIfAvailable({ search($0) }) {
      return found
    }
    return Array(subject.utf8).withUnsafeBufferPointer { search($0) }
  }

  private func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    lock.lock()
    defer { lock.unlock() }
    return automaton.search(bytes)
  }
}
