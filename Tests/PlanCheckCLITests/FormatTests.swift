import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `--format FMT[:PATH]`, `--output`, and the files they write.
struct FormatTests {
  @Test func oneRunWritesThreeFilesAndTextToStdout() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(
      [
        "check", "plans", "--color", "never", "--format", "text", "--format", "json:out.json",
        "--format", "junit:out.xml", "--format", "sarif:out.sarif",
      ], in: dir)
    #expect(run.status == 1)
    #expect(run.err.isEmpty)
    #expect(run.out.hasPrefix("plans/small.json\n"))
    #expect(run.out.hasSuffix("as of 2024-06-30\nfailed at --fail-on error: 2 errors\n"))
    #expect(dir.files() == ["out.json", "out.sarif", "out.xml", "plans/small.json"])

    let json = try #require(
      try JSONSerialization.jsonObject(with: Data((dir.read("out.json") ?? "").utf8))
        as? [String: Any])
    #expect(json["asOf"] as? String == "2024-06-30")
    #expect((json["findings"] as? [Any])?.count == 3)

    let sarif = try #require(
      try JSONSerialization.jsonObject(with: Data((dir.read("out.sarif") ?? "").utf8))
        as? [String: Any])
    #expect(sarif["version"] as? String == "2.1.0")
    let runs = try #require(sarif["runs"] as? [[String: Any]])
    let results = try #require(runs.first?["results"] as? [[String: Any]])
    #expect(results.count == 3)
    let uris = results.compactMap {
      (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        .flatMap { $0["artifactLocation"] as? [String: Any] }?["uri"] as? String
    }
    #expect(uris == Array(repeating: "plans/small.json", count: 3), "relative URIs")

    let xml = try XMLDocument(data: Data((dir.read("out.xml") ?? "").utf8))
    let root = try #require(xml.rootElement())
    #expect(root.name == "testsuites")
    #expect(root.attributes?.isEmpty ?? true, "the Ant schema allows no attributes on <testsuites>")
    let suites = root.elements(forName: "testsuite")
    #expect(suites.count == 1)
    let suite = try #require(suites.first)
    #expect(suite.attribute(forName: "name")?.stringValue == "plans/small.json")
    #expect(suite.attribute(forName: "package")?.stringValue == "small")
    let failures = suite.elements(forName: "testcase").filter {
      !$0.elements(forName: "failure").isEmpty
    }
    #expect(suite.attribute(forName: "failures")?.stringValue == "\(failures.count)")
    #expect(
      Set(failures.compactMap { $0.attribute(forName: "name")?.stringValue })
        == ["missing-lead", "overdue-but-green"])
    #expect(
      suite.attribute(forName: "tests")?.stringValue
        == "\(suite.elements(forName: "testcase").count)")
  }

  @Test func outputWithASingleFormat() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(["check", "plans", "--format", "json", "--output", "report.json"], in: dir)
    #expect(run.status == 1)
    #expect(run.out.isEmpty)
    #expect(
      run.err
        == "plancheck: 2 errors, 1 warning, 0 infos in 1 plan; reports written; "
        + "failed at --fail-on error: 2 errors\n")
    let written = try #require(dir.read("report.json"))
    #expect(try JSONSerialization.jsonObject(with: Data(written.utf8)) is [String: Any])
    // The same report as on stdout.
    let stdout = CLIRun(["check", "plans", "--format", "json"], in: dir)
    #expect(stdout.out == written)
  }

  @Test func outputRoutesTheOneUnroutedFormat() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(
      ["check", "plans", "-f", "sarif:s.sarif", "-f", "csv", "-o", "findings.csv"], in: dir)
    #expect(run.status == 1)
    #expect(run.out.isEmpty)
    #expect(dir.exists("s.sarif"))
    #expect(dir.read("findings.csv")?.contains("missing-lead") == true)
    #expect(!dir.files().contains { $0.hasSuffix(".tmp") }, "no temporary files left behind")
  }

  @Test func quietPrintsNothingButStillWritesFiles() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(["check", "plans", "--quiet", "--format", "json:out.json"], in: dir)
    #expect(run.status == 1)
    #expect(run.out.isEmpty)
    #expect(run.err.isEmpty)
    #expect(dir.exists("out.json"))
    let quietText = CLIRun(["check", "plans", "-q"], in: dir)
    #expect(quietText.status == 1)
    #expect(quietText.out.isEmpty && quietText.err.isEmpty)
  }

  @Test func jsonReportOfTheSmallPlan() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(["check", "plans", "--format", "json"], in: dir)
    #expect(run.status == 1)
    if let problem = Golden.check(
      Golden.maskingVersion(Golden.maskingRuleCount(run.out)), named: "check-small.json")
    {
      Issue.record("\(problem)")
    }
  }

  @Test func textReportOfTheSmallPlan() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(["check", "plans", "--color", "never"], in: dir)
    #expect(run.status == 1)
    if let problem = Golden.check(Golden.maskingRuleCount(run.out), named: "check-small.txt") {
      Issue.record("\(problem)")
    }
  }

  @Test func junitReportIsReproducibleWithSourceDateEpoch() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(
      ["check", "plans", "--format", "junit", "--only", "missing-lead", "--only", "overdue"],
      in: dir.path, environment: ["SOURCE_DATE_EPOCH": "1719748800"])
    #expect(run.status == 1)
    #expect(run.out.contains(#"timestamp="2024-06-30T12:00:00""#), "from the injected environment")
    if let problem = Golden.check(
      Golden.maskingVersion(FormatTests.normalisedJUnit(run.out)), named: "check-small-junit.xml")
    {
      Issue.record("\(problem)")
    }
  }

  @Test func githubAnnotationsOnStdout() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(["check", "plans", "--format", "github"], in: dir)
    #expect(run.status == 1)
    let lines = run.out.split(separator: "\n")
    #expect(lines.first?.hasPrefix("::error file=plans/small.json,line=") == true, "errors first")
  }

  /// Host name and timings vary by machine and run.
  static func normalisedJUnit(_ xml: String) -> String {
    var text = xml
    for attribute in ["hostname", "time"] {
      text = text.replacingOccurrences(
        of: " \(attribute)=\"[^\"]*\"", with: " \(attribute)=\"*\"", options: .regularExpression)
    }
    return text
  }
}
