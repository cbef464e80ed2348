/// Writes JSON values as deterministic, pretty text: 2-space indent, keys in the order given,
/// one element per line, a trailing newline.
///
/// Strings are escaped per RFC 8259 (quote, backslash and control characters only);
/// non-ASCII text stays as UTF-8 so converted plans remain readable in diffs.
package enum JSONWriter {
  package static func write(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    append(value, indent: 0, to: &out)
    out.append(0x0A)
    return String(decoding: out, as: UTF8.self)
  }

  /// One line, no spaces: for values quoted inside messages and tables. Nil writes `null`.
  package static func compact(_ value: JSONValue?) -> String {
    var out: [UInt8] = []
    append(value ?? JSONValue(.null), indent: nil, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Recursion is bounded by the depth of values built in code or parsed (at most the
  /// parser's depth limit).
  /// A nil `indent` writes compactly, on one line.
  private static func append(_ value: JSONValue, indent: Int?, to out: inout [UInt8]) {
    switch value.kind {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .number(let text): out.append(contentsOf: text.utf8)
    case .string(let text): appendString(text, to: &out)
    case .array(let elements):
      appendContainer(
        elements, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), indent: indent, to: &out
      ) { element, out in
        append(element, indent: indent.map { $0 + 1 }, to: &out)
      }
    case .object(let object):
      appendContainer(
        object.members, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), indent: indent, to: &out
      ) { member, out in
        appendString(member.key, to: &out)
        out.append(contentsOf: (indent == nil ? ":" : ": ").utf8)
        append(member.value, indent: indent.map { $0 + 1 }, to: &out)
      }
    }
  }

  private static func appendContainer<Element>(
    _ elements: [Element], open: UInt8, close: UInt8, indent: Int?, to out: inout [UInt8],
    element: (Element, inout [UInt8]) -> Void
  ) {
    out.append(open)
    guard let indent, !elements.isEmpty else {
      for (offset, item) in elements.enumerated() {
        if offset > 0 { out.append(UInt8(ascii: ",")) }
        element(item, &out)
      }
      out.append(close)
      return
    }
    for (offset, item) in elements.enumerated() {
      out.append(contentsOf: offset == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A])
      appendIndent(indent + 1, to: &out)
      element(item, &out)
    }
    out.append(0x0A)
    appendIndent(indent, to: &out)
    out.append(close)
  }

  private static func appendIndent(_ level: Int, to out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
  }

  /// Quotes and escapes a string: short escapes where RFC 8259 has them, `\u00XX` for the
  /// other control characters, everything else verbatim.
  package static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
      case 0x0A: out.append(contentsOf: "\\n".utf8)
      case 0x0D: out.append(contentsOf: "\\r".utf8)
      case 0x09: out.append(contentsOf: "\\t".utf8)
      case 0x08: out.append(contentsOf: "\\b".utf8)
      case 0x0C: out.append(contentsOf: "\\f".utf8)
      case 0x00..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out.append(contentsOf: "\\u00".utf8)
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0x0F)])
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
