/// A parsed regular expression: what `RegexParser` produces and `RegexProgram` compiles.
///
/// Groups leave no trace (`matches()` has no captures), and lazy quantifiers are plain ones:
/// for a yes-or-no search only the set of strings matched counts.
enum RegexNode: Equatable, Sendable {
  /// Matches the empty string.
  case empty
  /// One Unicode scalar, by value.
  case scalar(UInt32)
  /// A character class, or a case-folded literal.
  case set(RegexCharSet)
  /// `.`: any scalar but a line terminator.
  case any
  /// A zero-width test: `^`, `$`, `\b`, `\B`.
  case assertion(RegexAssertion)
  case concatenation([RegexNode])
  case alternation([RegexNode])
  /// `max` nil means unbounded.
  indirect case repetition(RegexNode, min: Int, max: Int?)
}

/// A zero-width test, with ICU's default (not multi-line) meanings.
enum RegexAssertion: UInt8, Sendable {
  /// `^`: the start of the subject.
  case start
  /// `$`: the end of the subject, or before a line terminator that ends it.
  case end
  /// `\b`: between a word and a non-word character, combining marks ignored.
  case wordBoundary
  /// `\B`.
  case notWordBoundary
}

/// The pattern uses something the built-in engine does not reproduce exactly, so ICU
/// (NSRegularExpression) decides both its validity and its meaning.
struct RegexUnsupported: Error, Equatable {}
