/// Neutralises control characters in plan text before it reaches a terminal or a CI log,
/// where an escape sequence could recolour, hide or rewrite what the reader sees.
package enum ControlCharacters {
  /// What an unprintable character becomes: visible, and never a control itself.
  package static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// Whether the scalar is a C0 or C1 control or DEL.
  package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// One line of text: tab, CR and LF become spaces; other controls become U+FFFD.
  package static func singleLine(_ value: String) -> String {
    replacing(value) { scalar in
      switch scalar {
      case "\t", "\n", "\r": " "
      default: replacement
      }
    }
  }

  /// Text that may span lines: tab, CR and LF kept; other controls become U+FFFD.
  package static func keepingLineBreaks(_ value: String) -> String {
    replacing(value) { scalar in
      switch scalar {
      case "\t", "\n", "\r": scalar
      default: replacement
      }
    }
  }

  private static func replacing(
    _ value: String, _ substitute: (Unicode.Scalar) -> Unicode.Scalar
  ) -> String {
    guard value.unicodeScalars.contains(where: isControl) else { return value }
    var result = String.UnicodeScalarView()
    for scalar in value.unicodeScalars {
      result.append(isControl(scalar) ? substitute(scalar) : scalar)
    }
    return String(result)
  }
}
