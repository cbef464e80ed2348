/// The byte-level text toolkit of the reading path: whitespace, case folding, word and bullet
/// boundaries and trimming over UTF-8 bytes, without splitting text into `Character`s.
///
/// "ASCII whitespace" is one definition here (space, tab, line feed, vertical tab, form feed,
/// carriage return); `unicodeWhitespaceLength` and `newlineLength` match `Character`'s
/// `isWhitespace` and `isNewline` for single code points, so byte-level splitting gives the
/// same words as `split(whereSeparator: \.isWhitespace)` on real plan text.
///
/// Public, not `package`: Swift 6.3 neither inlines nor specializes `@inlinable package` code
/// in another module, and these run for every byte the readers scan.
public enum ASCIIText {
  /// Space, tab, line feed, vertical tab, form feed, carriage return.
  @inlinable
  public static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  @inlinable
  public static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  @inlinable
  public static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= 0x61 && lower <= 0x7A
  }

  /// The byte with A-Z folded to a-z; every other byte unchanged.
  @inlinable
  public static func lower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// Whether `bytes` equal `lowercase` (lowercase ASCII) when A-Z are folded.
  @inlinable
  public static func equalsFolded(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ lowercase: StaticString
  ) -> Bool {
    guard range.count == lowercase.utf8CodeUnitCount else { return false }
    return lowercase.withUTF8Buffer { expected in
      var offset = 0
      for index in range {
        if lower(bytes[index]) != expected[offset] { return false }
        offset += 1
      }
      return true
    }
  }

  /// The length of the white-space code point at `index` (Unicode White_Space, as
  /// `Character.isWhitespace`), or 0.
  @inlinable
  public static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return isWhitespace(byte) ? 1 : 0 }
    guard let (scalar, length) = scalar(bytes, at: index) else { return 0 }
    switch scalar {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return length
    default: return 0
    }
  }

  /// The length of the line-break code point at `index` (as `Character.isNewline`: LF, VT, FF,
  /// CR, NEL, LINE and PARAGRAPH SEPARATOR), or 0.
  @inlinable
  public static func newlineLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return byte >= 0x0A && byte <= 0x0D ? 1 : 0 }
    guard let (scalar, length) = scalar(bytes, at: index) else { return 0 }
    return scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029 ? length : 0
  }

  /// The code point at `index` of valid UTF-8 and its length in bytes; nil past the end.
  @inlinable
  public static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    UInt32, Int
  )? {
    let lead = bytes[index]
    let length =
      lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard index + length <= bytes.count else { return nil }
    if length == 1 { return (UInt32(lead), 1) }
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return (value, length)
  }

  // MARK: - Eight bytes at a time

  /// The offset of the first byte at or after `start` that is `a`, `b` or `c`, or
  /// `bytes.count`. Tests eight bytes at a time: a CSV field or a quoted cell is scanned for
  /// its end at a few instructions per eight bytes rather than per byte.
  @inlinable
  public static func firstIndex(
    of a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int {
    var index = max(start, 0)
    let count = bytes.count
    if let base = bytes.baseAddress {
      let (wa, wb, wc) = (broadcast(a), broadcast(b), broadcast(c))
      while index + 8 <= count {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        let found = zeroBytes(word ^ wa) | zeroBytes(word ^ wb) | zeroBytes(word ^ wc)
        if found != 0 { return index + found.trailingZeroBitCount >> 3 }
        index += 8
      }
    }
    while index < count {
      let byte = bytes[index]
      if byte == a || byte == b || byte == c { return index }
      index += 1
    }
    return count
  }

  /// The offset of the first byte at or after `start` that is not ASCII, or `bytes.count`.
  @inlinable
  public static func firstNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = max(start, 0)
    let count = bytes.count
    if let base = bytes.baseAddress {
      while index + 8 <= count {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        let high = word & 0x8080_8080_8080_8080
        if high != 0 { return index + high.trailingZeroBitCount >> 3 }
        index += 8
      }
    }
    while index < count, bytes[index] < 0x80 { index += 1 }
    return index
  }

  @inlinable
  static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

  /// The high bit of each zero byte of `word` set. Bytes above the lowest zero byte may be
  /// flagged falsely (the borrow runs on), the lowest flagged byte never is: only the first
  /// match is ever read.
  @inlinable
  static func zeroBytes(_ word: UInt64) -> UInt64 {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
  }

  /// `range` without ASCII whitespace at either end.
  @inlinable
  public static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Range<Int>
  {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end, isWhitespace(bytes[start]) { start += 1 }
    while end > start, isWhitespace(bytes[end - 1]) { end -= 1 }
    return start..<end
  }

  /// The bytes of `range` as a String (ranges cut at ASCII bytes keep UTF-8 valid).
  public static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
