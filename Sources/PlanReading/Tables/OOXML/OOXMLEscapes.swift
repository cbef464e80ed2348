/// OOXML's `_xHHHH_` escapes for characters XML cannot carry (ECMA-376 ST_Xstring): Excel
/// writes a carriage return in a cell as `_x000D_` and a literal `_x` sequence as `_x005F_x`.
enum OOXMLEscapes {
  /// Decodes escapes in `bytes[start...]` in place; text without `_x` is left untouched.
  static func unescape(_ bytes: inout [UInt8], from start: Int) {
    guard let first = firstEscape(bytes, from: start) else { return }
    var out = Array(bytes[start..<first])
    var index = first
    while index < bytes.count {
      if let scalar = escape(bytes, at: index) {
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
        index += 7
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    bytes.replaceSubrange(start..., with: out)
  }

  private static func firstEscape(_ bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index + 7 <= bytes.count {
      if bytes[index] == underscore, escape(bytes, at: index) != nil { return index }
      index += 1
    }
    return nil
  }

  /// The scalar of an `_xHHHH_` escape starting at `index`, or nil.
  private static func escape(_ bytes: [UInt8], at index: Int) -> Unicode.Scalar? {
    guard index + 7 <= bytes.count, bytes[index] == underscore,
      bytes[index + 1] == UInt8(ascii: "x"), bytes[index + 6] == underscore
    else { return nil }
    var value: UInt32 = 0
    for offset in 2..<6 {
      guard let digit = XMLScanner.digitValue(bytes[index + offset], hex: true) else {
        return nil
      }
      value = value << 4 | digit
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  private static let underscore = UInt8(ascii: "_")
}
