import PlanModel

/// Whitespace, positions and error construction.
extension JSONScanner {
  /// The current byte, or 0 at end of input (0 is never valid outside strings).
  func peek() -> UInt8 { index < buffer.count ? buffer[index] : 0 }

  func position() -> SourcePosition {
    SourcePosition(line: line, column: index - lineStart + 1)
  }

  /// Skips RFC 8259 whitespace, counting lines at each line feed (CRLF counts once).
  mutating func skipWhitespace() {
    while index < buffer.count {
      switch buffer[index] {
      case 0x20, 0x09, 0x0D:
        index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default:
        return
      }
    }
  }

  /// An error at the current position (strings hold no raw newlines, so the line is current).
  func error(_ message: String) -> JSONSyntaxError {
    error(message, at: position())
  }

  func error(_ message: String, at position: SourcePosition) -> JSONSyntaxError {
    JSONSyntaxError(message: message, line: Int(position.line), column: Int(position.column))
  }

  /// Names the byte at the read index for messages: `'x'`, `byte 0xFF` or `end of input`,
  /// with a hint for the usual non-JSON habits.
  func describeCurrent() -> String {
    guard index < buffer.count else { return "end of input" }
    let byte = buffer[index]
    guard byte >= 0x21, byte < 0x7F else {
      let hex = String(byte, radix: 16, uppercase: true)
      return "byte 0x\(hex.count < 2 ? "0" + hex : hex)"
    }
    let shown = "'\(Character(Unicode.Scalar(byte)))'"
    switch byte {
    case UInt8(ascii: "/"), UInt8(ascii: "#"): return shown + " (comments are not allowed in JSON)"
    case UInt8(ascii: "'"): return shown + " (strings need double quotes)"
    case UInt8(ascii: "N"), UInt8(ascii: "I"):
      return shown + " (NaN and Infinity are not JSON numbers)"
    default: return shown
    }
  }
}
