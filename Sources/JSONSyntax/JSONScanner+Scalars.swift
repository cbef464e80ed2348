import PlanModel

/// Literals and numbers.
extension JSONScanner {
  /// Parses a string, number, `true`, `false` or `null` at the read index.
  mutating func parseScalar(afterComma: Bool) throws(JSONSyntaxError) -> JSONValue {
    let start = position()
    let byte = peek()
    switch byte {
    case UInt8(ascii: "\""):
      return JSONValue(.string(try parseString()), position: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONValue(.number(try parseNumber()), position: start)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return JSONValue(.bool(true), position: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return JSONValue(.bool(false), position: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return JSONValue(.null, position: start)
    case UInt8(ascii: "]") where afterComma:
      throw error("expected a value after ',' (trailing commas are not allowed)")
    default:
      throw error("expected a value, found \(describeCurrent())")
    }
  }

  private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
    let start = position()
    let count = literal.utf8CodeUnitCount
    let matches = literal.withUTF8Buffer { expected in
      index + count <= buffer.count && (0..<count).allSatisfy { buffer[index + $0] == expected[$0] }
    }
    guard matches else {
      throw error(
        "expected a value, found an invalid literal (did you mean '\(literal)'?)", at: start)
    }
    index += count
  }

  /// Checks the RFC 8259 number grammar and returns the number's text unchanged.
  private mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let begin = index
    if peek() == UInt8(ascii: "-") { index += 1 }
    if peek() == UInt8(ascii: "0") {
      index += 1
      if isDigit(peek()) { throw error("leading zeros are not allowed in JSON numbers") }
    } else {
      try digits(after: begin == index ? "the start of a number" : "'-'")
    }
    if peek() == UInt8(ascii: ".") {
      index += 1
      try digits(after: "'.'")
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      index += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
      try digits(after: "the exponent marker")
    }
    return String(decoding: UnsafeBufferPointer(rebasing: buffer[begin..<index]), as: UTF8.self)
  }

  private mutating func digits(after context: String) throws(JSONSyntaxError) {
    guard isDigit(peek()) else {
      throw error("expected a digit after \(context), found \(describeCurrent())")
    }
    while isDigit(peek()) { index += 1 }
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
