import Foundation
import TestSupport
import Testing

/// The flows pipelines and QA officers run every week (issue 16): reports left in a checked
/// folder, baselines, verdicts.
struct EverydayUseTests {
  /// Every report plancheck writes, left in the checked folder, is skipped on the next run,
  /// whatever its name: the next run sees the same plan and nothing else.
  @Test func reportsInTheCheckedFolderAreNotPlans() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let before = CLIRun(["check", "plans", "--format", "json"], in: dir)
    let names = [
      "json:plans/results.json", "sarif:plans/results.sarif.json", "csv:plans/findings.csv",
      "junit:plans/junit.json", "markdown:plans/report.csv", "html:plans/report.json",
      "gitlab:plans/gl-code-quality-report.json",
    ]
    let write = CLIRun(
      ["check", "plans", "-q", "--write-baseline", "plans/baseline.json"]
        + names.flatMap { ["--format", $0] }, in: dir)
    #expect(write.status == 0, "\(write.err)")
    let after = CLIRun(["check", "plans", "--format", "json"], in: dir)
    #expect(
      try ConfigBaselineTests.findings(after.out) == ConfigBaselineTests.findings(before.out),
      "\(after.out.prefix(600))")
    #expect(after.out.contains("skipped 8 report(s) plancheck wrote"), "\(after.out.suffix(900))")
    // Named on the command line too.
    let named = CLIRun(["check", "plans/small.json", "plans/results.json"], in: dir)
    #expect(!named.out.contains("invalid-plan"), "\(named.out)")
  }

  /// `--write-baseline` is the step that accepts today's findings: it succeeds and says so.
  @Test func writingABaselineSucceedsAndCounts() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(["check", "plans", "--write-baseline", "b.json", "--color", "never"], in: dir)
    #expect(run.status == 0)
    #expect(run.err.contains("wrote baseline 'b.json': 3 findings accepted"), "\(run.err)")
    let json = CLIRun(["check", "plans", "--baseline", "b.json", "--format", "json"], in: dir)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let summary = try #require(object["summary"] as? [String: Any])
    #expect(summary["baselined"] as? Int == 3)
    #expect(summary["waived"] as? Int == 0, "accepted in the baseline is not waived")
  }
}

extension EverydayUseTests {
  /// A row with neither ref nor text says so, rather than quoting an empty `""`; long cells
  /// quoted in messages are cut with "…".
  @Test func messagesQuoteLittleAndNothingEmpty() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let long = String(repeating: "Review the multi-agency front door arrangements ", count: 6)
    try dir.write(
      """
      {"id": "p", "asOf": "2024-01-01", "actions": [
        {"ref": "1", "title": "Publish the framework"}, {"ref": "", "title": ""},
        {"ref": "", "title": "\(long)"}]}
      """, to: "p.json")
    let run = CLIRun(["check", "p.json", "--only", "missing-ref", "--color", "never"], in: dir)
    #expect(run.out.contains("has no reference number (and no action text)."), "\(run.out)")
    #expect(!run.out.contains("\"\""))
    let line = try #require(run.out.split(separator: "\n").first { $0.contains("line 3") })
    #expect(line.hasSuffix("Review the multi-agency front…'."), "\(line)")
    #expect(line.count < 200, "\(line)")
  }
}

extension EverydayUseTests {
  /// The text report ends with whether the run passed its gate, and on what.
  @Test func theTextReportSaysWhetherTheGatePassed() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let failed = CLIRun(["check", "plans", "--color", "never"], in: dir)
    #expect(failed.status == 1)
    #expect(failed.out.hasSuffix("\nfailed at --fail-on error: 2 errors\n"), "\(failed.out)")
    let warning = CLIRun(["check", "plans", "--color", "never", "--fail-on", "warning"], in: dir)
    #expect(warning.out.hasSuffix("\nfailed at --fail-on warning: 2 errors, 1 warning\n"))
    let none = CLIRun(["check", "plans", "--color", "never", "--fail-on", "none"], in: dir)
    #expect(none.status == 0)
    #expect(none.out.hasSuffix("\npassed (--fail-on none)\n"))
    let files = CLIRun(["check", "plans", "-f", "json:r.json"], in: dir)
    #expect(files.err.hasSuffix("reports written; failed at --fail-on error: 2 errors\n"))
  }

  /// `--min-severity error` shows the errors alone, and says how many others it left out.
  @Test func minSeverityShowsOnlyWhatMatters() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(["check", "plans", "--color", "never", "--min-severity", "error"], in: dir)
    #expect(run.status == 1)
    #expect(!run.out.contains("  warning  "), "\(run.out)")
    #expect(run.out.contains("missing-lead"))
    #expect(run.out.contains("0 waived, 10 skipped rules, 1 below --min-severity error not shown"))
    let json = CLIRun(["check", "plans", "-f", "json", "--min-severity", "error"], in: dir)
    #expect(try ConfigBaselineTests.findings(json.out).allSatisfy { $0.hasSuffix(" error") })
    let bad = CLIRun(["check", "plans", "--min-severity", "none"], in: dir)
    #expect(bad.status == 2)
    #expect(bad.err.contains("--min-severity must be error, warning or info"))
  }
}

extension EverydayUseTests {
  /// Config waivers are judged as plan waivers are: an expired one is `waiver-expired`, one
  /// without a reason `waiver-without-reason`, one for an unknown plan `waiver-unused` with a
  /// suggestion; all counted and subject to `--fail-on`. An unknown rule id stops the run.
  @Test func configWaiversRaiseThePlanWaiversFindings() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write(
      """
      {"waivers": [
        {"plan": "small", "ref": "1.2", "rule": "missing-lead", "reason": "post being recruited",
         "until": "2024-05-31"},
        {"plan": "small", "ref": "1.1", "rule": "overdue-but-green"},
        {"plan": "smal", "ref": "1.1", "rule": "overdue", "reason": "agreed extension"}
      ]}
      """, to: ".plancheck.json")
    let run = CLIRun(["check", "plans", "-f", "json", "--fail-on", "warning"], in: dir)
    #expect(run.status == 1)
    let found = try ConfigBaselineTests.findings(run.out)
    #expect(found.contains("waiver-expired warning"), "\(found)")
    #expect(found.contains("missing-lead error"), "expired: suppresses nothing")
    #expect(found.contains("waiver-without-reason warning"), "\(found)")
    #expect(found.contains("overdue-but-green error waived"), "\(found)")
    #expect(found.contains("waiver-unused warning"), "\(found)")
    #expect(run.out.contains("names plan 'smal', which no plan checked in this run has"))
    #expect(run.out.contains("did you mean 'small'?"))
    let text = CLIRun(["check", "plans", "--color", "never", "--fail-on", "warning"], in: dir)
    #expect(text.out.contains("1 error, 4 warnings"), "\(text.out)")

    try dir.write(
      #"{"waivers": [{"plan": "small", "ref": "1.2", "rule": "missing-leed", "reason": "r"}]}"#,
      to: ".plancheck.json")
    let typo = CLIRun(["check", "plans"], in: dir)
    #expect(typo.status == 2)
    #expect(typo.err.contains("unknown rule 'missing-leed'; did you mean 'missing-lead'?"))
  }
}

extension EverydayUseTests {
  /// A mistyped parameter name or a value of the wrong kind stops the run at config load
  /// (exit 2), pointing at the config; a good value takes effect.
  @Test func configParamsAreCheckedAtLoad() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write(#"{"params": {"lead-overloaded": {"maxOpn": 8}}}"#, to: ".plancheck.json")
    let typo = CLIRun(["check", "plans"], in: dir)
    #expect(typo.status == 2)
    #expect(
      typo.err.contains(
        "rule 'lead-overloaded' has no parameter 'maxOpn'; did you mean 'maxOpen'?"),
      "\(typo.err)")
    #expect(typo.err.hasPrefix(".plancheck.json:1:"))
    try dir.write(#"{"params": {"lead-overloaded": {"maxOpen": "8"}}}"#, to: ".plancheck.json")
    let kind = CLIRun(["check", "plans"], in: dir)
    #expect(kind.status == 2)
    #expect(kind.err.contains("'params.lead-overloaded.maxOpen' must be an int, not a string"))
    try dir.write(#"{"params": {"lead-overloaded": {"maxOpen": 0}}}"#, to: ".plancheck.json")
    let zero = CLIRun(["check", "plans", "--only", "lead-overloaded", "-f", "json"], in: dir)
    #expect(try ConfigBaselineTests.findings(zero.out) == ["lead-overloaded warning"])
  }

  /// `init` writes every shipped rule's parameters at their defaults: running it changes no
  /// result.
  @Test func initWritesTheRealDefaults() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let examples = URL(fileURLWithPath: Fixture.repositoryRoot).appendingPathComponent("Examples")
    try FileManager.default.copyItem(at: examples, to: dir.url.appendingPathComponent("Examples"))
    let before = CLIRun(["check", "Examples", "-f", "json"], in: dir)
    #expect(CLIRun(["init"], in: dir).status == 0)
    let starter = try #require(dir.read(".plancheck.json"))
    #expect(starter.contains(#""lead-overloaded": { "maxOpen": 6 }"#))
    let after = CLIRun(["check", "Examples", "-f", "json"], in: dir)
    #expect(after.status == before.status)
    #expect(try ConfigBaselineTests.findings(after.out) == ConfigBaselineTests.findings(before.out))
  }
}

extension EverydayUseTests {
  /// The Markdown board paper has the HTML report's sections, errors before warnings.
  @Test func markdownReportHasTheBoardSections() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let output = dir.url.appendingPathComponent("r.md").path
    _ = CLIRun(["report", "Examples/lancashire-2018", "-o", output], in: Fixture.repositoryRoot)
    let markdown = try #require(dir.read("r.md"))
    for heading in [
      "## Overdue actions", "### Recommendation coverage", "### Open actions per lead",
    ] {
      #expect(markdown.contains("\n\(heading)"), "\(heading)")
    }
    let error = try #require(markdown.range(of: ", error)\n"))
    let warning = try #require(markdown.range(of: ", warning)\n"))
    #expect(error.lowerBound < warning.lowerBound)
  }
}

extension EverydayUseTests {
  /// `check -o results.sarif` writes SARIF: without --format the extension picks the format.
  @Test func checkOutputExtensionPicksTheFormat() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    _ = CLIRun(["check", "plans", "-o", "r.sarif"], in: dir)
    #expect(dir.read("r.sarif")?.contains("\"version\": \"2.1.0\"") == true)
    _ = CLIRun(["check", "plans", "-o", "r.xml"], in: dir)
    #expect(dir.read("r.xml")?.hasPrefix("<?xml") == true)
    _ = CLIRun(["check", "plans", "-o", "r.log"], in: dir)
    #expect(dir.read("r.log")?.hasPrefix("plans/small.json") == true, "text when unknown")
    _ = CLIRun(["check", "plans", "-o", "r.json", "-f", "gitlab"], in: dir)
    #expect(dir.read("r.json")?.hasPrefix("[") == true, "--format wins")
  }

  /// A config waiver for a plan not named on the command line is not suspect: that plan was
  /// simply not checked this time.
  @Test func waiversForPlansNotCheckedAreQuietForNamedFiles() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write(
      #"{"waivers": [{"plan": "other", "ref": "1", "rule": "overdue", "reason": "r"}]}"#,
      to: ".plancheck.json")
    let named = CLIRun(["check", "plans/small.json", "-f", "json"], in: dir)
    #expect(try !ConfigBaselineTests.findings(named.out).contains("waiver-unused warning"))
    let folder = CLIRun(["check", "plans", "-f", "json"], in: dir)
    #expect(try ConfigBaselineTests.findings(folder.out).contains("waiver-unused warning"))
  }
}

extension EverydayUseTests {
  /// A rule example's `params` are checked against the declarations, as config's are.
  @Test func exampleParamsAreChecked() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    try dir.write(
      """
      {"id": "busy", "scope": "plan", "check": "size(actions) <= params.maxOpen",
       "message": "too many", "params": {"maxOpen": {"type": "int", "default": 6}},
       "examples": {"pass": [{"params": {"maxOpn": 1}, "actions": []}], "fail": []}}
      """, to: "busy.json")
    let run = CLIRun(["test", "busy.json"], in: dir)
    #expect(run.status == 1)
    #expect(
      run.combined.contains("the rule has no parameter 'maxOpn'; did you mean 'maxOpen'?"),
      "\(run.combined)")
  }
}

extension EverydayUseTests {
  /// `plancheck rules show` documents each parameter's type and default.
  @Test func rulesShowTheDeclaredParameters() throws {
    let text = CLIRun(["rules", "show", "watermelon-plan"], in: Fixture.repositoryRoot)
    #expect(text.out.contains("params:    minOpen (int) = 5, threshold (number) = 0.3"))
    let json = CLIRun(
      ["rules", "show", "lead-overloaded", "--format", "json"], in: Fixture.repositoryRoot)
    let rules = try #require(
      try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
    let params = try #require(rules.first?["params"] as? [String: [String: Any]])
    #expect(params["maxOpen"]?["type"] as? String == "int")
    #expect(params["maxOpen"]?["default"] as? Int == 6)
  }
}
