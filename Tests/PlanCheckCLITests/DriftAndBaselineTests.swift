import Foundation
import TestSupport
import Testing

/// Behaviour first recorded as known issues (drift, stale baseline entries), now plain tests.
struct DriftAndBaselineTests {
  /// `--compare-to PLAN` runs the drift rules against that version.
  @Test func compareToRunsDriftRules() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write(Fixture.smallPlan, to: "previous.json")
    let slipped = Fixture.smallPlan.replacingOccurrences(
      of: "\"2024-03-31\"", with: "\"2024-09-30\"")
    try dir.write(slipped, to: "plans/small.json")
    let run = CLIRun(
      [
        "check", "plans", "--compare-to", "previous.json", "--only", "end-date-slipped", "--only",
        "slipped-while-green", "--color", "never",
      ],
      in: dir)
    // A green action's slip is slipped-while-green; any other status's is end-date-slipped.
    #expect(run.out.contains("slipped"), "\(run.out)")
    #expect(run.out.contains("from 2024-03-31 to 2024-09-30"), "\(run.out)")
    #expect(!run.out.contains("skipped end-date-slipped"))
  }

  /// No such path is exit 2, for `--compare-to` as for plan paths.
  @Test func compareToAMissingFileIsAUsageError() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(["check", "plans", "--compare-to", "nope.json", "--fail-on", "none"], in: dir)
    #expect(run.status == 2)
    #expect(run.err.contains("nope.json: error: no such plan to compare with"))
  }

  /// `--baseline` reports the entries that no longer occur; the text report (the
  /// default, what people read in CI logs) does not show them, only JSON and SARIF do.
  @Test func textReportShowsStaleBaselineEntries() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    #expect(CLIRun(["check", "plans", "--write-baseline", "b.json", "-q"], in: dir).status == 0)
    let fixed = Fixture.smallPlan.replacingOccurrences(
      of: #""lead": """#, with: #""lead": "Head of Quality Assurance""#)
    try dir.write(fixed, to: "plans/small.json")
    let run = CLIRun(["check", "plans", "--baseline", "b.json", "--color", "never"], in: dir)
    #expect(run.status == 0)
    #expect(run.out.contains("missing-lead action 1.2"), "\(run.out)")
    #expect(run.out.contains("baseline: 1 accepted finding no longer occur"))
  }
}
