import PlanModel
import TestSupport
import Testing

@testable import RuleLanguage

struct MessageTemplateTests {
  @Test(arguments: [
    (
      ScopeKind.milestone, 1,
      "Milestone '{text}' of action {action.ref} was due {due} but the action is rated {action.status.label}.",
      "Milestone 'Interviews' of action 1.1 was due 2024-05-01 but the action is rated Green."
    ),
    (.action, 0, "{{literal}} {recommendations} ends {end}", "{literal} R1, 2 ends March 2024"),
    (.action, 0, "{milestones}", "Advert out, Interviews"),
    (.action, 0, "{ {'a': 1}.a } and {'}'}", "1 and }"),
    (.action, 0, "{size(lead)} chars, {1.5 * 2.0}, {has(evidence)}", "8 chars, 3, false"),
    (.action, 2, "lead '{lead}' end {end}", "lead '' end TBC"),
    (.action, 0, "{1 / 0} rest", "<error: division by zero> rest"),
    (.action, 0, "{themeRef} / {self} / {plan}", "1 / 1.1 / luton-2023"),
    (.action, 0, "no holes", "no holes"),
    (.action, 0, "{end + days(1)}", "2024-03-02 – 2024-04-01"),
    (
      .action, 0,
      "'{'123456789 ' + '123456789 ' + '123456789 ' + '123456789 ' + "
        + "'123456789 ' + '123456789 ' + '123456789 ' + '123456789 ' + '123456789'}'",
      "'123456789 123456789 123456789 123456789 123456789 123456789 123456789…'"
    ),
  ])
  func renders(_ scope: ScopeKind, _ entity: Int, _ template: String, _ expected: String) throws {
    let compiled = try MessageTemplate.compile(template, scope: scope)
    var ctx = TestPlan.context(entity)
    #expect(compiled.render(in: &ctx) == expected)
  }

  @Test(arguments: [
    ("Due {1️⃣ned}", "unknown name 'ned'; did you mean 'end'?"),
    ("ok }1️⃣} then 1️⃣}", "unmatched '}'"),
    ("1️⃣{lead", "unclosed '{' in message"),
    ("A {lead}\nB {self.1️⃣leed}", "unknown field 'leed' on action; did you mean 'lead'?"),
    ("{lead +1️⃣}", "expected an expression"),
  ])
  func problemsPointIntoTheTemplate(_ marked: String, _ message: String) throws {
    let text = MarkedText(marked)
    let error = #expect(throws: ExprFailure.self) {
      try MessageTemplate.compile(text.text, scope: .action)
    }
    let failure = try #require(error)
    let problem = try #require(failure.problems.last)
    #expect(problem.error.message.hasPrefix(message), "got \(problem.error.message)")
    let marker = try #require(text.markers["1️⃣"])
    let position = SourceText(text.text).position(of: problem.range.start)
    #expect(position.line == marker.line && position.column == marker.column)
  }

  @Test func usesPrevFollowsItsHoles() throws {
    #expect(try MessageTemplate.compile("{prev.lead} → {lead}", scope: .action).usesPrev)
    #expect(try !MessageTemplate.compile("{lead}", scope: .action).usesPrev)
  }
}

/// A pasted cell is cut to about 80 characters, at a word where there is one, with "…".
struct MessageClippingTests {
  @Test(arguments: [
    (String(repeating: "a", count: 80), String(repeating: "a", count: 80)),
    (String(repeating: "a", count: 81), String(repeating: "a", count: 79) + "…"),
    (String(repeating: "ab, ", count: 40), String(repeating: "ab, ", count: 18) + "ab…"),
    (String(repeating: "é", count: 200), String(repeating: "é", count: 79) + "…"),
    ("short", "short"),
  ])
  func clips(_ text: String, _ expected: String) {
    let clipped = PlanText.clipped(text, MessageTemplate.holeClip)
    #expect(clipped == expected)
    #expect(clipped.count <= MessageTemplate.holeLimit)
  }
}
