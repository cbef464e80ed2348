/// Escaping for XML 1.0 text and attribute values, shared by every XML-producing reporter.
///
/// Characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF) are replaced
/// with U+FFFD rather than dropped, so a reader can see that something was there.
package enum XMLEscaping {
  /// Character data: `&`, `<` and `>` escaped (the last so `]]>` can never appear), and CR
  /// kept as a reference so a parser does not normalise it away.
  package static func text(_ value: String) -> String {
    escape(value) { scalar in
      switch scalar {
      case "&": "&amp;"
      case "<": "&lt;"
      case ">": "&gt;"
      case "\r": "&#13;"
      default: nil
      }
    }
  }

  /// A double-quoted attribute value: markup and quotes escaped, and tab, CR and LF written
  /// as references because attribute-value normalisation would turn them into spaces.
  package static func attribute(_ value: String) -> String {
    escape(value) { scalar in
      switch scalar {
      case "&": "&amp;"
      case "<": "&lt;"
      case ">": "&gt;"
      case "\"": "&quot;"
      case "'": "&apos;"
      case "\t": "&#9;"
      case "\n": "&#10;"
      case "\r": "&#13;"
      default: nil
      }
    }
  }

  /// Whether XML 1.0 allows the scalar in a document (production `Char`).
  package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  private static func escape(
    _ value: String, _ replacement: (Unicode.Scalar) -> String?
  ) -> String {
    var result = ""
    result.reserveCapacity(value.utf8.count)
    for scalar in value.unicodeScalars {
      if let escaped = replacement(scalar) {
        result += escaped
      } else if isAllowed(scalar) {
        result.unicodeScalars.append(scalar)
      } else {
        result.unicodeScalars.append(ControlCharacters.replacement)
      }
    }
    return result
  }
}
