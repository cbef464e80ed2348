import Testing

@testable import PlanModel

struct MilestoneNameTests {
  static let texts = [
    "", "   ", "one", "  Draft presented to DMT  ", "a b c d e f g h i j k",
    "tabs\tand\nnew\r\nlines\u{2028}here", "naïve café — résumé\u{00A0}élan\u{3000}終わり 🙂 x y z w",
    "Scoping complete and the QA Board (12-345) 6 months: later words here",
  ]

  /// Milestone names are the first eight words, split on bytes exactly as `Character`
  /// splitting did (the fingerprints of milestone findings depend on them).
  @Test(arguments: texts)
  func leadingWordsMatchCharacterSplitting(text: String) {
    let expected = text.split(whereSeparator: \.isWhitespace).prefix(8).joined(separator: " ")
    #expect(Milestone.leadingWords(text) == expected)
  }
}
