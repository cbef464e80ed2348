import Reporting
import Testing

struct MarkdownEscapingTests {
  private static let special = Set(#"\`*_{}[]<>#!|~&$"#.unicodeScalars)

  @Test func everyPrintableASCIICharacterIsEscapedExactlyWhenSpecial() {
    for value in UInt8(0x20)..<0x7F {
      let scalar = Unicode.Scalar(value)
      let text = "a\(scalar)b"
      let expected = Self.special.contains(scalar) ? "a\\\(scalar)b" : text
      #expect(MarkdownEscaping.inline(text) == expected, "\(scalar)")
    }
  }

  @Test(arguments: [
    ("Plain text, (with) 'punctuation' - ok.", "Plain text, (with) 'punctuation' - ok."),
    ("line\r\nbreak\rand\nmore", "line<br>break<br>and<br>more"),
    ("tab\there", "tab here"),
    ("bell\u{07} é", "bell\u{FFFD} é"),
    ("", " "),
  ])
  func cells(input: String, expected: String) {
    #expect(MarkdownEscaping.cell(input) == expected)
  }
}
