import Testing

@testable import PlanModel

/// One cut with its rules as parameters: where it may break, how much it keeps, whether it
/// prefers a sentence and drops dangling separators.
struct ClipRuleTests {
  static let words = "alpha beta gamma delta epsilon zeta eta theta"

  @Test func textWithinTheLimitIsUnchanged() {
    #expect(PlanText.clipped("short", ClipRule(limit: 5)) == "short")
    #expect(PlanText.clipped("", ClipRule(limit: 0)) == "")
    // Ten bytes, five characters: fits.
    #expect(PlanText.clipped("ééééé", ClipRule(limit: 5)) == "ééééé")
  }

  @Test func aHardCutKeepsLimitLessOneCharacters() {
    #expect(PlanText.clipped(ClipRuleTests.words, ClipRule(limit: 10)) == "alpha bet…")
    #expect(PlanText.clipped("ééééééé", ClipRule(limit: 5)) == "éééé…")
  }

  @Test(arguments: [
    (ClipRule(limit: 20, breaks: .spaces), "alpha beta gamma…"),
    (ClipRule(limit: 20, breaks: .spaces, minimumKept: 17), "alpha beta gamma de…"),
    (ClipRule(limit: 8, breaks: .spaces), "alpha…"),
  ])
  func aWordCutMovesBackToABreak(_ rule: ClipRule, _ expected: String) {
    #expect(PlanText.clipped(ClipRuleTests.words, rule) == expected)
  }

  @Test func spacesAreNotOtherWhitespace() {
    let text = "one two\nthree four five"
    #expect(PlanText.clipped(text, ClipRule(limit: 14, breaks: .spaces)) == "one…")
    #expect(PlanText.clipped(text, ClipRule(limit: 14, breaks: .whitespace)) == "one two…")
  }

  @Test func danglingSeparatorsAreDropped() {
    let text = "first, second; third: fourth"
    let rule = ClipRule(limit: 16, breaks: .whitespace, dropsDanglingSeparators: true)
    #expect(PlanText.clipped(text, rule) == "first, second…")
    #expect(PlanText.clipped(text, ClipRule(limit: 16, breaks: .whitespace)) == "first, second;…")
  }

  @Test func aSentenceStopPastHalfTheLimitWins() {
    let text = "The plan is late. It has no owner and no dates at all."
    let rule = ClipRule(limit: 30, breaks: .spaces, sentences: true)
    #expect(PlanText.clipped(text, rule) == "The plan is late. …")
    // A stop in the first half is too early: the cut is at a word.
    let early = "Late. The plan has no owner and no dates at all."
    #expect(PlanText.clipped(early, rule) == "Late. The plan has no owner…")
  }
}
