/// The byte-level text toolkit of the reading path: whitespace, case folding, word and bullet
/// boundaries and trimming over UTF-8 bytes, without splitting text into `Character`s.
///
/// "ASCII whitespace" is one definition here (space, tab, line feed, vertical tab, form feed,
/// carriage return); `unicodeWhitespaceLength` and `newlineLength` match `Character`'s
/// `isWhitespace` and `isNewline` for single code points, so byte-level splitting gives the
/// same words as `split(whereSeparator: \.isWhitespace)` on real plan text.
package enum ASCIIText {
  /// Space, tab, line feed, vertical tab, form feed, carriage return.
  @inlinable
  package static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  @inlinable
  package static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  @inlinable
  package static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= 0x61 && lower <= 0x7A
  }

  /// The byte with A-Z folded to a-z; every other byte unchanged.
  @inlinable
  package static func lower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// Whether `bytes` equal `lowercase` (lowercase ASCII) when A-Z are folded.
  @inlinable
  package static func equalsFolded(
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
  package static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
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
  package static func newlineLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return byte >= 0x0A && byte <= 0x0D ? 1 : 0 }
    guard let (scalar, length) = scalar(bytes, at: index) else { return 0 }
    return scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029 ? length : 0
  }

  /// The code point at `index` of valid UTF-8 and its length in bytes; nil past the end.
  @inlinable
  package static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
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

  /// `range` without ASCII whitespace at either end.
  @inlinable
  package static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Range<Int>
  {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end, isWhitespace(bytes[start]) { start += 1 }
    while end > start, isWhitespace(bytes[end - 1]) { end -= 1 }
    return start..<end
  }

  /// The bytes of `range` as a String (ranges cut at ASCII bytes keep UTF-8 valid).
  package static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
