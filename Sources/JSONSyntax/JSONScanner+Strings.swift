import PlanModel

/// Strings: one validating scan, and a `String` built once from the bytes.
extension JSONScanner {
  /// Parses a string at the opening quote. Strings without escapes (the common case) are
  /// built straight from the input bytes; others are assembled in a byte buffer first.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    let open = position()
    index += 1
    let contentStart = index
    while index < buffer.count {
      let byte = buffer[index]
      if byte == UInt8(ascii: "\"") {
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: buffer[contentStart..<index]), as: UTF8.self)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") {
        var bytes = Array(buffer[contentStart..<index])
        return try parseEscapedString(into: &bytes, open: open)
      }
      try advanceCharacter(byte)
    }
    throw error("unterminated string; expected '\"' before end of input", at: open)
  }

  /// Continues a string after its first escape, appending decoded bytes.
  private mutating func parseEscapedString(
    into bytes: inout [UInt8], open: SourcePosition
  ) throws(JSONSyntaxError) -> String {
    while index < buffer.count {
      let byte = buffer[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: bytes, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        try appendEscape(to: &bytes)
        continue
      }
      let start = index
      try advanceCharacter(byte)
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index]))
    }
    throw error("unterminated string; expected '\"' before end of input", at: open)
  }

  /// Steps over one unescaped character, rejecting control characters and invalid UTF-8.
  private mutating func advanceCharacter(_ byte: UInt8) throws(JSONSyntaxError) {
    if byte < 0x20 {
      let name = byte == 0x0A ? "a line break" : byte == 0x09 ? "a tab" : "a control character"
      throw error("\(name) is not allowed inside a string; write it as an escape such as \\n")
    }
    if byte < 0x80 {
      index += 1
    } else {
      try advanceUTF8Sequence(lead: byte)
    }
  }

  /// Validates one multi-byte UTF-8 sequence and steps over it.
  private mutating func advanceUTF8Sequence(lead: UInt8) throws(JSONSyntaxError) {
    guard let length = UTF8Validation.sequenceLength(buffer, at: index) else {
      throw invalidUTF8(lead)
    }
    index += length
  }

  private func invalidUTF8(_ byte: UInt8) -> JSONSyntaxError {
    let hex = String(byte, radix: 16, uppercase: true)
    return error("invalid UTF-8 (byte 0x\(hex)) in a string; save the file as UTF-8")
  }

  /// Decodes the escape at the read index (a backslash) and appends its UTF-8 bytes.
  private mutating func appendEscape(to bytes: inout [UInt8]) throws(JSONSyntaxError) {
    let start = position()
    index += 1
    let byte = peek()
    index += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(byte)
    case UInt8(ascii: "b"): bytes.append(0x08)
    case UInt8(ascii: "f"): bytes.append(0x0C)
    case UInt8(ascii: "n"): bytes.append(0x0A)
    case UInt8(ascii: "r"): bytes.append(0x0D)
    case UInt8(ascii: "t"): bytes.append(0x09)
    case UInt8(ascii: "u"):
      let scalar = try unicodeEscape(start: start)
      bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
    default:
      index -= 1
      throw error(
        "invalid escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", at: start)
    }
  }

  /// Reads the hex digits of `\uXXXX` (the `\u` already consumed), joining surrogate pairs.
  private mutating func unicodeEscape(start: SourcePosition) throws(JSONSyntaxError)
    -> Unicode.Scalar
  {
    let first = try hexQuad()
    if (0xDC00...0xDFFF).contains(first) {
      throw error("unpaired low surrogate in \\u escape; expected a valid code point", at: start)
    }
    guard (0xD800...0xDBFF).contains(first) else {
      return Unicode.Scalar(first) ?? "\u{FFFD}"
    }
    guard peek() == UInt8(ascii: "\\"), index + 1 < buffer.count,
      buffer[index + 1] == UInt8(ascii: "u")
    else {
      throw error("lone high surrogate in \\u escape; expected a low surrogate after it", at: start)
    }
    index += 2
    let second = try hexQuad()
    guard (0xDC00...0xDFFF).contains(second) else {
      throw error("lone high surrogate in \\u escape; expected a low surrogate after it", at: start)
    }
    let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = peek()
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error("expected 4 hex digits after \\u, found \(describeCurrent())")
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }
}
