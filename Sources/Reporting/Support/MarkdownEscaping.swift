/// Escaping for plan text placed in GitHub-flavoured Markdown (PR comments, board papers).
///
/// Every ASCII punctuation character that can start markup is backslash-escaped, which
/// CommonMark defines for all ASCII punctuation, so `<script>`, `[link](…)`, `**`, `` ` ``,
/// `&amp;`, `$math$` and a leading `#` all stay literal, and `|` cannot end a table cell.
/// Characters that only matter at the start of a line (`-`, `+`, `=`) are left alone: plan
/// text is never placed at the start of a Markdown line.
package enum MarkdownEscaping {
  private static let special: Set<Unicode.Scalar> = [
    "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "#", "!", "|", "~", "&", "$",
  ]

  /// Inline text on one line (headings, paragraphs): line breaks become spaces.
  package static func inline(_ value: String) -> String {
    escape(value, lineBreak: " ")
  }

  /// A table cell: line breaks become `<br>` so the row stays one line.
  package static func cell(_ value: String) -> String {
    let escaped = escape(value, lineBreak: "<br>")
    return escaped.isEmpty ? " " : escaped
  }

  /// `special` as a bit mask over ASCII (all of them are ASCII), for the fast path.
  private static let specialMask: (low: UInt64, high: UInt64) = special.reduce((0, 0)) {
    mask, scalar in
    let value = UInt64(scalar.value)
    return value < 64
      ? (mask.low | 1 << value, mask.high) : (mask.low, mask.high | 1 << (value - 64))
  }

  private static func escape(_ value: String, lineBreak: String) -> String {
    // Most plan text is printable ASCII with nothing to escape: returned as it is.
    let mask = specialMask
    let plain = value.utf8.allSatisfy { byte in
      switch byte {
      case 0x20..<0x40: mask.low & (1 << UInt64(byte)) == 0
      case 0x40..<0x7F: mask.high & (1 << UInt64(byte - 64)) == 0
      default: false
      }
    }
    if plain { return value }
    var result = ""
    result.reserveCapacity(value.utf8.count)
    var previousWasCR = false
    for scalar in value.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      if scalar == "\n" && previousWasCR { continue }
      if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
        result += lineBreak
      } else if scalar == "\t" {
        result += " "
      } else if ControlCharacters.isControl(scalar) {
        result.unicodeScalars.append(ControlCharacters.replacement)
      } else {
        if special.contains(scalar) { result += "\\" }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
