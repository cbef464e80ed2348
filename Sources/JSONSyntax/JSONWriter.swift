/// Writes JSON values as deterministic, pretty text: 2-space indent, keys in the order given,
/// one element per line, a trailing newline.
///
/// Strings are escaped per RFC 8259 (quote, backslash and control characters only);
/// non-ASCII text stays as UTF-8 so converted plans remain readable in diffs. The layout is
/// `JSONStreamWriter`'s, which documents that are not held as values use directly.
package enum JSONWriter {
  package static func write(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    JSONStreamWriter.write(into: &out) { append(value, to: &$0) }
    return String(decoding: out, as: UTF8.self)
  }

  /// One line, no spaces: for values quoted inside messages and tables. Nil writes `null`.
  package static func compact(_ value: JSONValue?) -> String {
    var out: [UInt8] = []
    JSONStreamWriter.write(into: &out, pretty: false) { append(value ?? JSONValue(.null), to: &$0) }
    return String(decoding: out, as: UTF8.self)
  }

  /// Recursion is bounded by the depth of values built in code or parsed (at most the
  /// parser's depth limit).
  private static func append(_ value: JSONValue, to json: inout JSONStreamWriter) {
    switch value.kind {
    case .null: json.null()
    case .bool(let flag): json.bool(flag)
    case .number(let text): json.number(text)
    case .string(let text): json.string(text)
    case .array(let elements):
      json.array { json in
        for element in elements { append(element, to: &json) }
      }
    case .object(let object):
      json.object { json in
        for member in object.members {
          json.key(member.key)
          append(member.value, to: &json)
        }
      }
    }
  }

  /// Quotes and escapes a string: short escapes where RFC 8259 has them, `\u00XX` for the
  /// other control characters, everything else verbatim.
  package static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    // Native strings are contiguous UTF-8 (no copy here); runs that need no escaping are
    // copied whole rather than byte by byte.
    text.withUTF8 { appendEscaped($0, to: &out) }
    out.append(UInt8(ascii: "\""))
  }

  private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    var runStart = 0
    for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
      if runStart < offset {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<offset]))
      }
      appendEscape(byte, to: &out)
      runStart = offset + 1
    }
    if runStart < utf8.count {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
  }

  private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
    switch byte {
    case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
    case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
    case 0x0A: out.append(contentsOf: "\\n".utf8)
    case 0x0D: out.append(contentsOf: "\\r".utf8)
    case 0x09: out.append(contentsOf: "\\t".utf8)
    case 0x08: out.append(contentsOf: "\\b".utf8)
    case 0x0C: out.append(contentsOf: "\\f".utf8)
    default:
      out.append(contentsOf: "\\u00".utf8)
      out.append(hexDigit(byte >> 4))
      out.append(hexDigit(byte & 0x0F))
    }
  }

  /// Lowercase hex digit of a value below 16.
  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
