/// Splits an expression into tokens, working on UTF-8 bytes (CEL's lexis).
package struct Lexer {
  let bytes: [UInt8]
  var position = 0

  package init(_ source: String) { bytes = Array(source.utf8) }

  /// Every token of the source, ending with `.end`.
  package mutating func tokenize() throws(ExprProblem) -> [Token] {
    var tokens: [Token] = []
    while true {
      let token = try next()
      tokens.append(token)
      if token.kind == .end { return tokens }
    }
  }

  func peek(_ ahead: Int = 0) -> UInt8 {
    let index = position + ahead
    return index < bytes.count ? bytes[index] : 0
  }

  static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  static func isIdentStart(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F
  }
  static func isIdentPart(_ b: UInt8) -> Bool { isIdentStart(b) || isDigit(b) }

  mutating func next() throws(ExprProblem) -> Token {
    skipTrivia()
    let start = position
    guard position < bytes.count else { return Token(kind: .end, range: SourceRange(start, start)) }
    let byte = bytes[position]
    if Lexer.isDigit(byte) || (byte == UInt8(ascii: ".") && Lexer.isDigit(peek(1))) {
      return try number()
    }
    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
      return try string(raw: false, start: start)
    }
    if Lexer.isIdentStart(byte) { return try word() }
    return try punctuation()
  }

  /// Whitespace and `//` comments.
  mutating func skipTrivia() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D, 0x0C: position += 1
      case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
        while position < bytes.count, bytes[position] != 0x0A { position += 1 }
      default: return
      }
    }
  }

  mutating func word() throws(ExprProblem) -> Token {
    let start = position
    while position < bytes.count, Lexer.isIdentPart(bytes[position]) { position += 1 }
    let name = String(decoding: bytes[start..<position], as: UTF8.self)
    let quote = peek()
    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
      switch name {
      case "r", "R": return try string(raw: true, start: start)
      case "b", "B", "br", "bR", "Br", "BR", "rb", "rB", "Rb", "RB":
        throw ExprProblem(.unsupported("a bytes literal"), at: SourceRange(start, position))
      default: break
      }
    }
    let range = SourceRange(start, position)
    switch name {
    case "true": return Token(kind: .trueKeyword, range: range)
    case "false": return Token(kind: .falseKeyword, range: range)
    case "null": return Token(kind: .nullKeyword, range: range)
    case "in": return Token(kind: .inKeyword, range: range)
    default: return Token(kind: .identifier(name), range: range)
    }
  }

  mutating func punctuation() throws(ExprProblem) -> Token {
    let start = position
    let two =
      position + 1 < bytes.count
      ? String(decoding: bytes[position...(position + 1)], as: UTF8.self) : ""
    if let p = Punctuation(rawValue: two), two.utf8.count == 2 {
      position += 2
      return Token(kind: .punctuation(p), range: SourceRange(start, position))
    }
    let one = String(decoding: [bytes[position]], as: UTF8.self)
    if let p = Punctuation(rawValue: one), bytes[position] < 0x80 {
      position += 1
      return Token(kind: .punctuation(p), range: SourceRange(start, position))
    }
    var end = position + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    let text = String(decoding: bytes[position..<end], as: UTF8.self)
    throw ExprProblem(.unexpectedCharacter(text), at: SourceRange(start, end))
  }
}
