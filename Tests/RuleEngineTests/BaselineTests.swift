import PlanModel
import Testing

@testable import RuleEngine

struct BaselineTests {
  static func finding(
    _ rule: String, _ ref: String, plan: String = "p1", fingerprint: String? = nil
  ) -> Finding {
    let entity = EntityRef(kind: .entity(.action), ref: ref)
    return Finding(
      ruleID: rule, severity: .error, message: "\(rule) on \(ref)",
      span: SourceSpan(file: "plan.json", line: 3, column: 5), entity: entity, planID: plan,
      fingerprint: fingerprint ?? Fingerprint.make(rule: rule, plan: plan, entity: entity))
  }

  @Test func writeReadApply() throws {
    let today = [
      Self.finding("missing-lead", "1.2"), Self.finding("overdue", "1.1"),
      Self.finding("missing-lead", "1.2"),  // same fingerprint twice: recorded once
      Self.finding("overdue", "2.1", plan: "p0"),
    ]
    let baseline = Baseline(findings: today)
    #expect(baseline.entries.count == 3)
    #expect(
      baseline.entries.map { "\($0.plan) \($0.rule) \($0.entity)" } == [
        "p0 overdue action 2.1", "p1 missing-lead action 1.2", "p1 overdue action 1.1",
      ], "sorted by plan, rule, entity")
    let text = baseline.encoded()
    #expect(text.hasSuffix("}\n"))
    #expect(!text.contains("plan.json") && !text.contains(":3:"), "no file positions")
    let decoded = try Baseline.decode(Array(text.utf8), file: "baseline.json")
    #expect(decoded == baseline)
    #expect(decoded.encoded() == text, "encoding is deterministic")

    var tomorrow = [
      Self.finding("missing-lead", "1.2"), Self.finding("missing-lead", "1.3"),
      Self.finding("overdue", "2.1", plan: "p0"),
    ]
    tomorrow[2].suppression = .waiver(reason: "agreed", span: SourceSpan(file: "plan.json"))
    let stale = decoded.apply(to: &tomorrow)
    #expect(tomorrow[0].suppression == .baseline)
    #expect(tomorrow[1].suppression == nil, "a new finding is not in the baseline")
    #expect(
      tomorrow[2].suppression == .waiver(reason: "agreed", span: SourceSpan(file: "plan.json")),
      "a waiver stays the reason")
    let fixed = Fingerprint.make(
      rule: "overdue", plan: "p1", entity: EntityRef(kind: .entity(.action), ref: "1.1"))
    #expect(stale == ["p1 overdue action 1.1 (\(fixed))"])
  }

  @Test func baselineOfEngineFindingsSurvivesALineShift() throws {
    let rules = EngineFixtures.rules([EngineFixtures.rule(id: "missing-lead", check: "has(lead)")])
    let before = try EngineFixtures.plan(
      #"{"id": "p1", "actions": [{"ref": "1.1", "title": "a"}]}"#)
    let after = try EngineFixtures.plan(
      """
      {"id": "p1",

       "actions": [{"ref": "1.0", "title": "new", "lead": "x"},
                   {"ref": "1.1", "title": "a"}, {"ref": "1.2", "title": "b"}]}
      """)
    let baseline = Baseline(findings: try EngineFixtures.check(before, rules: rules).findings)
    var findings = try EngineFixtures.check(after, rules: rules).findings
    let stale = baseline.apply(to: &findings)
    #expect(stale.isEmpty)
    #expect(findings.map(\.isSuppressed) == [true, false])
  }

  @Test(arguments: [
    ("not JSON", "{ nope"),
    ("empty file", ""),
    ("an array", "[]"),
    ("missing entries", #"{"version": 1}"#),
    ("entry without a fingerprint", #"{"version": 1, "entries": [{"rule": "x"}]}"#),
  ])
  func corruptBaselineIsADiagnostic(_ description: String, text: String) {
    #expect {
      _ = try Baseline.decode(Array(text.utf8), file: "base.json")
    } throws: { error in
      guard let diagnostic = error as? Diagnostic else { return false }
      return diagnostic.code == "baseline-invalid" && diagnostic.span.file == "base.json"
        && diagnostic.message.hasPrefix("not a plancheck baseline")
        && diagnostic.message.hasSuffix("write one with --write-baseline")
    }
  }

  @Test(arguments: [0, 2, 99])
  func otherVersionIsRejected(version: Int) throws {
    let text = #"{"version": \#(version), "entries": []}"#
    do {
      _ = try Baseline.decode(Array(text.utf8), file: "base.json")
      Issue.record("version \(version) was accepted")
    } catch {
      #expect(error.code == "baseline-version")
      #expect(error.message == "unsupported baseline version \(version)")
      #expect(error.span == SourceSpan(file: "base.json", line: 1, column: 1))
    }
  }

  @Test func emptyBaselineRoundTrips() throws {
    let empty = Baseline(findings: [])
    let decoded = try Baseline.decode(Array(empty.encoded().utf8), file: "b.json")
    #expect(decoded.entries.isEmpty && decoded.version == 1)
    var none: [Finding] = []
    #expect(decoded.apply(to: &none).isEmpty)
  }
}
