/// A character class: ranges of scalars and class escapes, possibly negated, with the answer
/// for every ASCII scalar worked out once.
struct RegexCharSet: Equatable, Sendable {
  /// ICU's class escapes that can appear in a set: `\d \s \w \v` and their negations.
  enum ClassEscape: Equatable, Sendable {
    case digit, space, word, verticalSpace

    /// Whether `scalar` belongs; nil when the Unicode data is not trusted for it.
    func contains(_ scalar: UInt32) -> Bool? {
      switch self {
      case .digit: RegexUnicode.isDigit(scalar)
      case .space: RegexUnicode.isSpace(scalar)
      case .word: RegexUnicode.isWord(scalar)
      case .verticalSpace: RegexUnicode.isVerticalSpace(scalar)
      }
    }
  }

  /// A class escape, `negated` for `\D \S \W`.
  struct Member: Equatable, Sendable {
    var escape: ClassEscape
    var negated: Bool

    func contains(_ scalar: UInt32) -> Bool? {
      escape.contains(scalar).map { $0 != negated }
    }
  }

  /// Final membership of scalars 0–63 and 64–127, one bit each.
  private let asciiLow: UInt64
  private let asciiHigh: UInt64
  /// Sorted, possibly overlapping ranges, consulted for scalars from U+0080 on.
  private let ranges: [ClosedRange<UInt32>]
  private let members: [Member]
  private let negated: Bool

  /// A set of `ranges` and `members`, complemented when `negated`. With `caseInsensitive`
  /// (which the parser allows only with ASCII ranges) the positive set is closed over ASCII
  /// case before it is complemented, as ICU does.
  init(
    ranges: [ClosedRange<UInt32>], members: [Member], negated: Bool, caseInsensitive: Bool = false
  ) {
    self.ranges = ranges.sorted { $0.lowerBound < $1.lowerBound }
    self.members = members
    self.negated = negated
    var low: UInt64 = 0
    var high: UInt64 = 0
    for value in UInt32(0)..<128 {
      var inside = RegexCharSet.positive(value, ranges, members)
      if caseInsensitive, let other = RegexCharSet.otherCase(value) {
        inside = inside || RegexCharSet.positive(other, ranges, members)
      }
      guard inside != negated else { continue }
      if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
    }
    asciiLow = low
    asciiHigh = high
  }

  /// A literal matched without regard to ASCII case (`(?i)k` is `[Kk]`).
  static func caseless(_ letter: UInt32) -> RegexCharSet {
    let other = otherCase(letter) ?? letter
    return RegexCharSet(ranges: [letter...letter, other...other], members: [], negated: false)
  }

  /// Whether `scalar` belongs; nil when that depends on Unicode data not trusted for it.
  func contains(_ scalar: UInt32) -> Bool? {
    if scalar < 64 { return asciiLow & (1 << UInt64(scalar)) != 0 }
    if scalar < 128 { return asciiHigh & (1 << UInt64(scalar - 64)) != 0 }
    if ranges.contains(where: { $0.contains(scalar) }) { return !negated }
    var undecided = false
    for member in members {
      switch member.contains(scalar) {
      case true?: return !negated
      case nil: undecided = true
      case false?: continue
      }
    }
    return undecided ? nil : negated
  }

  /// The other case of an ASCII letter.
  static func otherCase(_ value: UInt32) -> UInt32? {
    switch value {
    case 0x41...0x5A: value + 0x20
    case 0x61...0x7A: value - 0x20
    default: nil
    }
  }

  private static func positive(
    _ value: UInt32, _ ranges: [ClosedRange<UInt32>], _ members: [Member]
  ) -> Bool {
    ranges.contains { $0.contains(value) } || members.contains { $0.contains(value) == true }
  }
}
