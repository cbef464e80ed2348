import JSONSyntax
import PlanModel

/// Byte-level UTF-8 helpers: validation without building a `String`, and encoding of scalars.
enum UTF8Encoding {
  /// Appends the UTF-8 encoding of `scalar` (which must be a valid scalar value).
  static func append(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      out.append(UInt8(scalar))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (scalar >> 6)))
      out.append(UInt8(0x80 | (scalar & 0x3F)))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | (scalar >> 12)))
      out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (scalar & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (scalar >> 18)))
      out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (scalar & 0x3F)))
    }
  }

  /// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
  static func isValid(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { isValid($0) }
  }

  static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = buffer.count
    while index < count {
      index = ASCIIText.firstNonASCII(in: buffer, from: index)
      guard index < count else { return true }
      guard let length = UTF8Validation.sequenceLength(buffer, at: index) else { return false }
      index += length
    }
    return true
  }
}
