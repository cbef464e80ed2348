/// Names, attributes and text: comparing and decoding the ranges the scanner hands out.
extension XMLScanner {
  /// True when the bytes in `range` are exactly `name`.
  func equals(_ range: Range<Int>, _ name: StaticString) -> Bool {
    guard range.count == name.utf8CodeUnitCount else { return false }
    return name.withUTF8Buffer { buffer in
      for offset in 0..<buffer.count where bytes[range.lowerBound + offset] != buffer[offset] {
        return false
      }
      return true
    }
  }

  /// The raw value of the attribute whose local name is `name`, ignoring namespace
  /// declarations (`xmlns:r` is not `r`).
  func attribute(_ name: StaticString, of tag: XMLTag) -> Range<Int>? {
    var index = tag.attributes.lowerBound
    let end = tag.attributes.upperBound
    while index < end {
      while index < end, Self.isSpace(bytes[index]) { index += 1 }
      let nameStart = index
      while index < end, bytes[index] != UInt8(ascii: "="), !Self.isSpace(bytes[index]) {
        index += 1
      }
      let nameRange = nameStart..<index
      while index < end, bytes[index] != 0x22, bytes[index] != 0x27 { index += 1 }
      guard index < end else { return nil }
      let quote = bytes[index]
      let valueStart = index + 1
      index = valueStart
      while index < end, bytes[index] != quote { index += 1 }
      let value = valueStart..<min(index, end)
      index += 1
      if equals(localName(in: nameRange), name), !isNamespaceDeclaration(nameRange) {
        return value
      }
    }
    return nil
  }

  /// The attribute's value with entities decoded, or nil when absent.
  func string(_ name: StaticString, of tag: XMLTag) -> String? {
    attribute(name, of: tag).map { string($0) }
  }

  /// The text in `range` with entities decoded.
  func string(_ range: Range<Int>) -> String {
    var out: [UInt8] = []
    appendText(range, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// A non-negative decimal number written in `range` (surrounding spaces allowed), or nil.
  func integer(_ range: Range<Int>) -> Int? {
    var value = 0
    var digits = 0
    for index in range {
      let byte = bytes[index]
      if Self.isSpace(byte) { continue }
      guard byte >= 0x30, byte <= 0x39, digits < 18 else { return nil }
      value = value * 10 + Int(byte - 0x30)
      digits += 1
    }
    return digits > 0 ? value : nil
  }

  /// Appends the text in `range` to `out`, decoding `&lt;`, `&gt;`, `&amp;`, `&quot;`,
  /// `&apos;` and character references; anything else after `&` is kept as written.
  func appendText(_ range: Range<Int>, to out: inout [UInt8]) {
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "&") else {
        out.append(byte)
        index += 1
        continue
      }
      var semicolon = index + 1
      while semicolon < end, semicolon - index <= 10, bytes[semicolon] != UInt8(ascii: ";") {
        semicolon += 1
      }
      if semicolon < end, bytes[semicolon] == UInt8(ascii: ";"),
        appendEntity((index + 1)..<semicolon, to: &out)
      {
        index = semicolon + 1
      } else {
        out.append(byte)
        index += 1
      }
    }
  }

  private func appendEntity(_ name: Range<Int>, to out: inout [UInt8]) -> Bool {
    if equals(name, "lt") {
      out.append(UInt8(ascii: "<"))
    } else if equals(name, "gt") {
      out.append(UInt8(ascii: ">"))
    } else if equals(name, "amp") {
      out.append(UInt8(ascii: "&"))
    } else if equals(name, "quot") {
      out.append(0x22)
    } else if equals(name, "apos") {
      out.append(0x27)
    } else if name.count >= 2, bytes[name.lowerBound] == UInt8(ascii: "#") {
      guard let scalar = characterReference(name.dropFirst()) else { return false }
      out.append(contentsOf: Array(String(Character(scalar)).utf8))
    } else {
      return false
    }
    return true
  }

  /// `#123` or `#x1F` as a scalar; invalid scalars (surrogates, past U+10FFFF) become U+FFFD.
  private func characterReference(_ digits: Range<Int>) -> Unicode.Scalar? {
    var hex = false
    var index = digits.lowerBound
    if bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X") {
      hex = true
      index += 1
    }
    guard index < digits.upperBound else { return nil }
    var value: UInt32 = 0
    while index < digits.upperBound {
      guard let digit = Self.digitValue(bytes[index], hex: hex) else { return nil }
      value = value &* (hex ? 16 : 10) &+ digit
      guard value <= 0x10FFFF else { return "\u{FFFD}" }
      index += 1
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
    switch byte {
    case 0x30...0x39: UInt32(byte - 0x30)
    case 0x41...0x46 where hex: UInt32(byte - 0x41 + 10)
    case 0x61...0x66 where hex: UInt32(byte - 0x61 + 10)
    default: nil
    }
  }

  private func isNamespaceDeclaration(_ name: Range<Int>) -> Bool {
    guard name.count >= 5 else { return false }
    return equals(name.lowerBound..<(name.lowerBound + 5), "xmlns")
  }
}
