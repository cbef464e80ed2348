import PlanModel
import TestSupport
import Testing

@testable import RuleEngine

struct EngineTests {
  static let missingLead = EngineFixtures.rule(
    id: "missing-lead", check: "has(lead)", message: "Action {label} ('{title}') has no lead",
    severity: "error", at: "lead")

  static let threeActions = MarkedText(
    """
    {
      "id": "p1",
      "actions": [
        {"ref": "1.1", "title": "Recruit staff", "lead": "Head of HR"},
        1️⃣{"ref": "1.2", "title": "Audit cases", "lead": 2️⃣""},
        3️⃣{"ref": "1.3", "title": "Train staff"}
      ]
    }
    """)

  @Test func oneFindingPerFailingEntity() throws {
    let plan = try EngineFixtures.plan(Self.threeActions.text)
    let outcome = try EngineFixtures.check(plan, rules: EngineFixtures.rules([Self.missingLead]))
    #expect(outcome.diagnostics.isEmpty)
    #expect(outcome.ruleRuns == [RuleRun(ruleID: "missing-lead", evaluated: 3)])
    try #require(outcome.findings.count == 2)
    let (audit, train) = (outcome.findings[0], outcome.findings[1])
    #expect(audit.ruleID == "missing-lead")
    #expect(audit.severity == .error)
    #expect(audit.planID == "p1")
    #expect(audit.entity == EntityRef(kind: .entity(.action), ref: "1.2"))
    #expect(audit.message == "Action 1.2 ('Audit cases') has no lead")
    #expect(audit.suppression == nil)
    #expect(audit.span.file == "plan.json")
    Self.threeActions.expect(audit.span, at: "2️⃣")
    #expect(train.entity == EntityRef(kind: .entity(.action), ref: "1.3"))
    #expect(train.message == "Action 1.3 ('Train staff') has no lead")
    Self.threeActions.expect(train.span, at: "3️⃣")
  }

  @Test func withoutAtTheFindingPointsAtTheEntity() throws {
    let rule = EngineFixtures.rule(id: "x", check: "has(lead)")
    let plan = try EngineFixtures.plan(Self.threeActions.text)
    let outcome = try EngineFixtures.check(plan, rules: EngineFixtures.rules([rule]))
    let first = try #require(outcome.findings.first)
    Self.threeActions.expect(first.span, at: "1️⃣")
    #expect(first.span.pointer == "/actions/1")
  }

  @Test func findingsOfOtherScopes() throws {
    let marked = MarkedText(
      """
      1️⃣{
        "id": "p2",
        "themes": [2️⃣{"ref": "T1", "title": "Workforce"}],
        "recommendations": [3️⃣{"id": "R4", "text": "Improve supervision"}],
        "actions": [
          {"ref": "1.1", "title": "Recruit", "lead": "HR", "theme": "T1",
           "milestones": [4️⃣{"text": "Draft the recruitment strategy for approval", "due": "2023-03-01"}]}
        ],
        "measures": [5️⃣{"ref": "M1", "title": "Turnover"}]
      }
      """)
    let plan = try EngineFixtures.plan(marked.text)
    let rules = EngineFixtures.rules([
      EngineFixtures.rule(id: "p", scope: "plan", check: "false", message: "plan {id}"),
      EngineFixtures.rule(id: "t", scope: "theme", check: "false", message: "theme {ref}"),
      EngineFixtures.rule(
        id: "r", scope: "recommendation", check: "false", message: "rec {id}"),
      EngineFixtures.rule(
        id: "m", scope: "milestone", check: "done", message: "'{text}' of {action.ref} due {due}"),
      EngineFixtures.rule(
        id: "k", scope: "measure", check: "has(target)", message: "{ref} {title}"),
    ])
    let outcome = try EngineFixtures.check(plan, rules: rules)
    let byRule = Dictionary(uniqueKeysWithValues: outcome.findings.map { ($0.ruleID, $0) })
    let expected: [(rule: String, kind: EntityKind, ref: String, message: String, marker: String)] =
      [
        ("p", .plan, "p2", "plan p2", "1️⃣"),
        ("t", .theme, "T1", "theme T1", "2️⃣"),
        ("r", .recommendation, "R4", "rec R4", "3️⃣"),
        (
          "m", .milestone, "1.1: Draft the recruitment strategy for approval",
          "'Draft the recruitment strategy for approval' of 1.1 due 2023-03-01", "4️⃣"
        ),
        ("k", .measure, "M1", "M1 Turnover", "5️⃣"),
      ]
    #expect(outcome.findings.count == expected.count)
    for item in expected {
      guard let finding = byRule[item.rule] else {
        Issue.record("no finding of rule \(item.rule)")
        continue
      }
      #expect(finding.entity == EntityRef(kind: .entity(item.kind), ref: item.ref))
      #expect(finding.message == item.message)
      marked.expect(finding.span, at: item.marker)
    }
  }

  // MARK: Fingerprints

  @Test func fingerprintSurvivesEditsElsewhere() throws {
    let before = try EngineFixtures.plan(Self.threeActions.text)
    let shifted = try EngineFixtures.plan(
      """
      {

        "id": "p1",
        "title": "A title added later",
        "actions": [
          {"ref": "0.9", "title": "A new first action", "lead": "Director"},


          {"ref": "1.1", "title": "Recruit staff", "lead": "Head of HR"},
          {"ref": "1.2", "title": "Audit cases", "lead": ""},
          {"ref": "1.3",
           "title": "Train staff"}
        ]
      }
      """)
    let rules = EngineFixtures.rules([Self.missingLead])
    let old = try EngineFixtures.check(before, rules: rules).findings
    let new = try EngineFixtures.check(shifted, rules: rules).findings
    try #require(old.count == 2 && new.count == 2)
    #expect(old.map(\.fingerprint) == new.map(\.fingerprint))
    #expect(old.map(\.span.line) != new.map(\.span.line), "the edit did move the findings")
    #expect(old[0].fingerprint != old[1].fingerprint)
    #expect(
      old.allSatisfy { $0.fingerprint.count == 16 && $0.fingerprint.allSatisfy(\.isHexDigit) })
  }

  @Test func fingerprintSeparatesRulesPlansAndRepeatedRefs() throws {
    let text = """
      {"id": "p1", "actions": [
        {"ref": "2.1", "title": "One"}, {"ref": "2.1", "title": "Two"}, {"ref": "2.1", "title": "Three"}
      ]}
      """
    let plan = try EngineFixtures.plan(text)
    var other = plan
    other.id = "p2"
    let rules = EngineFixtures.rules([
      Self.missingLead, EngineFixtures.rule(id: "no-lead-again", check: "has(lead)"),
    ])
    let findings = try EngineFixtures.check(plan, rules: rules).findings
    let others = try EngineFixtures.check(other, rules: rules).findings
    #expect(findings.count == 6)
    let all = findings.map(\.fingerprint) + others.map(\.fingerprint)
    #expect(Set(all).count == 12, "every rule/plan/occurrence has its own fingerprint")
    #expect(Set(findings.map(\.entity.ref)) == ["2.1"])
  }

  @Test func fingerprintOfARepeatedRefDependsOnItsOccurrenceNotItsLine() throws {
    let one = try EngineFixtures.plan(
      #"{"id": "p", "actions": [{"ref": "2.1", "title": "A"}, {"ref": "2.1", "title": "B"}]}"#)
    let two = try EngineFixtures.plan(
      """
      {"id": "p", "actions": [
        {"ref": "1.0", "title": "New", "lead": "x"},
        {"ref": "2.1", "title": "A"},

        {"ref": "2.1", "title": "B"}
      ]}
      """)
    let rules = EngineFixtures.rules([Self.missingLead])
    let a = try EngineFixtures.check(one, rules: rules).findings.map(\.fingerprint)
    let b = try EngineFixtures.check(two, rules: rules).findings.map(\.fingerprint)
    #expect(a == b)
  }

  @Test func fingerprintOfAnActionWithNeitherRefNorTitle() throws {
    let rules = EngineFixtures.rules([Self.missingLead])
    let one = try EngineFixtures.plan(#"{"id": "p", "actions": [{"status": "Green"}]}"#)
    let two = try EngineFixtures.plan("{\n\n\"id\": \"p\", \"actions\": [{\"status\": \"Green\"}]}")
    let a = try EngineFixtures.check(one, rules: rules).findings.map(\.fingerprint)
    let b = try EngineFixtures.check(two, rules: rules).findings.map(\.fingerprint)
    try #require(a.count == 1 && b.count == 1)
    #expect(a == b)
  }

  @Test func fingerprintsOfRepeatedMilestones() throws {
    let plan = try EngineFixtures.plan(
      """
      {"id": "p", "actions": [{"ref": "1", "title": "t", "milestones": [
        {"text": "Report to board", "due": "2023-01-01"}, {"text": "Report to board", "due": "2023-06-01"}
      ]}]}
      """)
    let rule = EngineFixtures.rule(id: "m", scope: "milestone", check: "done", message: "m")
    let findings = try EngineFixtures.check(plan, rules: EngineFixtures.rules([rule])).findings
    try #require(findings.count == 2)
    #expect(
      findings[0].fingerprint != findings[1].fingerprint, "one baseline entry would hide both")
    let single = try EngineFixtures.plan(
      """
      {"id": "p", "actions": [{"ref": "1", "title": "t", "milestones": [
        {"text": "Report to board", "due": "2023-01-01"}]}]}
      """)
    let first = try EngineFixtures.check(single, rules: EngineFixtures.rules([rule])).findings
    #expect(
      first.map(\.fingerprint) == [findings[0].fingerprint], "the first keeps its fingerprint")
  }

  // MARK: Selection

  @Test func severityOverrideApplies() throws {
    var selection = RuleSelection()
    selection.severity["missing-lead"] = .info
    let plan = try EngineFixtures.plan(Self.threeActions.text)
    let outcome = try EngineFixtures.check(
      plan, rules: EngineFixtures.rules([Self.missingLead]), selection: selection)
    #expect(outcome.findings.map(\.severity) == [.info, .info])
  }

  @Test func disabledRuleDoesNotRun() throws {
    let rules = EngineFixtures.rules([
      Self.missingLead, EngineFixtures.rule(id: "has-title", check: "size(title) > 100"),
    ])
    let plan = try EngineFixtures.plan(Self.threeActions.text)
    let outcome = try EngineFixtures.check(
      plan, rules: rules, selection: RuleSelection(enable: [], disable: ["missing-lead"]))
    #expect(outcome.ruleRuns.map(\.ruleID) == ["has-title"])
    #expect(Set(outcome.findings.map(\.ruleID)) == ["has-title"])
  }

  @Test func onlyRunsExactlyTheNamedRules() throws {
    let rules = EngineFixtures.rules([
      Self.missingLead, EngineFixtures.rule(id: "a", check: "false"),
      EngineFixtures.rule(id: "b", check: "false"),
    ])
    var selection = RuleSelection(enable: ["a"], disable: [])
    selection.only = ["b", "missing-lead"]
    let plan = try EngineFixtures.plan(Self.threeActions.text)
    let outcome = try EngineFixtures.check(plan, rules: rules, selection: selection)
    #expect(outcome.ruleRuns.map(\.ruleID) == ["b", "missing-lead"])
    #expect(outcome.findings.filter { $0.ruleID == "b" }.count == 3)
  }

  @Test func configParamsReachTheRule() throws {
    let rule = """
      {"id": "short-title", "scope": "action", "params": {"max": 5},
       "check": "size(title) <= params.max", "message": "{label} over {params.max}"}
      """
    let rules = EngineFixtures.rules([rule])
    let plan = try EngineFixtures.plan(Self.threeActions.text)
    let defaults = try EngineFixtures.check(plan, rules: rules)
    #expect(defaults.findings.map(\.message) == ["1.1 over 5", "1.2 over 5", "1.3 over 5"])
    let config = ConfigLoader.load(
      bytes: Array(#"{"params": {"short-title": {"max": 11}}}"#.utf8), file: ".plancheck.json")
    #expect(config.diagnostics.isEmpty)
    let selection = RuleSelection(config: config.config, overrides: [], flags: RuleSelection())
    let tuned = try EngineFixtures.check(plan, rules: rules, selection: selection)
    #expect(tuned.findings.map(\.message) == ["1.1 over 11"])
  }

  // MARK: Versions

  static let leadChanged = EngineFixtures.rule(
    id: "lead-changed", check: "prev == null || prev.lead == lead",
    message: "{label}: lead was {prev.lead}, now {lead}")

  @Test func rulesThatReadPrevAreSkippedWithoutAComparison() throws {
    let plan = try EngineFixtures.plan(Self.threeActions.text)
    let outcome = try EngineFixtures.check(
      plan, rules: EngineFixtures.rules([Self.leadChanged, Self.missingLead]))
    #expect(outcome.skipped.map(\.id) == ["lead-changed"])
    #expect(outcome.skipped.first?.reason.contains("--compare-to") == true)
    #expect(outcome.ruleRuns.map(\.ruleID) == ["missing-lead"])
    #expect(outcome.findings.allSatisfy { $0.ruleID == "missing-lead" })
  }

  @Test func rulesThatReadPrevRunWithAComparison() throws {
    let previous = try EngineFixtures.plan(
      """
      {"id": "p1", "actions": [
        {"ref": "1.1", "title": "Recruit staff", "lead": "Director"},
        {"ref": "1.3", "title": "Train staff"}
      ]}
      """, file: "old.json")
    let plan = try EngineFixtures.plan(Self.threeActions.text)
    let outcome = try EngineFixtures.check(
      plan, rules: EngineFixtures.rules([Self.leadChanged]), previous: previous)
    #expect(outcome.skipped.isEmpty)
    #expect(outcome.ruleRuns == [RuleRun(ruleID: "lead-changed", evaluated: 3)])
    #expect(outcome.findings.map(\.message) == ["1.1: lead was Director, now Head of HR"])
  }

  @Test func removedActionFindingsNameTheRemovedAction() throws {
    let previous = try EngineFixtures.plan(
      """
      {"id": "p1", "actions": [
        {"ref": "1.0", "title": "Kept first"},
        {"ref": "1.1", "title": "Recruit staff"},
        {"ref": "1.9", "title": "Dropped quietly", "status": "Green"},
        {"ref": "1.2", "title": "Audit cases"},
        {"ref": "1.3", "title": "Train staff"}
      ]}
      """, file: "old.json")
    let current = try EngineFixtures.plan(
      """
      {"id": "p1", "actions": [
        {"ref": "1.0", "title": "Kept first"},
        {"ref": "1.1", "title": "Recruit staff"},
        {"ref": "1.2", "title": "Audit cases"},
        {"ref": "1.3", "title": "Train staff"}
      ]}
      """)
    let rule = EngineFixtures.rule(
      id: "removed", scope: "removed-action", check: "false", message: "{label} '{title}' removed")
    let outcome = try EngineFixtures.check(
      current, rules: EngineFixtures.rules([rule]), previous: previous)
    let finding = try #require(outcome.findings.first)
    #expect(outcome.findings.count == 1)
    #expect(finding.message == "1.9 'Dropped quietly' removed")
    #expect(finding.entity == EntityRef(kind: .removed(.action), ref: "1.9"))
    #expect(finding.span.file == "plan.json", "a removed action points at the current plan")
  }

  // MARK: Run-time errors

  @Test func runtimeErrorOnOneEntityDoesNotStopTheOthers() throws {
    let marked = MarkedText(
      """
      {"id": "p1", "actions": [
        {"ref": "1", "title": "a", "lead": "3"},
        1️⃣{"ref": "2", "title": "b", "lead": "Head of Service"},
        {"ref": "3", "title": "c", "lead": "-1"},
        {"ref": "4", "title": "d", "lead": "7"}
      ]}
      """)
    let plan = try EngineFixtures.plan(marked.text)
    let rule = EngineFixtures.rule(id: "numeric-lead", check: "int(lead) > 0")
    let outcome = try EngineFixtures.check(plan, rules: EngineFixtures.rules([rule]))
    let run = try #require(outcome.ruleRuns.first)
    #expect(run.evaluated == 4)
    #expect(run.errors.count == 1)
    #expect(run.errors.first?.hasPrefix("action 2: ") == true, "\(run.errors)")
    #expect(outcome.findings.map(\.entity.ref) == ["3"], "the other entities were evaluated")
    let diagnostic = try #require(outcome.diagnostics.first)
    #expect(outcome.diagnostics.count == 1)
    #expect(diagnostic.code == "rule-runtime")
    #expect(diagnostic.message.hasPrefix("rule 'numeric-lead' failed on action 2: "))
    marked.expect(diagnostic.span)
  }

  @Test func manyRuntimeErrorsAreCountedNotRepeated() throws {
    let actions = (1...6).map { #"{"ref": "\#($0)", "title": "t", "lead": "x\#($0)"}"# }
    let plan = try EngineFixtures.plan(
      #"{"id": "p", "actions": [\#(actions.joined(separator: ","))]}"#)
    let rules = EngineFixtures.rules([
      EngineFixtures.rule(id: "numeric-lead", check: "int(lead) > 0"),
      EngineFixtures.rule(id: "when-fails", when: "int(lead) > 0", check: "true"),
    ])
    let outcome = try EngineFixtures.check(plan, rules: rules)
    #expect(outcome.diagnostics.map(\.code) == ["rule-runtime", "rule-runtime"], "one per rule")
    let run = try #require(outcome.ruleRuns.first { $0.ruleID == "numeric-lead" })
    #expect(run.errors.count == 4)
    #expect(run.errors.last == "… and 3 more")
    let whenRun = try #require(outcome.ruleRuns.first { $0.ruleID == "when-fails" })
    #expect(whenRun.errors.first?.contains("in 'when'") == true, "\(whenRun.errors)")
    #expect(outcome.findings.isEmpty)
  }

  // MARK: Plan-wide guards

  @Test(arguments: [
    ("no action has a start: the guard is false everywhere", false, [String]()),
    ("one action has a start: the others are flagged", true, ["1.1", "1.3"]),
  ])
  func planWideGuard(_ description: String, someStart: Bool, flagged: [String]) throws {
    let start = someStart ? #", "start": "2023-01-01""# : ""
    let plan = try EngineFixtures.plan(
      """
      {"id": "p", "actions": [
        {"ref": "1.1", "title": "a"}, {"ref": "1.2", "title": "b"\(start)}, {"ref": "1.3", "title": "c"}
      ]}
      """)
    let rule = EngineFixtures.rule(
      id: "missing-start", when: "plan.actions.exists(a, has(a.start))", check: "has(start)")
    let outcome = try EngineFixtures.check(plan, rules: EngineFixtures.rules([rule]))
    #expect(outcome.findings.map(\.entity.ref) == flagged)
    #expect(outcome.ruleRuns.first?.evaluated == 3)
    #expect(outcome.ruleRuns.first?.errors == [])
  }

  @Test func asOfIsTheRunsDateNotThePlans() throws {
    let plan = try EngineFixtures.plan(
      #"{"id": "p", "asOf": "2020-01-01", "actions": [{"ref": "1", "title": "a", "end": "2023-06-30"}]}"#
    )
    let rule = EngineFixtures.rule(
      id: "overdue", check: "!(end < asOf)", message: "{label} due {end}")
    let rules = EngineFixtures.rules([rule])
    #expect(try EngineFixtures.check(plan, rules: rules, asOf: "2023-06-30").findings.isEmpty)
    #expect(try EngineFixtures.check(plan, rules: rules, asOf: "2023-07-01").findings.count == 1)
  }
}
