/// Number and string literals: CEL's decimal, hex and floating forms, and its quoted, raw and
/// triple-quoted strings with escapes.
extension Lexer {
  mutating func number() throws(ExprProblem) -> Token {
    let start = position
    if bytes[position] == UInt8(ascii: "0"), peek(1) | 0x20 == UInt8(ascii: "x") {
      position += 2
      let digitsStart = position
      while position < bytes.count, bytes[position].isHexDigit { position += 1 }
      guard position > digitsStart else { throw invalidNumber(from: start) }
      try rejectSuffix(start)
      let text = String(decoding: bytes[digitsStart..<position], as: UTF8.self)
      guard let value = UInt64(text, radix: 16) else { throw overflow(from: start) }
      return Token(kind: .int(value), range: SourceRange(start, position))
    }
    var isFloat = false
    skipDigits()
    if peek() == UInt8(ascii: "."), Lexer.isDigit(peek(1)) {
      isFloat = true
      position += 1
      skipDigits()
    }
    if peek() | 0x20 == UInt8(ascii: "e") {
      isFloat = true
      position += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
      guard Lexer.isDigit(peek()) else { throw invalidNumber(from: start) }
      skipDigits()
    }
    try rejectSuffix(start)
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    let range = SourceRange(start, position)
    if isFloat {
      guard let value = Double(text) else { throw invalidNumber(from: start) }
      return Token(kind: .double(value), range: range)
    }
    guard let value = UInt64(text) else { throw overflow(from: start) }
    return Token(kind: .int(value), range: range)
  }

  private mutating func skipDigits() {
    while position < bytes.count, Lexer.isDigit(bytes[position]) { position += 1 }
  }

  private mutating func rejectSuffix(_ start: Int) throws(ExprProblem) {
    if peek() | 0x20 == UInt8(ascii: "u") {
      position += 1
      throw ExprProblem(
        .unsupported("an unsigned integer literal"), at: SourceRange(start, position))
    }
    if Lexer.isIdentPart(peek()) || peek() == UInt8(ascii: ".") && Lexer.isDigit(peek(1)) {
      while Lexer.isIdentPart(peek()) { position += 1 }
      throw invalidNumber(from: start)
    }
  }

  private func invalidNumber(from start: Int) -> ExprProblem {
    let text = String(decoding: bytes[start..<max(start, position)], as: UTF8.self)
    return ExprProblem(.invalidNumber(text), at: SourceRange(start, position))
  }

  private func overflow(from start: Int) -> ExprProblem {
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    return ExprProblem(.integerOverflow(text), at: SourceRange(start, position))
  }

  /// A string literal starting at the quote under `position`; `start` includes any `r` prefix.
  mutating func string(raw: Bool, start: Int) throws(ExprProblem) -> Token {
    let quote = bytes[position]
    let triple = peek(1) == quote && peek(2) == quote
    position += triple ? 3 : 1
    var out: [UInt8] = []
    while true {
      guard position < bytes.count else {
        throw ExprProblem(.unterminatedString, at: SourceRange(start, position))
      }
      let byte = bytes[position]
      if byte == quote, !triple || (peek(1) == quote && peek(2) == quote) {
        position += triple ? 3 : 1
        return Token(
          kind: .string(String(decoding: out, as: UTF8.self)), range: .init(start, position))
      }
      if !triple, byte == 0x0A || byte == 0x0D {
        throw ExprProblem(.unterminatedString, at: SourceRange(start, position))
      }
      if byte == UInt8(ascii: "\\"), !raw {
        try escape(into: &out)
      } else {
        out.append(byte)
        position += 1
      }
    }
  }

  /// One escape sequence; `\x`, `\u`, `\U` and octal escapes name Unicode code points.
  private mutating func escape(into out: inout [UInt8]) throws(ExprProblem) {
    let start = position
    position += 1
    let letter = peek()
    position += 1
    let simple: [UInt8: UInt8] = [
      0x61: 0x07, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09, 0x76: 0x0B,
      0x5C: 0x5C, 0x3F: 0x3F, 0x22: 0x22, 0x27: 0x27, 0x60: 0x60,
    ]
    if let byte = simple[letter] {
      out.append(byte)
      return
    }
    let scalarValue: UInt32
    switch letter {
    case UInt8(ascii: "x"), UInt8(ascii: "X"): scalarValue = try hexDigits(2, start)
    case UInt8(ascii: "u"): scalarValue = try hexDigits(4, start)
    case UInt8(ascii: "U"): scalarValue = try hexDigits(8, start)
    case UInt8(ascii: "0")...UInt8(ascii: "3"):
      let d1 = peek()
      let d2 = peek(1)
      guard (0x30...0x37).contains(d1), (0x30...0x37).contains(d2) else {
        throw badEscape(start)
      }
      position += 2
      scalarValue = UInt32(letter - 0x30) * 64 + UInt32(d1 - 0x30) * 8 + UInt32(d2 - 0x30)
    default: throw badEscape(start)
    }
    guard let scalar = Unicode.Scalar(scalarValue) else { throw badEscape(start) }
    out.append(contentsOf: Array(String(Character(scalar)).utf8))
  }

  private mutating func hexDigits(_ count: Int, _ start: Int) throws(ExprProblem) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<count {
      guard let digit = peek().hexValue else { throw badEscape(start) }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  private func badEscape(_ start: Int) -> ExprProblem {
    let end = min(position, bytes.count)
    var safeEnd = end
    while safeEnd < bytes.count, bytes[safeEnd] & 0xC0 == 0x80 { safeEnd += 1 }
    let text = String(decoding: bytes[start..<safeEnd], as: UTF8.self)
    return ExprProblem(.invalidEscape(text), at: SourceRange(start, safeEnd))
  }
}

extension UInt8 {
  var hexValue: UInt8? {
    switch self {
    case 0x30...0x39: self - 0x30
    case 0x41...0x46: self - 0x41 + 10
    case 0x61...0x66: self - 0x61 + 10
    default: nil
    }
  }
  var isHexDigit: Bool { hexValue != nil }
}
