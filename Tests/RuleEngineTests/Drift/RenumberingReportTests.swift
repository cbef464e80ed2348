import Testing

@testable import RuleEngine

/// A renumbering is reported, never silent (SPEC §8).
struct RenumberingReportTests {
  @Test func matchByTitleIsSaidAsAnInfo() throws {
    let previous = try EngineFixtures.plan(
      #"{"id": "p", "actions": [{"ref": "1.4", "title": "Review the practice framework"}]}"#)
    let current = try EngineFixtures.plan(
      #"{"id": "p", "actions": [{"ref": "2.1", "title": "Review the practice framework"}]}"#)
    let outcome = try EngineFixtures.check(current, rules: RuleSet(rules: []), previous: previous)
    let said = outcome.diagnostics.filter { $0.code == "renumbered" }
    #expect(said.count == 1)
    #expect(said.first?.severity == .info)
    #expect(said.first?.message.contains("action 2.1 is matched to action 1.4") == true)
  }

  @Test func sameRefIsNoRenumbering() throws {
    let plan = try EngineFixtures.plan(#"{"id": "p", "actions": [{"ref": "1.4", "title": "A"}]}"#)
    let outcome = try EngineFixtures.check(plan, rules: RuleSet(rules: []), previous: plan)
    #expect(!outcome.diagnostics.contains { $0.code == "renumbered" })
  }
}
