import PlanModel
import TestSupport
import Testing

@testable import RuleEngine

/// One bad rule file and the diagnostic it must produce at the marked place.
struct BadRuleFile: CustomTestStringConvertible, Sendable {
  var name: String
  /// The file, with `1️⃣` where the diagnostic must point.
  var marked: String
  var code: String
  var fragment: String
  /// How many diagnostics the file yields in all.
  var count = 1

  var testDescription: String { name }
}

struct RuleFileLoaderTests {
  static let cases: [BadRuleFile] = [
    BadRuleFile(
      name: "misspelt key gets a suggestion",
      marked: #"{"id": "a", "scope": "action", 1️⃣"chek": "true", "check": "true", "message": "m"}"#,
      code: "rule-unknown-key", fragment: "unknown key 'chek' in rule; did you mean 'check'?"),
    BadRuleFile(
      name: "misspelt check is also a missing check",
      marked: #"{"id": "a", "scope": "action", 1️⃣"chek": "true", "message": "m"}"#,
      code: "rule-unknown-key", fragment: "did you mean 'check'?", count: 2),
    BadRuleFile(
      name: "missing check",
      marked: #"1️⃣{"id": "a", "scope": "action", "message": "m"}"#,
      code: "rule-invalid", fragment: "missing required key 'check'"),
    BadRuleFile(
      name: "missing message",
      marked: #"1️⃣{"id": "a", "scope": "action", "check": "true"}"#,
      code: "rule-invalid", fragment: "missing required key 'message'"),
    BadRuleFile(
      name: "missing scope",
      marked: #"1️⃣{"id": "a", "check": "true", "message": "m"}"#,
      code: "rule-invalid", fragment: "missing required key 'scope'"),
    BadRuleFile(
      name: "missing id",
      marked: #"1️⃣{"scope": "action", "check": "true", "message": "m"}"#,
      code: "rule-invalid", fragment: "missing required key 'id'"),
    BadRuleFile(
      name: "bad severity gets a suggestion",
      marked:
        #"{"id": "a", "severity": 1️⃣"warnign", "scope": "action", "check": "true", "message": "m"}"#,
      code: "rule-invalid",
      fragment:
        "'warnign' is not a valid severity; expected one of info, warning, error; did you mean 'warning'?"
    ),
    BadRuleFile(
      name: "bad scope",
      marked: #"{"id": "a", "scope": 1️⃣"actions", "check": "true", "message": "m"}"#,
      code: "rule-invalid",
      fragment:
        "'actions' is not a valid scope; expected one of plan, theme, action, milestone, recommendation, measure, removed-action; did you mean 'action'?"
    ),
    BadRuleFile(
      name: "scope with no close name",
      marked: #"{"id": "a", "scope": 1️⃣"everything", "check": "true", "message": "m"}"#,
      code: "rule-invalid", fragment: "'everything' is not a valid scope"),
    BadRuleFile(
      name: "id not kebab-case",
      marked: #"{"id": 1️⃣"Missing_Lead", "scope": "action", "check": "true", "message": "m"}"#,
      code: "rule-invalid", fragment: "rule id 'Missing_Lead' must be kebab-case"),
    BadRuleFile(
      name: "id with a trailing dash",
      marked: #"{"id": 1️⃣"missing-", "scope": "action", "check": "true", "message": "m"}"#,
      code: "rule-invalid", fragment: "must be kebab-case"),
    BadRuleFile(
      name: "check not a string",
      marked: #"{"id": "a", "scope": "action", "check": 1️⃣true, "message": "m"}"#,
      code: "rule-invalid", fragment: "'check' must be a string expression, not a boolean"),
    BadRuleFile(
      name: "id not a string",
      marked: #"{"id": 1️⃣7, "scope": "action", "check": "true", "message": "m"}"#,
      code: "rule-invalid", fragment: "'id' must be a string, not a number"),
    BadRuleFile(
      name: "severity not a string",
      marked: #"{"id": "a", "severity": 1️⃣2, "scope": "action", "check": "true", "message": "m"}"#,
      code: "rule-invalid", fragment: "'severity' must be a string, not a number"),
    BadRuleFile(
      name: "scope not a string",
      marked: #"{"id": "a", "scope": 1️⃣["action"], "check": "true", "message": "m"}"#,
      code: "rule-invalid", fragment: "'scope' must be a string, not an array"),
    BadRuleFile(
      name: "tags not strings",
      marked: #"{"id": "a", "scope": "action", "check": "true", "message": "m", "tags": 1️⃣"dates"}"#,
      code: "rule-invalid", fragment: "'tags' must be an array of strings"),
    BadRuleFile(
      name: "params not an object",
      marked: #"{"id": "a", "scope": "action", "check": "true", "message": "m", "params": 1️⃣[1]}"#,
      code: "rule-invalid", fragment: "'params' must be an object"),
    BadRuleFile(
      name: "at not a string",
      marked: #"{"id": "a", "scope": "action", "check": "true", "message": "m", "at": 1️⃣["lead"]}"#,
      code: "rule-invalid", fragment: "'at' must be a string, not an array"),
    BadRuleFile(
      name: "rationale not a string",
      marked:
        #"{"id": "a", "scope": "action", "check": "true", "message": "m", "rationale": 1️⃣null}"#,
      code: "rule-invalid", fragment: "'rationale' must be a string, not null"),
    BadRuleFile(
      name: "title not a string",
      marked: #"{"id": "a", "title": 1️⃣3, "scope": "action", "check": "true", "message": "m"}"#,
      code: "rule-invalid", fragment: "'title' must be a string, not a number"),
    BadRuleFile(
      name: "examples not an object",
      marked: #"{"id": "a", "scope": "action", "check": "true", "message": "m", "examples": 1️⃣[]}"#,
      code: "rule-invalid", fragment: "'examples' must be an object with 'pass' and 'fail' arrays"),
    BadRuleFile(
      name: "examples.pass not an array",
      marked:
        #"{"id": "a", "scope": "action", "check": "true", "message": "m", "examples": {"pass": 1️⃣{}}}"#,
      code: "rule-invalid", fragment: "'examples.pass' must be an array of example plan objects"),
    BadRuleFile(
      name: "examples.fail holds a non-object",
      marked:
        #"{"id": "a", "scope": "action", "check": "true", "message": "m", "examples": {"fail": 1️⃣[{}, 3]}}"#,
      code: "rule-invalid", fragment: "'examples.fail' must be an array of example plan objects"),
    BadRuleFile(
      name: "misspelt examples key",
      marked:
        #"{"id": "a", "scope": "action", "check": "true", "message": "m", "examples": {1️⃣"pas": []}}"#,
      code: "rule-unknown-key", fragment: "unknown key 'pas' in examples; did you mean 'pass'?"),
    BadRuleFile(
      name: "rules array: second rule bad",
      marked: """
        {"rules": [
          {"id": "a", "scope": "action", "check": "true", "message": "m"},
          1️⃣{"id": "b", "scope": "action", "message": "m"}
        ]}
        """,
      code: "rule-invalid", fragment: "missing required key 'check'"),
    BadRuleFile(
      name: "rules not an array",
      marked: #"{"rules": 1️⃣{"id": "a"}}"#,
      code: "rule-invalid", fragment: "'rules' must be an array of rule objects"),
    BadRuleFile(
      name: "rules entry not an object",
      marked: #"{"rules": [1️⃣"missing-lead"]}"#,
      code: "rule-invalid", fragment: "a rule must be an object, not a string"),
    BadRuleFile(
      name: "rules file with another top-level key",
      marked: #"{"rules": [], 1️⃣"rulez": []}"#,
      code: "rule-unknown-key", fragment: "unknown key 'rulez' in rule file"),
    BadRuleFile(
      name: "top level not an object",
      marked: #"1️⃣[{"id": "a"}]"#,
      code: "rule-invalid",
      fragment: "a rule file holds a rule object or {\"rules\": [...]}, not an array"),
    BadRuleFile(
      name: "trailing comma",
      marked: """
        {
          "id": "a",
          "check": "true",
        1️⃣}
        """,
      code: "json-syntax", fragment: "trailing commas are not allowed"),
    BadRuleFile(
      name: "unterminated string",
      marked: """
        {
          "id": "a",
          "check": "true1️⃣
        }
        """,
      code: "json-syntax", fragment: "a line break is not allowed inside a string"),
    BadRuleFile(
      name: "duplicate key",
      marked: #"{"id": "a", "check": "true", 1️⃣"check": "false"}"#,
      code: "json-syntax", fragment: "check"),
  ]

  @Test(arguments: cases)
  func badRuleFile(_ example: BadRuleFile) throws {
    let marked = MarkedText(example.marked)
    let loaded = RuleFileLoader.load(bytes: Array(marked.text.utf8), file: "rules/bad.json")
    #expect(loaded.rules.isEmpty || example.name.hasPrefix("rules array"))
    #expect(loaded.diagnostics.count == example.count, "\(loaded.diagnostics.map(\.formatted))")
    let diagnostic = try #require(
      loaded.diagnostics.first { $0.code == example.code },
      "no \(example.code) in \(loaded.diagnostics.map(\.formatted))")
    #expect(diagnostic.span.file == "rules/bad.json")
    #expect(diagnostic.severity == .error)
    marked.expect(diagnostic.span)
    #expect(diagnostic.message.contains(example.fragment), "\(diagnostic.message)")
    #expect(diagnostic.message.first?.isUppercase != true, "messages start lowercase")
  }

  @Test func rulesArrayLoadsEveryRuleWithItsPointer() throws {
    let marked = MarkedText(
      """
      {"rules": [
        1️⃣{"id": "first", "scope": "action", "check": "has(lead)", "message": "m"},
        2️⃣{"id": "second", "severity": "info", "scope": "plan", "check": 3️⃣"true", "message": "m"}
      ]}
      """)
    let loaded = RuleFileLoader.load(bytes: Array(marked.text.utf8), file: "mine.json")
    #expect(loaded.diagnostics.isEmpty)
    try #require(loaded.rules.count == 2)
    let (first, second) = (loaded.rules[0], loaded.rules[1])
    #expect(first.id == "first" && first.severity == .warning, "severity defaults to warning")
    #expect(first.title == "first", "title defaults to the id")
    #expect(second.severity == .info && second.scope == .plan)
    #expect(first.span.pointer == "/rules/0" && second.span.pointer == "/rules/1")
    marked.expect(first.span, at: "1️⃣")
    marked.expect(second.span, at: "2️⃣")
    marked.expect(second.check.span, at: "3️⃣")
  }

  @Test func singleRuleFileReadsEveryKey() throws {
    let text = """
      {
        "id": "overdue-lead",
        "title": "Overdue actions have a lead",
        "severity": "error",
        "scope": "action",
        "when": "end < asOf",
        "check": "has(lead)",
        "message": "{label} is overdue and has no lead",
        "at": "lead",
        "params": {"days": 30},
        "rationale": "Someone must chase it.",
        "tags": ["ownership", "dates"],
        "examples": {"pass": [{"action": {"ref": "1"}}], "fail": [{}, {}]}
      }
      """
    let loaded = RuleFileLoader.load(bytes: Array(text.utf8), file: "r.json")
    #expect(loaded.diagnostics.isEmpty)
    let rule = try #require(loaded.rules.first)
    #expect(rule.id == "overdue-lead")
    #expect(rule.title == "Overdue actions have a lead")
    #expect(rule.severity == .error)
    #expect(rule.scope == .action)
    #expect(rule.when?.text == "end < asOf")
    #expect(rule.check.text == "has(lead)")
    #expect(rule.message.text == "{label} is overdue and has no lead")
    #expect(rule.at == "lead")
    #expect(rule.params.keys.sorted() == ["days"])
    #expect(rule.rationale == "Someone must chase it.")
    #expect(rule.tags == ["ownership", "dates"])
    #expect(rule.passExamples.count == 1 && rule.failExamples.count == 2)
    #expect(rule.span.pointer == nil, "a single-rule file has no pointer")
  }

  @Test func duplicateIDsAcrossFiles() throws {
    let first = RuleFileLoader.load(
      bytes: Array(#"{"id": "dup", "scope": "action", "check": "true", "message": "m"}"#.utf8),
      file: "one.json")
    let marked = MarkedText(
      """
      {"rules": [
        {"id": "other", "scope": "action", "check": "true", "message": "m"},
        1️⃣{"id": "dup", "scope": "plan", "check": "true", "message": "m"}
      ]}
      """)
    let second = RuleFileLoader.load(bytes: Array(marked.text.utf8), file: "two.json")
    let diagnostics = RuleFileLoader.duplicateDiagnostics(first.rules + second.rules)
    try #require(diagnostics.count == 1)
    let diagnostic = diagnostics[0]
    #expect(diagnostic.code == "rule-duplicate-id")
    #expect(diagnostic.span.file == "two.json")
    marked.expect(diagnostic.span)
    #expect(diagnostic.message == "duplicate rule id 'dup'; it is already defined at one.json:1:1")

    let (set, compiled) = RuleSet.compile(first.rules + second.rules)
    #expect(compiled.map(\.code) == ["rule-duplicate-id"], "compile reports duplicates too")
    #expect(set.rules.map(\.id) == ["dup", "other"], "the first definition wins")
    #expect(set.rule("dup")?.scope == .action)
  }
}
