import PlanModel
import Testing

@testable import RuleEngine

/// A rule's steps are bounded over the whole plan, not only per evaluation.
struct EngineBudgetTests {
  static let heavy = #"""
    {"id": "heavy", "title": "Heavy", "severity": "warning", "scope": "action",
     "check": "plan.actions.exists(a, a.ref == ref + 'x')", "message": "m"}
    """#
  static let light = #"""
    {"id": "light", "title": "Light", "severity": "warning", "scope": "action",
     "check": "has(lead)", "message": "no lead"}
    """#

  @Test func aRuleOverItsWholePlanBudgetStopsWithAnError() throws {
    let actions = (1...50).map { #"{"ref": "\#($0)", "title": "t"}"# }.joined(separator: ", ")
    let plan = try EngineFixtures.plan(#"{"id": "p", "actions": [\#(actions)]}"#)
    var engine = Engine(rules: EngineFixtures.rules([Self.heavy, Self.light]))
    engine.ruleStepBudget = 500
    let outcome = engine.check(
      plan, previous: nil, selection: RuleSelection(), asOf: Day(ordinal: 0))
    let heavy = try #require(outcome.ruleRuns.first { $0.ruleID == "heavy" })
    #expect(heavy.errors.first?.contains("used more than 500 steps") == true)
    #expect(outcome.diagnostics.contains { $0.code == "rule-budget" })
    // The other rule still ran on every action.
    #expect(outcome.findings.filter { $0.ruleID == "light" }.count == 50)
  }
}
