import PlanModel
import Testing

@testable import RuleEngine

/// Rules evaluated on several threads give exactly what one thread gives: the same findings in
/// the same order, the same rule runs and diagnostics, the same waivers used.
struct ParallelEngineTests {
  /// A plan with defects for many shipped rules, and waivers (one with a reason, one without,
  /// one expired) that some findings use and the waiver rules then read.
  static func planJSON(actions: Int) -> String {
    var rows: [String] = []
    for index in 0..<actions {
      let ref = index % 37 == 0 ? "1.\(index / 2)" : "1.\(index)"
      let lead = index % 11 == 0 ? "" : "Head of Service \(index % 5)"
      let status = ["Green", "Amber", "Red", "Complete", "Not started"][index % 5]
      let end = index % 13 == 0 ? "TBC" : "\(index % 28 + 1)/\(index % 12 + 1)/2024"
      var waivers = ""
      if index % 50 == 0 {
        waivers =
          #", "waivers": [{"rule": "missing-lead", "reason": "interim lead"}, "#
          + #"{"rule": "duplicate-ref", "reason": "", "until": "2020-01-01"}]"#
      }
      rows.append(
        #"{"ref": "\#(ref)", "title": "Review item \#(index) of the workforce plan", "#
          + #""lead": "\#(lead)", "start": "01/0\#(index % 9 + 1)/2023", "end": "\#(end)", "#
          + #""status": "\#(status)", "milestones": "3 months: draft \#(index) 6 months: "#
          + #"sign-off \#(index % 3)"\#(waivers)}"#)
    }
    return #"{"id": "parallel", "title": "Parallel", "asOf": "2024-06-30", "actions": ["#
      + rows.joined(separator: ",\n") + "]}"
  }

  @Test func severalThreadsGiveWhatOneGives() throws {
    let plan = try EngineFixtures.plan(ParallelEngineTests.planJSON(actions: 1_500))
    let (definitions, problems) = BuiltinRules.load()
    #expect(problems.isEmpty)
    let (rules, compileProblems) = RuleSet.compile(definitions)
    #expect(compileProblems.isEmpty)
    let asOf = try #require(Day(iso: "2024-06-30"))
    var engine = Engine(rules: rules)
    engine.workers = 1
    let one = engine.check(plan, previous: nil, selection: RuleSelection(), asOf: asOf)
    #expect(one.findings.count > 1_000)
    #expect(one.findings.contains { $0.isSuppressed })
    for workers in [2, 3, 8] {
      engine.workers = workers
      let many = engine.check(plan, previous: nil, selection: RuleSelection(), asOf: asOf)
      #expect(many.findings == one.findings, "\(workers) workers")
      #expect(many.ruleRuns.map(\.ruleID) == one.ruleRuns.map(\.ruleID))
      #expect(many.ruleRuns.map(\.errors) == one.ruleRuns.map(\.errors))
      #expect(many.diagnostics == one.diagnostics)
      #expect(many.skipped.map(\.id) == one.skipped.map(\.id))
    }
  }
}
