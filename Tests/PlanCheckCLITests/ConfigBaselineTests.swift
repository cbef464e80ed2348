import Foundation
import TestSupport
import Testing

/// `.plancheck.json` discovery and `--config`; `--write-baseline` and `--baseline`.
struct ConfigBaselineTests {
  static let config = """
    {
      "disable": ["overdue"],
      "severity": { "overdue-but-green": "warning" }
    }

    """

  /// Rule id and severity of every finding in a JSON report.
  static func findings(_ json: String) throws -> [String] {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    return findings.map {
      "\($0["rule"] as? String ?? "?") \($0["severity"] as? String ?? "?")"
        + (($0["waived"] as? Bool) == true ? " waived" : "")
    }
  }

  @Test func configIsFoundByWalkingUp() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let before = CLIRun(["check", "plans", "--format", "json"], in: dir)
    #expect(
      try ConfigBaselineTests.findings(before.out) == [
        "overdue-but-green error", "missing-lead error", "overdue warning",
      ])

    try dir.write(ConfigBaselineTests.config, to: ".plancheck.json")
    try FileManager.default.createDirectory(
      at: dir.url.appendingPathComponent("deep/er"), withIntermediateDirectories: true)
    let run = CLIRun(["check", "../../plans", "--format", "json"], in: dir.path + "/deep/er")
    #expect(run.status == 1, "missing-lead is still an error")
    #expect(
      try ConfigBaselineTests.findings(run.out) == [
        "overdue-but-green warning", "missing-lead error",
      ])
    #expect(run.out.contains("\"file\": \"../../plans/small.json\""))
  }

  @Test func explicitConfigWinsOverTheDiscoveredOne() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write(#"{"disable": ["missing-lead"]}"#, to: ".plancheck.json")
    try dir.write(ConfigBaselineTests.config, to: "ci/plancheck.json")
    let run = CLIRun(
      ["check", "plans", "--config", "ci/plancheck.json", "--format", "json"], in: dir)
    #expect(
      try ConfigBaselineTests.findings(run.out) == [
        "overdue-but-green warning", "missing-lead error",
      ])
    let discovered = CLIRun(["check", "plans", "--format", "json"], in: dir)
    #expect(discovered.status == 1)
    #expect(
      try ConfigBaselineTests.findings(discovered.out) == [
        "overdue-but-green error", "overdue warning",
      ])
  }

  @Test func flagsBeatConfig() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write(ConfigBaselineTests.config, to: ".plancheck.json")
    let run = CLIRun(["check", "plans", "--enable", "overdue", "--format", "json"], in: dir)
    #expect(
      try ConfigBaselineTests.findings(run.out) == [
        "overdue-but-green warning", "missing-lead error", "overdue warning",
      ])
  }

  @Test func configAsOfAndConfigRules() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write(CommandTests.leadRule(passLead: "Head of Service"), to: "rules/lead-named.json")
    try dir.write(
      #"{"asOf": "2024-02-15", "rules": ["rules"], "disable": ["missing-lead"]}"#,
      to: ".plancheck.json")
    let run = CLIRun(["check", "plans", "--color", "never"], in: dir)
    #expect(run.status == 0)
    #expect(run.out.hasSuffix("as of 2024-02-15\npassed (--fail-on error)\n"))
    #expect(run.out.contains("lead-named"), "rule files named in config are relative to it")
    #expect(!run.out.contains("overdue"), "nothing was due by 2024-02-15")
  }

  @Test func baselineAcceptsTodaysFindings() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let write = CLIRun(["check", "plans", "--write-baseline", "b.json", "--quiet"], in: dir)
    #expect(write.status == 0, "writing a baseline accepts today's findings")
    #expect(write.err.contains("wrote baseline 'b.json': 3 findings accepted"), "\(write.err)")
    let baseline = try #require(dir.read("b.json"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(baseline.utf8)) as? [String: Any])
    #expect((object["entries"] as? [Any])?.count == 3)

    let run = CLIRun(["check", "plans", "--baseline", "b.json", "--format", "json"], in: dir)
    #expect(run.status == 0, "every finding is in the baseline")
    #expect(
      try ConfigBaselineTests.findings(run.out) == [
        "overdue-but-green error waived", "missing-lead error waived", "overdue warning waived",
      ])
    let text = CLIRun(["check", "plans", "--baseline", "b.json", "--color", "never"], in: dir)
    #expect(text.status == 0)
    #expect(
      text.out.contains("0 errors, 0 warnings, 0 infos, 0 waived, 3 accepted in baseline"),
      "accepted in the baseline is not counted as waived: \(text.out)")
  }

  @Test func newFindingsFailDespiteTheBaseline() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    #expect(
      CLIRun(["check", "plans", "--only", "overdue", "--write-baseline", "b.json", "-q"], in: dir)
        .status == 0)
    let run = CLIRun(["check", "plans", "--baseline", "b.json", "--format", "json"], in: dir)
    #expect(run.status == 1)
    #expect(
      try ConfigBaselineTests.findings(run.out) == [
        "overdue-but-green error", "missing-lead error", "overdue warning waived",
      ])
  }

  @Test func staleBaselineEntriesAreReported() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    #expect(CLIRun(["check", "plans", "--write-baseline", "b.json", "-q"], in: dir).status == 0)
    // Give action 1.2 a lead: its missing-lead entry no longer occurs.
    let fixed = Fixture.smallPlan.replacingOccurrences(
      of: #""lead": """#, with: #""lead": "Head of Quality Assurance""#)
    try dir.write(fixed, to: "plans/small.json")
    let run = CLIRun(["check", "plans", "--baseline", "b.json", "--format", "json"], in: dir)
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let stale = try #require(object["staleBaselineEntries"] as? [String])
    #expect(stale.count == 1)
    #expect(stale.first?.hasPrefix("small missing-lead action 1.2") == true)
    let sarif = CLIRun(["check", "plans", "--baseline", "b.json", "--format", "sarif"], in: dir)
    #expect(sarif.out.contains("small missing-lead action 1.2"))
  }

  @Test func badBaselineFiles() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let missing = CLIRun(["check", "plans", "--baseline", "nope.json"], in: dir)
    #expect(missing.status == 2)
    #expect(missing.err == "nope.json: error: cannot read baseline file\n")
    #expect(missing.out.isEmpty)
    try dir.write("[1, 2", to: "bad.json")
    let bad = CLIRun(["check", "plans", "--baseline", "bad.json"], in: dir)
    #expect(bad.status == 2)
    #expect(bad.err.hasPrefix("bad.json:1:"))
  }
}
