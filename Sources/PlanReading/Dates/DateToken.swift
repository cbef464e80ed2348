/// One token of a date text: a run of digits, a run of letters, or a punctuation mark.
///
/// Tokens are small values (no strings), so tokenising a cell allocates one array.
struct DateToken: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// Digits: `value` (saturating, so 10 kB of digits is harmless) and `digits`.
    case number
    /// Letters, already looked up.
    case word(DateWord)
    /// Punctuation, by its ASCII byte; dashes of every width are `-`.
    case mark(UInt8)
    /// Anything else (emoji, other scripts), which only separates.
    case other
  }

  var kind: Kind
  var value = 0
  var digits = 0
  /// Whitespace (or the start of the text) comes right before this token.
  var spaced: Bool
  /// For numbers: followed by st, nd, rd or th ("31st").
  var ordinal = false

  var word: DateWord? {
    if case .word(let word) = kind { return word }
    return nil
  }

  var month: Int? {
    if case .word(.month(let month)) = kind { return month }
    return nil
  }

  func isMark(_ byte: UInt8) -> Bool { kind == .mark(byte) }

  /// A run of digits with at most `maxDigits` of them.
  func isNumber(maxDigits: Int) -> Bool { kind == .number && digits <= maxDigits }

  /// A four-digit year or a two-digit one (20yy, or 19yy above 69), as a full year.
  var year: Int? {
    guard kind == .number, !ordinal else { return nil }
    if digits == 4 { return value }
    if digits == 2 { return value > 69 ? 1900 + value : 2000 + value }
    return nil
  }
}
