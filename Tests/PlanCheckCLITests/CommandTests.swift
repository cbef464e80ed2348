import Foundation
import TestSupport
import Testing

@testable import PlanCheckCLI

/// Every command other than `check`: help, version, rules, test, eval, convert, init, report.
struct CommandTests {
  // MARK: help and version

  @Test func topLevelHelp() {
    let run = CLIRun(["--help"], in: "/")
    #expect(run.status == 0)
    #expect(run.err.isEmpty)
    if let problem = Golden.check(Golden.maskingVersion(run.out), named: "help.txt") {
      Issue.record("\(problem)")
    }
    #expect(CLIRun([], in: "/").out == run.out, "no arguments prints the help")
    #expect(CLIRun(["help"], in: "/").out == run.out)
  }

  @Test func checkHelp() {
    let run = CLIRun(["check", "--help"], in: "/")
    #expect(run.status == 0)
    if let problem = Golden.check(run.out, named: "check-help.txt") { Issue.record("\(problem)") }
    #expect(CLIRun(["help", "check"], in: "/").out == run.out)
    #expect(CLIRun(["check", "-h"], in: "/").out == run.out)
  }

  @Test(arguments: ["check", "rules", "test", "eval", "convert", "report", "init"])
  func everyCommandHasHelp(command: String) {
    let run = CLIRun([command, "--help"], in: "/")
    #expect(run.status == 0)
    #expect(run.err.isEmpty)
    #expect(run.out.hasPrefix("OVERVIEW: "))
    #expect(run.out.contains("USAGE: plancheck \(command)"))
    #expect(run.out.contains("  -h, --help"))
  }

  @Test func helpWinsOverOtherwiseBadArguments() {
    // Option values are validated only after parsing, so --help still wins.
    #expect(CLIRun(["check", "--as-of", "nonsense", "--help"], in: "/").status == 0)
  }

  @Test func version() {
    let run = CLIRun(["--version"], in: "/")
    #expect(run.status == 0)
    #expect(run.out == "plancheck \(PlanCheck.version)\n")
    #expect(CLIRun(["version"], in: "/").out == run.out)
  }

  // MARK: rules

  @Test func rulesList() {
    let run = CLIRun(["rules", "list"], in: "/")
    #expect(run.status == 0)
    #expect(run.err.isEmpty)
    if let problem = Golden.check(run.out, named: "rules-list.txt") { Issue.record("\(problem)") }
    #expect(CLIRun(["rules"], in: "/").out == run.out, "list is the default")
  }

  @Test func rulesShow() {
    let run = CLIRun(["rules", "show", "missing-lead"], in: "/")
    #expect(run.status == 0)
    #expect(run.out.hasPrefix("missing-lead: Every action has a named lead\n  severity:  error\n"))
    #expect(run.out.contains("  defined:   Rules/ownership/missing-lead.json\n"))
    #expect(run.out.contains("  examples:  3 pass, 2 fail\n"))
  }

  @Test func rulesListAsJSON() throws {
    let run = CLIRun(["rules", "list", "--format", "json"], in: "/")
    #expect(run.status == 0)
    let rules = try #require(
      try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]])
    let ids = CLIRun(["rules", "--ids"], in: "/").out.split(separator: "\n").map(String.init)
    #expect(rules.compactMap { $0["id"] as? String } == ids)
    #expect(rules.count > 50)
    for rule in rules {
      for key in ["id", "title", "severity", "scope", "check", "message", "rationale", "source"] {
        #expect(rule[key] is String, "rule \(rule["id"] ?? "?") has \(key)")
      }
    }
  }

  @Test func rulesAsMarkdown() {
    let run = CLIRun(["rules", "show", "overdue", "--format", "markdown"], in: "/")
    #expect(run.status == 0)
    #expect(
      run.out.hasPrefix(
        "| Rule | Severity | Scope | Title |\n| --- | --- | --- | --- |\n| `overdue` |"))
  }

  @Test func rulesShowUnknown() {
    let misspelt = CLIRun(["rules", "show", "missing-leed"], in: "/")
    #expect(misspelt.status == 2)
    #expect(misspelt.out.isEmpty)
    #expect(
      misspelt.err
        == "error: no rule 'missing-leed'; did you mean 'missing-lead'?\nsee 'plancheck rules --help' for usage\n"
    )
    let nothingClose = CLIRun(["rules", "show", "nope"], in: "/")
    #expect(nothingClose.status == 2)
    #expect(nothingClose.err.hasPrefix("error: no rule 'nope'\n"))
    #expect(CLIRun(["rules", "show"], in: "/").status == 2)
    #expect(CLIRun(["rules", "list", "--format", "html"], in: "/").status == 2)
  }

  @Test func rulesIncludesExtraRuleFiles() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    try dir.write(
      CommandTests.leadRule(passLead: "Head of Service"), to: "my-rules/lead-named.json")
    let run = CLIRun(["rules", "--no-default-rules", "--rules", "my-rules", "--ids"], in: dir)
    #expect(run.status == 0)
    #expect(run.out == "lead-named\n")
  }

  // MARK: test

  @Test func testCommandPassesOnTheShippedRules() throws {
    let run = CLIRun(["test"], in: "/")
    #expect(run.status == 0)
    #expect(run.err.isEmpty)
    let last = try #require(run.out.split(separator: "\n").last.map(String.init))
    let match = try #require(last.wholeMatch(of: /(\d+) passed, 0 failed/))
    #expect((Int(match.1) ?? 0) > 100)
  }

  /// A rule whose pass example has no lead: `has(lead)` fails it.
  static func leadRule(passLead: String?) -> String {
    let lead = passLead.map { #", "lead": "\#($0)""# } ?? ""
    return """
      {
        "id": "lead-named",
        "title": "Lead named",
        "severity": "warning",
        "scope": "action",
        "check": "has(lead)",
        "message": "no lead",
        "rationale": "Someone must own it.",
        "examples": {
          "pass": [ { "action": { "ref": "1", "title": "t"\(lead) } } ],
          "fail": [ { "action": { "ref": "2", "title": "t" } } ]
        }
      }

      """
  }

  @Test func testCommandNamesTheWrongExample() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let marked = MarkedText(
      CommandTests.leadRule(passLead: nil).replacingOccurrences(
        of: #""pass": [ { "#, with: #""pass": [ 1️⃣{ "#))
    try dir.write(marked.text, to: "wrong.json")
    let marker = try #require(marked.markers["1️⃣"])
    let run = CLIRun(["test", "wrong.json", "--no-default-rules"], in: dir)
    #expect(run.status == 1)
    #expect(
      run.err
        == "wrong.json:\(marker.line):\(marker.column): error: rule 'lead-named': pass example 1: expected no finding, got: no lead\n"
    )
    #expect(run.out == "1 passed, 1 failed\n")
    // With the shipped rules too, only the new file's example fails.
    let withDefaults = CLIRun(["test", "wrong.json"], in: dir)
    #expect(withDefaults.status == 1)
    #expect(withDefaults.out.hasSuffix(" passed, 1 failed\n"))
    // Fixed, it passes.
    try dir.write(CommandTests.leadRule(passLead: "Head of Service"), to: "wrong.json")
    let fixed = CLIRun(["test", "wrong.json", "--no-default-rules", "--quiet"], in: dir)
    #expect(fixed.status == 0)
    #expect(fixed.out.isEmpty && fixed.err.isEmpty)
  }

  // MARK: eval

  struct EvalCase: CustomTestStringConvertible, Sendable {
    var testDescription: String { arguments.joined(separator: " ") }
    var arguments: [String]
    var out: String = ""
    /// Text-mode errors go to standard error (JSON mode keeps its one line on stdout).
    var err: String = ""
    var status: Int32 = 0
  }

  static let evalCases: [EvalCase] = [
    EvalCase(arguments: ["1 + 2"], out: "3\n"),
    EvalCase(arguments: ["--json", "1 + 2"], out: #"{"value": 3, "type": "int"}"# + "\n"),
    EvalCase(arguments: ["date('2024-03-31') + days(1)"], out: "date('2024-04-01')\n"),
    EvalCase(
      arguments: ["--json", "date('2024-03-31') + days(1)"],
      out: #"{"value": "2024-04-01", "type": "date"}"# + "\n"),
    EvalCase(arguments: ["'a' + 'b'"], out: "\"ab\"\n"),
    EvalCase(
      arguments: ["--json", "[1, 2].exists(x, x > 1)"],
      out: #"{"value": true, "type": "bool"}"# + "\n"),
    EvalCase(
      arguments: ["--as-of", "2024-02-29", "asOf + days(1)"], out: "date('2024-03-01')\n"),
    // Syntax and checking errors: exit 2, with a caret under the place.
    EvalCase(
      arguments: ["1 +"],
      err: "error: 1:4: expected an expression but found end of expression\n1 +\n   ^\n",
      status: 2),
    EvalCase(
      arguments: ["--json", "1 +"],
      out: #"{"error": "1:4: expected an expression but found end of expression"}"# + "\n",
      status: 2),
    EvalCase(arguments: ["nope"], err: "error: 1:1: unknown name 'nope'\nnope\n^~~~\n", status: 2),
    // An evaluation error is a value of the language: exit 0 (see `eval --help`).
    EvalCase(arguments: ["1 / 0"], err: "error: 1:3: division by zero\n1 / 0\n  ^\n"),
  ]

  @Test(arguments: evalCases)
  func eval(_ testCase: EvalCase) {
    let run = CLIRun(["eval"] + testCase.arguments, in: "/")
    #expect(run.status == testCase.status, "stderr: \(run.err)")
    #expect(run.out == testCase.out)
    #expect(run.err == testCase.err)
  }

  @Test func evalReadsStandardInput() {
    let run = CLIRun(["eval", "-", "--json"], in: "/", stdin: "size([1, 2, 3])\n")
    #expect(run.status == 0)
    #expect(run.out == #"{"value": 3, "type": "int"}"# + "\n")
  }

  @Test func evalAgainstAPlan() {
    let root = Fixture.repositoryRoot
    let plan = "Examples/lancashire-2018/plan.json"
    let lead = CLIRun(
      ["eval", "--plan", plan, "--scope", "action", "--ref", "1.1.1", "lead"], in: root)
    #expect(lead.status == 0, "stderr: \(lead.err)")
    #expect(lead.out == "\"Executive Director of Education and Children's Services\"\n")
    let asOf = CLIRun(["eval", "--plan", plan, "asOf"], in: root)
    #expect(asOf.out == "date('2019-03-31')\n", "the plan's as-of date")
    let count = CLIRun(["eval", "--plan", plan, "--json", "size(actions)"], in: root)
    #expect(count.out == #"{"value": 109, "type": "int"}"# + "\n")
  }

  @Test func evalUsageErrors() {
    let root = Fixture.repositoryRoot
    let plan = "Examples/lancashire-2018/plan.json"
    let noRef = CLIRun(
      ["eval", "--plan", plan, "--scope", "action", "--ref", "9.9.9", "lead"], in: root)
    #expect(noRef.status == 2)
    #expect(noRef.err.hasPrefix("error: no action '9.9.9' in the plan\n"))
    let noPlan = CLIRun(["eval", "--scope", "action", "lead"], in: root)
    #expect(noPlan.status == 2)
    #expect(noPlan.err.hasPrefix("error: --scope needs --plan\n"))
    let missing = CLIRun(["eval", "--plan", "nope.json", "1"], in: root)
    #expect(missing.status == 2)
    #expect(missing.err == "nope.json: error: no such file\n")
    let twoExpressions = CLIRun(["eval", "1", "2"], in: root)
    #expect(twoExpressions.status == 2)
  }

  // MARK: convert

  @Test(arguments: ExamplesGoldenTests.plans)
  func convertIsCanonical(plan: String) throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let first = CLIRun(["convert", "Examples/\(plan)/plan.json"], in: Fixture.repositoryRoot)
    #expect(first.status == 0, "stderr: \(first.err)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(first.out.utf8)) as? [String: Any])
    #expect(object["plancheck"] as? Int == 1)
    #expect((object["actions"] as? [Any])?.isEmpty == false, "the table is inlined")
    try dir.write(first.out, to: "converted.json")
    let second = CLIRun(["convert", "converted.json"], in: dir)
    #expect(second.status == 0)
    #expect(second.err.isEmpty)
    #expect(second.out == first.out, "converting the output again gives the same bytes")
    // And the converted plan is checked the same way as the original.
    let viaFile = CLIRun(
      ["check", "converted.json", "--format", "json", "--fail-on", "none"], in: dir)
    #expect(viaFile.status == 0)
  }

  @Test func convertFromStandardInputAndToAFile() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let run = CLIRun(["convert", "-", "--output", "out.json"], in: dir, stdin: Fixture.smallPlan)
    #expect(run.status == 0)
    #expect(run.out.isEmpty)
    let written = try #require(dir.read("out.json"))
    #expect(written.hasPrefix("{\n  \"plancheck\": 1,\n  \"id\": \"small\",\n"))
    let csv = CLIRun(
      ["convert", "-", "--from", "csv"], in: dir,
      stdin: "Ref,Action,Lead,End date,RAG\n1.1,Audit files,Head of QA,31/03/2024,Green\n")
    #expect(csv.status == 0, "stderr: \(csv.err)")
    #expect(csv.out.contains("\"lead\": \"Head of QA\""))
  }

  @Test func convertRefusesAnInvalidPlan() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    try dir.write(Fixture.brokenPlan, to: "broken.json")
    let run = CLIRun(["convert", "broken.json", "-o", "out.json"], in: dir)
    #expect(run.status == 2)
    #expect(run.err.hasPrefix("broken.json:4:30: error: "))
    #expect(run.err.hasSuffix("error: 'broken.json' is not a valid plan; nothing written\n"))
    #expect(!dir.exists("out.json"))
    #expect(CLIRun(["convert"], in: dir).status == 2)
    #expect(CLIRun(["convert", "nope.json"], in: dir).err == "nope.json: error: no such file\n")
    #expect(CLIRun(["convert", "-", "--from", "xlsx"], in: dir).status == 2)
  }

  // MARK: init

  @Test func initWritesAStarterAndRefusesToOverwrite() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let first = CLIRun(["init"], in: dir)
    #expect(first.status == 0)
    #expect(first.out == "wrote .plancheck.json\n")
    let starter = try #require(dir.read(".plancheck.json"))
    #expect(starter == InitCommand.starter)
    #expect(try JSONSerialization.jsonObject(with: Data(starter.utf8)) is [String: Any])

    try dir.write("{}\n", to: ".plancheck.json")
    let again = CLIRun(["init"], in: dir)
    #expect(again.status == 2)
    #expect(again.err == ".plancheck.json: error: already exists; use --force to overwrite it\n")
    #expect(dir.read(".plancheck.json") == "{}\n", "left untouched")

    let forced = CLIRun(["init", "--force"], in: dir)
    #expect(forced.status == 0)
    #expect(dir.read(".plancheck.json") == InitCommand.starter)
  }

  @Test func theStarterConfigIsAcceptedByCheck() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    #expect(CLIRun(["init"], in: dir).status == 0)
    let run = CLIRun(["check", "plans", "--color", "never"], in: dir)
    #expect(run.status == 1, "stderr: \(run.err)")
    #expect(run.err.isEmpty)
  }

  @Test func initWithOutput() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let run = CLIRun(["init", "-o", "config/plancheck.json"], in: dir)
    #expect(run.status == 2, "the folder does not exist")
    try FileManager.default.createDirectory(
      at: dir.url.appendingPathComponent("config"), withIntermediateDirectories: true)
    #expect(CLIRun(["init", "-o", "config/plancheck.json"], in: dir).status == 0)
    #expect(dir.files() == ["config/plancheck.json"])
  }

  // MARK: report

  @Test func reportWritesHTML() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let output = dir.url.appendingPathComponent("out.html").path
    let run = CLIRun(
      ["report", "Examples/lancashire-2018", "-o", output], in: Fixture.repositoryRoot)
    #expect(run.status == 1, "report fails on errors, as its help says (fail-on error)")
    #expect(run.out.isEmpty)
    let html = try #require(dir.read("out.html"))
    #expect(html.contains("<html"))
    #expect(html.contains("2019-03-31"))
    #expect(!html.contains("<script"))
  }

  @Test func reportFailOnAndFormats() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    #expect(CLIRun(["report", "plans", "-o", "r.html", "--fail-on", "error"], in: dir).status == 1)
    #expect(CLIRun(["report", "plans", "-o", "r.html", "--fail-on", "none"], in: dir).status == 0)
    let markdown = CLIRun(["report", "plans", "--format", "markdown"], in: dir)
    #expect(markdown.status == 1)
    #expect(markdown.out.contains("missing-lead"))
    let json = CLIRun(["report", "plans", "--format", "json"], in: dir)
    #expect(json.status == 2)
    #expect(json.err.hasPrefix("error: report writes html or markdown, not 'json'"))
  }

  /// `report -o r.md` writes Markdown: the format follows the output's extension.
  @Test func reportFormatFollowsTheExtension() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    _ = CLIRun(["report", "plans", "-o", "r.md"], in: dir)
    let markdown = try #require(dir.read("r.md"))
    #expect(markdown.hasPrefix("# plancheck report"), "\(markdown.prefix(80))")
    _ = CLIRun(["report", "plans", "-o", "r.html"], in: dir)
    #expect(dir.read("r.html")?.hasPrefix("<!DOCTYPE html>") == true)
    _ = CLIRun(["report", "plans", "-o", "forced.md", "--format", "html"], in: dir)
    #expect(dir.read("forced.md")?.hasPrefix("<!DOCTYPE html>") == true, "--format wins")
  }

  /// Input files are never modified, by `convert -o` either.
  @Test func convertRefusesToOverwriteItsInput() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let before = dir.read("plans/small.json")
    let run = CLIRun(["convert", "plans/small.json", "-o", "plans/../plans/small.json"], in: dir)
    #expect(run.status == 2)
    #expect(run.err.contains("it is an input"), "\(run.err)")
    #expect(dir.read("plans/small.json") == before)
    #expect(CLIRun(["convert", "plans/small.json", "-o", "copy.json"], in: dir).status == 0)
  }
}
