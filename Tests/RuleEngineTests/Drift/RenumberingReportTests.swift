import Testing

@testable import RuleEngine

/// A renumbering is reported, never silent.
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

/// Comparing a plan with a version of another plan is said, not silently drifted.
struct ComparedPlanIDTests {
  @Test func differentDeclaredIdsAreAWarning() throws {
    let previous = try EngineFixtures.plan(
      #"{"id": "send-2022", "actions": [{"ref": "1", "title": "A"}]}"#)
    let current = try EngineFixtures.plan(
      #"{"id": "luton-2023", "actions": [{"ref": "1", "title": "A"}]}"#)
    let outcome = try EngineFixtures.check(current, rules: RuleSet(rules: []), previous: previous)
    let said = outcome.diagnostics.filter { $0.code == "compared-plan-id" }
    #expect(said.count == 1)
    #expect(said.first?.severity == .warning)
    #expect(said.first?.message.contains("'luton-2023' is compared with plan 'send-2022'") == true)
  }

  @Test func sameIdOrIdsFromFileNamesAreQuiet() throws {
    let plan = try EngineFixtures.plan(#"{"id": "p", "actions": [{"ref": "1", "title": "A"}]}"#)
    #expect(
      !(try EngineFixtures.check(plan, rules: RuleSet(rules: []), previous: plan)).diagnostics
        .contains { $0.code == "compared-plan-id" })
    var undeclared = VersionMatchingTests.plan([("1", "A")])
    undeclared.id = "plan-2023-v1"
    var other = VersionMatchingTests.plan([("1", "A")])
    other.id = "plan-2023-v2"
    #expect(
      !(try EngineFixtures.check(other, rules: RuleSet(rules: []), previous: undeclared))
        .diagnostics.contains { $0.code == "compared-plan-id" })
  }
}

/// A row that was never an action is never reported removed by the shipped drift rules.
struct BlankRowDriftTests {
  @Test func aBlankPreviousRowIsNotARemovedAction() throws {
    let definitions = BuiltinRules.load().rules.filter { $0.id == "action-removed" }
    let (rules, diagnostics) = RuleSet.compile(definitions)
    #expect(diagnostics.isEmpty)
    let previous = try EngineFixtures.plan(
      #"{"id": "p", "actions": [{"ref": "1", "title": "A", "status": "Green"}, {"lead": "x", "status": "Amber"}, {"ref": "2", "title": "B", "status": "Amber"}]}"#
    )
    let current = try EngineFixtures.plan(
      #"{"id": "p", "actions": [{"ref": "1", "title": "A", "status": "Green"}]}"#)
    let outcome = try EngineFixtures.check(current, rules: rules, previous: previous)
    #expect(outcome.findings.map(\.entity.ref) == ["2"], "only the real action 2 was removed")
  }
}
