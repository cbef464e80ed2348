import Foundation
import TestSupport
import Testing

/// The example plans' findings, compared with `Examples/<plan>/expected-findings.txt`: the same
/// files `Scripts/dogfood` compares the built binary's output with (stdout, then stderr).
struct ExamplesGoldenTests {
  static let plans = [
    "lancashire-2018", "luton-2023", "lscb-2015", "luton-services-2024", "send-strategy-2022",
    "lscb-2015-word",
  ]

  @Test(arguments: plans)
  func findingsMatchTheExpectedFile(plan: String) throws {
    let run = CLIRun(
      ["check", "Examples/\(plan)", "--format", "text", "--color", "never", "--fail-on", "none"],
      in: Fixture.repositoryRoot)
    #expect(run.status == 0)
    #expect(run.err.isEmpty, "stderr: \(run.err)")
    let expected = URL(fileURLWithPath: Fixture.repositoryRoot)
      .appendingPathComponent("Examples/\(plan)/expected-findings.txt")
    if let problem = ExamplesGoldenTests.compare(run.combined, with: expected) {
      Issue.record("\(problem)")
    }
  }

  /// Findings in a Word plan name the table, row, cell and paragraph, in full in JSON.
  @Test func wordFindingsNameTheirCell() throws {
    let run = CLIRun(
      ["check", "Examples/lscb-2015-word", "--format", "json", "--fail-on", "none"],
      in: Fixture.repositoryRoot)
    #expect(run.status == 0)
    #expect(
      run.out.contains(#""cell": "table 1, row 3, cell 3, paragraph 20""#), "\(run.out.prefix(600))"
    )
  }

  /// The drift example: October's version checked against September's.
  @Test func monthlyVersionsDriftMatchesTheExpectedFile() throws {
    let run = CLIRun(
      [
        "check", "Examples/monthly-versions/2023-10/plan.json", "--compare-to",
        "Examples/monthly-versions/2023-09/plan.json", "--format", "text", "--color", "never",
        "--fail-on", "none",
      ],
      in: Fixture.repositoryRoot)
    #expect(run.status == 0)
    #expect(run.out.contains("slipped-while-green"))
    let expected = URL(fileURLWithPath: Fixture.repositoryRoot)
      .appendingPathComponent("Examples/monthly-versions/expected-findings.txt")
    if let problem = ExamplesGoldenTests.compare(run.combined, with: expected) {
      Issue.record("\(problem)")
    }
  }

  @Test(arguments: plans)
  func reportsTheirOwnAsOfDate(plan: String) {
    let run = CLIRun(
      ["check", "Examples/\(plan)", "--color", "never", "--fail-on", "none"],
      in: Fixture.repositoryRoot)
    let asOf = [
      "lancashire-2018": "2019-03-31", "luton-2023": "2023-03-07", "lscb-2015": "2015-08-31",
      "luton-services-2024": "2024-01-31", "send-strategy-2022": "2022-09-30",
      "lscb-2015-word": "2015-08-31",
    ]
    #expect(run.out.hasSuffix("as of \(asOf[plan] ?? "?")\npassed (--fail-on none)\n"))
  }

  /// Golden comparison against a file outside `Golden/`; `RECORD_GOLDEN=1` re-records it, as
  /// `RECORD_GOLDEN=1 Scripts/dogfood` does. The rule count is masked, as dogfood masks it.
  static func compare(_ output: String, with url: URL) -> String? {
    let actual = Golden.maskingRuleCount(output)
    if let refused = Golden.recordingRefused() { return refused }
    if Golden.isRecording() {
      try? Data(actual.utf8).write(to: url, options: .atomic)
      return nil
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return "missing \(url.path); run RECORD_GOLDEN=1 swift test (or Scripts/dogfood) to record it"
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return nil }
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(e.count, a.count)
    where index >= e.count || index >= a.count || e[index] != a[index] {
      let el = index < e.count ? String(e[index]) : "<end>"
      let al = index < a.count ? String(a[index]) : "<end>"
      return
        "\(url.lastPathComponent) differs at line \(index + 1):\n  expected: \(el)\n  actual:   \(al)"
    }
    return "\(url.lastPathComponent) differs"
  }
}
