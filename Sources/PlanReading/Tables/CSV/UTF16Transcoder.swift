/// UTF-16 to UTF-8 for spreadsheet exports saved as "Unicode text".
enum UTF16Transcoder {
  /// Transcodes, replacing unpaired surrogates and a dangling odd byte with U+FFFD.
  static func utf8(from bytes: [UInt8], skipping offset: Int, bigEndian: Bool) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = offset
    var pendingHigh: UInt32?
    while index + 1 < bytes.count {
      let unit = codeUnit(bytes[index], bytes[index + 1], bigEndian: bigEndian)
      index += 2
      if let high = pendingHigh {
        pendingHigh = nil
        if (0xDC00...0xDFFF).contains(unit) {
          UTF8Encoding.append(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &out)
          continue
        }
        UTF8Encoding.append(0xFFFD, to: &out)
      }
      switch unit {
      case 0xD800...0xDBFF: pendingHigh = unit
      case 0xDC00...0xDFFF: UTF8Encoding.append(0xFFFD, to: &out)
      default: UTF8Encoding.append(unit, to: &out)
      }
    }
    if pendingHigh != nil || index < bytes.count { UTF8Encoding.append(0xFFFD, to: &out) }
    return out
  }

  private static func codeUnit(_ a: UInt8, _ b: UInt8, bigEndian: Bool) -> UInt32 {
    bigEndian ? UInt32(a) << 8 | UInt32(b) : UInt32(b) << 8 | UInt32(a)
  }
}
