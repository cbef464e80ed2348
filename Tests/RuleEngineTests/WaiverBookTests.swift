import PlanModel
import TestSupport
import Testing

@testable import RuleEngine

struct WaiverBookTests {
  static let rules = EngineFixtures.rules([
    EngineFixtures.rule(id: "missing-lead", check: "has(lead)"),
    EngineFixtures.rule(id: "missing-start", check: "has(start)"),
  ])

  static let waived = MarkedText(
    """
    {"id": "p1", "actions": [
      {"ref": "1.1", "title": "Recruit",
       "waivers": [1️⃣{"rule": "missing-lead", "reason": "post being recruited", "until": "2024-03-31"}]},
      {"ref": "1.2", "title": "Audit"}
    ]}
    """)

  static func finding(_ outcome: Engine.Outcome, _ rule: String, _ ref: String) -> Finding? {
    outcome.findings.first { $0.ruleID == rule && $0.entity.ref == ref }
  }

  @Test func waiverSuppressesExactlyOneFinding() throws {
    let plan = try EngineFixtures.plan(Self.waived.text)
    let outcome = try EngineFixtures.check(plan, rules: Self.rules, asOf: "2024-01-01")
    #expect(outcome.findings.count == 4, "a suppressed finding is still reported")
    let waivedFinding = try #require(Self.finding(outcome, "missing-lead", "1.1"))
    guard case .waiver(let reason, let span) = waivedFinding.suppression else {
      Issue.record("not suppressed by the waiver: \(String(describing: waivedFinding.suppression))")
      return
    }
    #expect(reason == "post being recruited")
    #expect(span.file == "plan.json")
    Self.waived.expect(span)
    #expect(waivedFinding.suppression?.justification == "post being recruited")
    #expect(Self.finding(outcome, "missing-lead", "1.2")?.suppression == nil, "other entity")
    #expect(Self.finding(outcome, "missing-start", "1.1")?.suppression == nil, "other rule")
    #expect(Self.finding(outcome, "missing-start", "1.2")?.suppression == nil)
    #expect(outcome.diagnostics.isEmpty)
  }

  @Test(arguments: [
    ("until after the as-of date", #", "until": "2024-03-31""#, "2024-01-01", true),
    ("until on the as-of date: inclusive", #", "until": "2024-03-31""#, "2024-03-31", true),
    (
      "until the day before the as-of date: expired", #", "until": "2024-03-31""#, "2024-04-01",
      false
    ),
    ("no until never expires", "", "2099-12-31", true),
    ("a month runs to its last day", #", "until": "March 2024""#, "2024-03-31", true),
    ("a month ends with its last day", #", "until": "March 2024""#, "2024-04-01", false),
  ])
  func untilIsInclusiveAndComparedWithAsOf(
    _ description: String, until: String, asOf: String, suppressed: Bool
  ) throws {
    let plan = try EngineFixtures.plan(
      """
      {"id": "p1", "asOf": "2020-01-01", "actions": [
        {"ref": "1.1", "title": "t", "waivers": [{"rule": "missing-lead", "reason": "r"\(until)}]}
      ]}
      """)
    let outcome = try EngineFixtures.check(plan, rules: Self.rules, asOf: asOf)
    let finding = try #require(Self.finding(outcome, "missing-lead", "1.1"))
    #expect(finding.isSuppressed == suppressed)
  }

  @Test func milestoneMeasureAndPlanFindingsUseTheirHoldersWaivers() throws {
    let plan = try EngineFixtures.plan(
      """
      {"id": "p1",
       "waivers": [{"rule": "plan-rule", "reason": "whole plan"}],
       "actions": [
         {"ref": "1.1", "title": "t", "waivers": [{"rule": "milestone-done", "reason": "ms"}],
          "milestones": [{"text": "first", "due": "2023-01-01"}, {"text": "second", "due": "2023-02-01"}]},
         {"ref": "1.2", "title": "u", "milestones": [{"text": "third", "due": "2023-03-01"}]}
       ],
       "measures": [
         {"ref": "M1", "title": "a", "waivers": [{"rule": "measure-target", "reason": "new"}]},
         {"ref": "M2", "title": "b"}
       ]}
      """)
    let rules = EngineFixtures.rules([
      EngineFixtures.rule(id: "plan-rule", scope: "plan", check: "false", message: "m"),
      EngineFixtures.rule(id: "milestone-done", scope: "milestone", check: "done", message: "m"),
      EngineFixtures.rule(id: "measure-target", scope: "measure", check: "has(target)"),
    ])
    let outcome = try EngineFixtures.check(plan, rules: rules)
    let suppressed = outcome.findings.filter(\.isSuppressed).map { "\($0.ruleID) \($0.entity.ref)" }
    #expect(
      suppressed.sorted() == [
        "measure-target M1", "milestone-done 1.1: first", "milestone-done 1.1: second",
        "plan-rule p1",
      ])
    #expect(outcome.findings.filter { !$0.isSuppressed }.count == 2)
  }

  static let configText = MarkedText(
    """
    {"waivers": [
      {"plan": "p1", "ref": "1.2", "rule": "missing-lead", "reason": "interim cover", "until": "2024-06-30"},
      1️⃣{"plan": "p1", "ref": "1.2", "rule": "missing-owner", "reason": "typo in rule id"},
      {"plan": "p2", "ref": "1.1", "rule": "missing-lead", "reason": "another plan"}
    ]}
    """)

  /// Config waivers are placed on the action they name, so the waiver rules judge them as
  /// they judge waivers in the plan (here a rule reading `used`, like `waiver-unused`).
  @Test func configWaiverIsKeyedByPlanAndRef() throws {
    let config = ConfigLoader.load(bytes: Array(Self.configText.text.utf8), file: ".plancheck.json")
    #expect(config.diagnostics.isEmpty)
    let plan = try EngineFixtures.plan(Self.waived.text)
    let rules = EngineFixtures.rules([
      EngineFixtures.rule(id: "missing-lead", check: "has(lead)"),
      EngineFixtures.rule(id: "missing-start", check: "has(start)"),
      EngineFixtures.rule(
        id: "unused-waiver", when: "size(waivers) > 0", check: "waivers.all(w, w.used)",
        message: "{waivers.filter(w, !w.used).map(w, w.rule)}"),
    ])
    let outcome = try EngineFixtures.check(
      plan, rules: rules, configWaivers: config.config.waivers)
    let waived = try #require(Self.finding(outcome, "missing-lead", "1.2"))
    #expect(waived.suppression?.justification == "interim cover")
    guard case .waiver(_, let span)? = waived.suppression else { return }
    #expect(span.file == ".plancheck.json", "the suppression points at the config waiver")
    #expect(Self.finding(outcome, "missing-start", "1.2")?.isSuppressed == false)
    let unused = try #require(Self.finding(outcome, "unused-waiver", "1.2"))
    #expect(unused.message == "missing-owner", "the other plan's waiver is not this plan's")
    #expect(outcome.diagnostics.isEmpty)
  }

  /// A config waiver naming no action or measure that suppresses nothing is a `waiver-unused`
  /// finding at the waiver in the config, when that rule runs.
  @Test func configWaiverOfNothingIsAFinding() throws {
    let config = ConfigLoader.load(
      bytes: Array(
        #"{"waivers": [{"plan": "p1", "ref": "9.9", "rule": "missing-lead", "reason": "r"}]}"#
          .utf8), file: ".plancheck.json")
    let plan = try EngineFixtures.plan(Self.waived.text)
    let rules = EngineFixtures.rules([
      EngineFixtures.rule(id: "missing-lead", check: "has(lead)"),
      EngineFixtures.rule(id: "waiver-unused", check: "true"),
    ])
    let outcome = try EngineFixtures.check(
      plan, rules: rules, configWaivers: config.config.waivers)
    let unused = try #require(outcome.findings.first { $0.ruleID == "waiver-unused" })
    #expect(unused.span.file == ".plancheck.json")
    #expect(unused.message.contains("'missing-lead' for '9.9'"), "\(unused.message)")
  }

  @Test func expiredConfigWaiverDoesNotSuppress() throws {
    let config = ConfigLoader.load(bytes: Array(Self.configText.text.utf8), file: ".plancheck.json")
    let plan = try EngineFixtures.plan(Self.waived.text)
    let outcome = try EngineFixtures.check(
      plan, rules: Self.rules, asOf: "2024-07-01", configWaivers: config.config.waivers)
    #expect(Self.finding(outcome, "missing-lead", "1.2")?.isSuppressed == false)
    #expect(
      Self.finding(outcome, "missing-lead", "1.1")?.isSuppressed == false, "plan waiver expired")
  }

  @Test func rulesReadingWaiverUseSeeWhichWaiversSuppressedSomething() throws {
    let plan = try EngineFixtures.plan(
      """
      {"id": "p1", "actions": [
        {"ref": "1.1", "title": "used", "waivers": [{"rule": "missing-lead", "reason": "r"}]},
        {"ref": "1.2", "title": "unused", "lead": "HR", "waivers": [{"rule": "missing-lead", "reason": "r"}]},
        {"ref": "1.3", "title": "other rule", "waivers": [{"rule": "not-a-rule", "reason": "r"}]},
        {"ref": "1.4", "title": "none", "lead": "HR"}
      ]}
      """)
    let rules = EngineFixtures.rules([
      EngineFixtures.rule(id: "missing-lead", check: "has(lead)"),
      EngineFixtures.rule(
        id: "unused-waiver", when: "size(waivers) > 0", check: "waivers.all(w, w.used)",
        message: "{label}: {waivers.filter(w, !w.used).map(w, w.rule)}"),
    ])
    let outcome = try EngineFixtures.check(plan, rules: rules)
    let unused = outcome.findings.filter { $0.ruleID == "unused-waiver" }
    #expect(unused.map(\.message) == ["1.2: missing-lead", "1.3: not-a-rule"])
    let waived = outcome.findings.filter(\.isSuppressed).map(\.entity.ref)
    #expect(waived == ["1.1"])
  }

  @Test func shippedWaiverUnusedRuleWorksWithTheWaivedRule() throws {
    let (definitions, _) = BuiltinRules.load()
    let (set, _) = RuleSet.compile(definitions)
    var selection = RuleSelection()
    selection.only = ["missing-lead", "waiver-unused"]
    let plan = try EngineFixtures.plan(
      """
      {"id": "p1", "actions": [
        {"ref": "1.1", "title": "Recruit", "waivers": [{"rule": "missing-lead", "reason": "vacant"}]},
        {"ref": "1.2", "title": "Audit", "lead": "HR",
         "waivers": [{"rule": "missing-lead", "reason": "stale"}]}
      ]}
      """)
    let outcome = try EngineFixtures.check(plan, rules: set, selection: selection)
    let open = outcome.findings.filter { !$0.isSuppressed }.map { "\($0.ruleID) \($0.entity.ref)" }
    #expect(open == ["waiver-unused 1.2"], "\(outcome.findings.map(\.message))")
    #expect(outcome.findings.filter(\.isSuppressed).map(\.entity.ref) == ["1.1"])
  }

  @Test func waiverForADisabledRuleIsUnused() throws {
    let plan = try EngineFixtures.plan(Self.waived.text)
    let rules = EngineFixtures.rules([
      EngineFixtures.rule(id: "missing-lead", check: "has(lead)"),
      EngineFixtures.rule(id: "unused-waiver", check: "waivers.all(w, w.used)"),
    ])
    let outcome = try EngineFixtures.check(
      plan, rules: rules, selection: RuleSelection(enable: [], disable: ["missing-lead"]))
    #expect(outcome.findings.map { "\($0.ruleID) \($0.entity.ref)" } == ["unused-waiver 1.1"])
  }
}
