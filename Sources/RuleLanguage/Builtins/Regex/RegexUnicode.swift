/// ICU's meanings of `\d`, `\s`, `\w`, `\b` and line terminators, on Unicode scalar values.
///
/// ASCII answers come from fixed tables. Other scalars use the standard library's Unicode
/// data, but only for characters assigned by Unicode 14.0 (the oldest ICU that Foundation on a
/// supported system ships): for anything newer, or unassigned, the answer is nil and the
/// caller lets ICU decide, so a difference in Unicode versions can never change a result.
enum RegexUnicode {
  /// `\d`: a decimal digit (general category Nd).
  static func isDigit(_ scalar: UInt32) -> Bool? {
    if scalar < 0x80 { return scalar >= 0x30 && scalar <= 0x39 }
    return properties(scalar).map { $0.generalCategory == .decimalNumber }
  }

  /// `\s`: the White_Space property.
  static func isSpace(_ scalar: UInt32) -> Bool? {
    if scalar < 0x80 { return (scalar >= 0x09 && scalar <= 0x0D) || scalar == 0x20 }
    return properties(scalar).map(\.isWhitespace)
  }

  /// `\w`: alphabetic, a mark, a decimal digit, connector punctuation, ZWNJ or ZWJ.
  static func isWord(_ scalar: UInt32) -> Bool? {
    if scalar < 0x80 { return isASCIIWord(UInt8(truncatingIfNeeded: scalar)) }
    if scalar == 0x200C || scalar == 0x200D { return true }
    guard let properties = properties(scalar) else { return nil }
    if properties.isAlphabetic { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
      return true
    default:
      return false
    }
  }

  /// A scalar `\b` looks through: a grapheme extender or a format character.
  static func isTransparent(_ scalar: UInt32) -> Bool? {
    if scalar < 0x80 { return false }
    return properties(scalar).map { $0.isGraphemeExtend || $0.generalCategory == .format }
  }

  /// `\v` in ICU: a vertical space, U+000A–U+000D, U+0085, U+2028 or U+2029.
  static func isVerticalSpace(_ scalar: UInt32) -> Bool {
    (scalar >= 0x0A && scalar <= 0x0D) || scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029
  }

  /// What `.` does not match and `$` may precede: the same set as `\v`.
  static func isLineTerminator(_ scalar: UInt32) -> Bool { isVerticalSpace(scalar) }

  static func isASCIIWord(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
      || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
  }

  /// The scalar's properties when its Unicode data is settled for every ICU in use.
  private static func properties(_ value: UInt32) -> Unicode.Scalar.Properties? {
    guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age,
      age.major < 14 || (age.major == 14 && age.minor == 0)
    else { return nil }
    return scalar.properties
  }
}
