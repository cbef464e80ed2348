/// Neutralises control characters in plan text before it reaches a terminal or a CI log,
/// where an escape sequence could recolour, hide or rewrite what the reader sees.
package enum ControlCharacters {
  /// What an unprintable character becomes: visible, and never a control itself.
  package static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// Whether the scalar is a C0 or C1 control, DEL, or a bidirectional embedding, override or
  /// isolate (U+202A–U+202E, U+2066–U+2069), which can make a line display in another order
  /// than it reads ("Trojan Source"). Right-to-left letters themselves are untouched.
  package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
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
