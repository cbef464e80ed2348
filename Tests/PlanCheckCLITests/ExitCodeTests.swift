import Foundation
import TestSupport
import Testing

/// Exit statuses: 0 nothing at or above `--fail-on`, 1 such findings, 2 could not run.
struct ExitCodeTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var testDescription: String
    var arguments: [String]
    var status: Int32
    /// Text standard error must contain (exit 2 cases); empty means "not checked".
    var stderr: String = ""
  }

  static let cases: [Case] = [
    Case(testDescription: "no finding at error", arguments: ["check", "clean.json"], status: 0),
    Case(
      testDescription: "errors, but --fail-on none",
      arguments: ["check", "plans", "--fail-on", "none"], status: 0),
    Case(testDescription: "errors present", arguments: ["check", "plans"], status: 1),
    Case(
      testDescription: "invalid-plan cannot be disabled",
      arguments: ["check", "plans", "--disable", "invalid-plan"], status: 2,
      stderr: "'invalid-plan' cannot be turned off"),
    Case(
      testDescription: "warnings only, default fail-on error",
      arguments: ["check", "plans", "--only", "overdue"], status: 0),
    Case(
      testDescription: "warnings with --fail-on warning",
      arguments: ["check", "plans", "--only", "overdue", "--fail-on", "warning"], status: 1),
    Case(
      testDescription: "config failOn warning",
      arguments: ["check", "plans", "--only", "overdue", "--config", "failon-warning.json"],
      status: 1),
    Case(
      testDescription: "--fail-on beats config failOn",
      arguments: [
        "check", "plans", "--only", "overdue", "--config", "failon-warning.json", "--fail-on",
        "error",
      ],
      status: 0),
    Case(
      testDescription: "unknown option, with did-you-mean",
      arguments: ["check", "plans", "--fromat", "json"], status: 2,
      stderr:
        "error: unknown option '--fromat'; did you mean '--format'?\nsee 'plancheck check --help' for usage\n"
    ),
    Case(
      testDescription: "unknown short option",
      arguments: ["check", "-x"], status: 2, stderr: "error: unknown option '-x'\n"),
    Case(
      testDescription: "unknown command, with did-you-mean",
      arguments: ["chek", "plans"], status: 2,
      stderr:
        "error: unknown command 'chek'; did you mean 'check'?\nsee 'plancheck --help' for usage\n"),
    Case(
      testDescription: "bad --format name",
      arguments: ["check", "plans", "--format", "jsn"], status: 2,
      stderr: "error: unknown format 'jsn'; did you mean 'json'?"),
    Case(
      testDescription: "--as-of not a date",
      arguments: ["check", "plans", "--as-of", "2024-13-01"], status: 2,
      stderr: "error: --as-of must be a date written YYYY-MM-DD, not '2024-13-01'\n"),
    Case(
      testDescription: "--as-of in the plans' own style is still refused",
      arguments: ["check", "plans", "--as-of", "31/03/2024"], status: 2, stderr: "not '31/03/2024'"),
    Case(
      testDescription: "option without its value",
      arguments: ["check", "plans", "--as-of"], status: 2,
      stderr: "error: option '--as-of' needs a value <date>\n"),
    Case(
      testDescription: "single-valued option given twice",
      arguments: ["check", "plans", "--as-of", "2024-01-01", "--as-of=2024-02-01"], status: 2,
      stderr: "error: option '--as-of' was given more than once\n"),
    Case(
      testDescription: "flag given a value",
      arguments: ["check", "plans", "--quiet=yes"], status: 2,
      stderr: "error: option '--quiet' takes no value\n"),
    Case(
      testDescription: "bad --fail-on", arguments: ["check", "plans", "--fail-on", "fatal"],
      status: 2,
      stderr: "error: --fail-on must be error, warning, info or none, not 'fatal'\n"),
    Case(
      testDescription: "bad --color", arguments: ["check", "plans", "--color", "sometimes"],
      status: 2,
      stderr: "error: --color must be auto, always or never, not 'sometimes'\n"),
    Case(
      testDescription: "missing path", arguments: ["check", "plans", "nope"], status: 2,
      stderr: "nope: error: no such file or folder\n"),
    Case(
      testDescription: "missing config file",
      arguments: ["check", "plans", "--config", "nope.json"],
      status: 2, stderr: "nope.json: error: no such config file\n"),
    Case(
      testDescription: "unknown config key, with did-you-mean",
      arguments: ["check", "plans", "--config", "bad-key.json"], status: 2,
      stderr: "bad-key.json:1:2: error: unknown key 'disabel' in config; did you mean 'disable'?\n"),
    Case(
      testDescription: "bad severity in config",
      arguments: ["check", "plans", "--config", "bad-severity.json"], status: 2,
      stderr: "bad-severity.json:1:26: error: 'fatal' is not a severity"),
    Case(
      testDescription: "rule file with an expression syntax error, at file:line:col",
      arguments: ["check", "plans", "--rules", "rules/bad-expression.json"], status: 2,
      stderr:
        "rules/bad-expression.json:6:25: error: in 'check' of rule 'my-rule': expected an expression but found end of expression\n"
    ),
    Case(
      testDescription: "rule file that is not JSON, at file:line:col",
      arguments: ["check", "plans", "--rules", "rules/bad-json.json"], status: 2,
      stderr: "rules/bad-json.json:2:11: error: expected a string key in double quotes, found ','\n"
    ),
    Case(
      testDescription: "rules folder with a bad file",
      arguments: ["check", "plans", "--rules", "rules"], status: 2,
      stderr: "rules/bad-expression.json:6:25: error:"),
    Case(
      testDescription: "missing rule file",
      arguments: ["check", "plans", "--rules", "nope.json"], status: 2,
      stderr: "nope.json: error: no such rule file or folder\n"),
    Case(
      testDescription: "unknown rule id in --disable, with suggestion",
      arguments: ["check", "plans", "--disable", "missing-leed"], status: 2,
      stderr: "error: unknown rule id 'missing-leed'; did you mean 'missing-lead'?"),
    Case(
      testDescription: "unknown rule id in --only",
      arguments: ["check", "plans", "--only", "overdu"], status: 2,
      stderr: "error: unknown rule id 'overdu'; did you mean 'overdue'?"),
    Case(
      testDescription: "unknown rule id in config disable",
      arguments: ["check", "plans", "--config", "unknown-rule.json"], status: 2,
      stderr: "error: unknown rule id 'no-such-rule'"),
    Case(
      testDescription: "two formats to standard output",
      arguments: ["check", "plans", "--format", "json", "--format", "sarif"], status: 2,
      stderr: "error: only one format can go to standard output"),
    Case(
      testDescription: "--output with every format already routed",
      arguments: ["check", "plans", "--format", "json:a.json", "--output", "b.json"], status: 2,
      stderr: "error: --output needs exactly one --format without its own :PATH\n"),
    Case(
      testDescription: "init takes no positionals", arguments: ["init", "here"], status: 2,
      stderr: "error: 'init' takes no arguments, but got 'here'\n"),
    Case(
      testDescription: "unknown rules subcommand", arguments: ["rules", "frob"], status: 2,
      stderr: "error: unknown subcommand 'frob'; use 'list' or 'show <id>'\n"),
  ]

  static func workspace() throws -> TempDir {
    let dir = try Fixture.smallPlanFolder()
    try dir.write(Fixture.cleanPlan, to: "clean.json")
    try dir.write(#"{"failOn": "warning"}"#, to: "failon-warning.json")
    try dir.write(#"{"disabel": ["overdue"]}"#, to: "bad-key.json")
    try dir.write(#"{"severity": {"overdue": "fatal"}}"#, to: "bad-severity.json")
    try dir.write(#"{"disable": ["no-such-rule"]}"#, to: "unknown-rule.json")
    try dir.write(
      """
      {
        "id": "my-rule",
        "title": "Broken rule",
        "severity": "warning",
        "scope": "action",
        "check": "has(lead) &&",
        "message": "m"
      }

      """, to: "rules/bad-expression.json")
    try dir.write("{\n  \"id\": 1,, \"title\": \"x\"\n}\n", to: "rules/bad-json.json")
    return dir
  }

  @Test(arguments: cases)
  func exitStatus(_ testCase: Case) throws {
    let dir = try ExitCodeTests.workspace()
    defer { dir.remove() }
    let run = CLIRun(testCase.arguments, in: dir)
    #expect(run.status == testCase.status, "stderr: \(run.err)")
    if !testCase.stderr.isEmpty {
      #expect(run.err.contains(testCase.stderr), "stderr: \(run.err)")
    }
    if testCase.status == 2 {
      #expect(run.out.isEmpty, "nothing on stdout when the command could not run")
    }
  }

  /// A plan that is not JSON is an `invalid-plan` finding at the error's position; the other
  /// plans are still checked.
  @Test func invalidPlanIsAFindingAndOtherPlansAreChecked() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let broken = MarkedText(
      """
      {
        "id": "broken",
        "title": "Broken",
        "actions": [ { "ref": "1" ,1️⃣, } ]
      }

      """)
    try dir.write(broken.text, to: "plans/broken.json")
    let run = CLIRun(["check", "plans", "--format", "json"], in: dir)
    #expect(run.status == 1)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let findings = try #require(json["findings"] as? [[String: Any]])
    let invalid = findings.filter { $0["rule"] as? String == "invalid-plan" }
    #expect(invalid.count == 1)
    let marker = try #require(broken.markers["1️⃣"])
    #expect(invalid.first?["file"] as? String == "plans/broken.json")
    #expect(invalid.first?["line"] as? Int == marker.line)
    #expect(invalid.first?["column"] as? Int == marker.column)
    #expect(invalid.first?["severity"] as? String == "error")
    let smallFindings = findings.filter { $0["file"] as? String == "plans/small.json" }
    #expect(smallFindings.contains { $0["rule"] as? String == "missing-lead" })
    let plans = try #require(json["plans"] as? [[String: Any]])
    #expect(plans.count == 2)
  }

  @Test func invalidPlanInText() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    try dir.write(Fixture.brokenPlan, to: "broken.json")
    let run = CLIRun(
      ["check", "broken.json", "--color", "never", "--as-of", "2024-01-01"], in: dir)
    #expect(run.status == 1)
    #expect(run.out.hasPrefix("broken.json\n  4:30  error    invalid-plan  expected a string key"))
    // Even --fail-on none reports it; it just does not fail the run.
    let lenient = CLIRun(["check", "broken.json", "--fail-on", "none"], in: dir)
    #expect(lenient.status == 0)
    #expect(lenient.out.contains("invalid-plan"))
  }

  @Test func emptyTableIsAnInvalidPlanNotACrash() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    try dir.write("", to: "empty.json")
    try dir.write("\u{0}\u{1}binary\u{FF}", to: "binary.csv")
    let run = CLIRun(["check", ".", "--color", "never", "--as-of", "2024-01-01"], in: dir)
    #expect(run.status == 1)
    #expect(run.out.contains("empty.json"))
  }
}
