/// Well-formed UTF-8 (RFC 3629): no overlong forms, surrogates or values past U+10FFFF. One
/// definition for every reader that checks bytes before decoding them.
package enum UTF8Validation {
  /// The length of the well-formed multi-byte sequence starting at `index`, or nil (an ASCII
  /// byte is not a multi-byte sequence and gives nil too; callers step over ASCII themselves).
  @inline(__always)
  package static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    guard index < buffer.count else { return nil }
    let lead = buffer[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, low) = (3, 0xA0)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, high) = (3, 0x9F)
    case 0xF0: (length, low) = (4, 0x90)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, high) = (4, 0x8F)
    default: return nil
    }
    guard index + length <= buffer.count else { return nil }
    let second = buffer[index + 1]
    guard second >= low, second <= high else { return nil }
    for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 { return nil }
    return length
  }
}
