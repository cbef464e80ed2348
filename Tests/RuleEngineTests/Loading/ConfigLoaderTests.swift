import PlanModel
import RuleLanguage
import TestSupport
import Testing

@testable import RuleEngine

/// A bad config file and the diagnostic it must produce at the marked place.
struct BadConfig: CustomTestStringConvertible, Sendable {
  var name: String
  var marked: String
  var code: String
  var fragment: String

  var testDescription: String { name }
}

struct ConfigLoaderTests {
  static func load(_ text: String) -> (config: Config, diagnostics: [Diagnostic]) {
    ConfigLoader.load(bytes: Array(text.utf8), file: "dir/.plancheck.json")
  }

  @Test func everyKeyIsRead() throws {
    let (config, diagnostics) = Self.load(
      """
      {
        "rules": ["rules/local.json", "more-rules"],
        "enable": ["stale-update"],
        "disable": ["ref-gap", "lead-is-group"],
        "severity": {"overdue": "error", "missing-lead": "info"},
        "params": {"lead-overloaded": {"maxOpen": 8, "note": "x"}, "stale-update": {}},
        "statusScheme": "luton-2023",
        "columns": {"Owner": "lead", "RAG": "status"},
        "dateOrder": "mdy",
        "asOf": "2024-03-31",
        "failOn": "warning",
        "include": ["plans/**"],
        "exclude": ["plans/archive/**"],
        "waivers": [{"plan": "p1", "ref": "1.2", "rule": "missing-lead", "reason": "r", "until": "2024-06-30"}],
        "overrides": [{"files": ["plans/old/**"], "enable": ["a"], "disable": ["overdue"],
                       "severity": {"ref-gap": "info"}, "params": {"overdue": {"graceDays": 5}}}]
      }
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
    #expect(config.file == "dir/.plancheck.json")
    #expect(config.ruleFiles == ["rules/local.json", "more-rules"])
    #expect(config.enable == ["stale-update"])
    #expect(config.disable == ["ref-gap", "lead-is-group"])
    #expect(config.severity == ["overdue": .error, "missing-lead": .info])
    #expect(config.params.keys.sorted() == ["lead-overloaded", "stale-update"])
    let maxOpen = try #require(config.params["lead-overloaded"]?["maxOpen"])
    guard case .int(8) = CompiledRule.value(of: maxOpen) else {
      Issue.record("maxOpen is not the int 8")
      return
    }
    #expect(config.params["stale-update"]?.isEmpty == true)
    #expect(config.statusScheme != nil)
    #expect(config.columns == ["Owner": "lead", "RAG": "status"])
    #expect(config.dateOrder == .mdy)
    #expect(config.asOf == Day(iso: "2024-03-31"))
    #expect(config.failOn == .some(.warning))
    #expect(config.include.map(\.pattern) == ["plans/**"])
    #expect(config.exclude.map(\.pattern) == ["plans/archive/**"])
    let waiver = try #require(config.waivers.first)
    #expect(config.waivers.count == 1)
    #expect(waiver.plan == "p1" && waiver.ref == "1.2")
    #expect(waiver.waiver.rule == "missing-lead" && waiver.waiver.reason == "r")
    #expect(
      waiver.waiver.until.kind == .day && waiver.waiver.until.latest == Day(iso: "2024-06-30"))
    #expect(waiver.waiver.span.file == "dir/.plancheck.json" && waiver.waiver.span.line == 14)
    let override = try #require(config.overrides.first)
    #expect(override.files.map(\.pattern) == ["plans/old/**"])
    #expect(override.enable == ["a"] && override.disable == ["overdue"])
    #expect(override.severity == ["ref-gap": .info])
    #expect(override.params["overdue"]?.keys.sorted() == ["graceDays"])
    #expect(override.span.line == 15)
  }

  @Test func emptyConfigIsTheDefault() {
    let (config, diagnostics) = Self.load("{}")
    #expect(diagnostics.isEmpty)
    #expect(config.ruleFiles.isEmpty && config.enable.isEmpty && config.disable.isEmpty)
    #expect(config.failOn == nil && config.asOf == nil && config.dateOrder == nil)
    #expect(config.includes("anything/at/all.json"))
  }

  @Test(arguments: [
    ("none", Severity??.some(nil)),
    ("error", .some(.error)),
    ("warning", .some(.warning)),
    ("info", .some(.info)),
  ])
  func failOn(text: String, expected: Severity??) {
    let (config, diagnostics) = Self.load(#"{"failOn": "\#(text)"}"#)
    #expect(diagnostics.isEmpty)
    #expect(config.failOn == expected)
  }

  static let badConfigs: [BadConfig] = [
    BadConfig(
      name: "misspelt top-level key",
      marked: #"{"enable": [], 1️⃣"disabel": ["ref-gap"]}"#,
      code: "config-unknown-key",
      fragment: "unknown key 'disabel' in config; did you mean 'disable'?"),
    BadConfig(
      name: "unknown key with no near name",
      marked: #"{1️⃣"colour": "blue"}"#,
      code: "config-unknown-key", fragment: "unknown key 'colour' in config"),
    BadConfig(
      name: "enable not a list",
      marked: #"{"enable": 1️⃣"overdue"}"#,
      code: "config-invalid", fragment: "'enable' must be an array of strings"),
    BadConfig(
      name: "rules holds a number",
      marked: #"{"rules": 1️⃣["a.json", 2]}"#,
      code: "config-invalid", fragment: "'rules' must be an array of strings"),
    BadConfig(
      name: "severity not an object",
      marked: #"{"severity": 1️⃣["error"]}"#,
      code: "config-invalid", fragment: "'severity' must be an object of strings"),
    BadConfig(
      name: "severity level unknown",
      marked: #"{"severity": {"overdue": 1️⃣"fatal"}}"#,
      code: "config-invalid", fragment: "'fatal' is not a severity; expected error, warning or info"
    ),
    BadConfig(
      name: "columns value not a string",
      marked: #"{"columns": {"Owner": 1️⃣1}}"#,
      code: "config-invalid", fragment: "'columns.Owner' must be a string"),
    BadConfig(
      name: "params not an object",
      marked: #"{"params": 1️⃣[]}"#,
      code: "config-invalid", fragment: "'params' must map rule ids to objects of parameter values"),
    BadConfig(
      name: "params of a rule not an object",
      marked: #"{"params": {"overdue": 1️⃣30}}"#,
      code: "config-invalid", fragment: "'params.overdue' must be an object of parameter values"),
    BadConfig(
      name: "dateOrder unknown",
      marked: #"{"dateOrder": 1️⃣"ymd"}"#,
      code: "config-invalid", fragment: "'dateOrder' must be 'dmy' or 'mdy', not 'ymd'"),
    BadConfig(
      name: "asOf in UK order",
      marked: #"{"asOf": 1️⃣"31/03/2024"}"#,
      code: "config-invalid", fragment: "'asOf' must be a date written YYYY-MM-DD, not '31/03/2024'"
    ),
    BadConfig(
      name: "asOf with no such month",
      marked: #"{"asOf": 1️⃣"2024-13-01"}"#,
      code: "config-invalid", fragment: "'asOf' must be a date written YYYY-MM-DD"),
    BadConfig(
      name: "asOf not a string",
      marked: #"{"asOf": 1️⃣20240331}"#,
      code: "config-invalid", fragment: "'asOf' must be a string, not a number"),
    BadConfig(
      name: "failOn unknown",
      marked: #"{"failOn": 1️⃣"never"}"#,
      code: "config-invalid", fragment: "'failOn' must be error, warning, info or none, not 'never'"
    ),
    BadConfig(
      name: "failOn not a string",
      marked: #"{"failOn": 1️⃣false}"#,
      code: "config-invalid", fragment: "'failOn' must be a string, not a boolean"),
    BadConfig(
      name: "waivers not a list",
      marked: #"{"waivers": 1️⃣{"plan": "p"}}"#,
      code: "config-invalid", fragment: "'waivers' must be an array of objects"),
    BadConfig(
      name: "waiver not an object",
      marked: #"{"waivers": [1️⃣"missing-lead"]}"#,
      code: "config-invalid", fragment: "each entry of 'waivers' must be an object"),
    BadConfig(
      name: "waiver without a ref",
      marked: #"{"waivers": [1️⃣{"plan": "p", "rule": "missing-lead"}]}"#,
      code: "config-invalid", fragment: "missing required key 'ref'"),
    BadConfig(
      name: "waiver key misspelt",
      marked: #"{"waivers": [{"plan": "p", "ref": "1", "rule": "x", 1️⃣"reasn": "r"}]}"#,
      code: "config-unknown-key", fragment: "unknown key 'reasn' in waiver; did you mean 'reason'?"),
    BadConfig(
      name: "waiver until not ISO",
      marked:
        #"{"waivers": [{"plan": "p", "ref": "1", "rule": "x", "reason": "r", "until": 1️⃣"31/03/2024"}]}"#,
      code: "config-invalid",
      fragment: "'until' must be a date written YYYY-MM-DD, not '31/03/2024'"),
    BadConfig(
      name: "override without files",
      marked: #"{"overrides": [1️⃣{"disable": ["overdue"]}]}"#,
      code: "config-invalid", fragment: "an override needs 'files': a list of path globs"),
    BadConfig(
      name: "override key misspelt",
      marked: #"{"overrides": [{1️⃣"file": ["a/**"], "files": ["b/**"]}]}"#,
      code: "config-unknown-key", fragment: "unknown key 'file' in override; did you mean 'files'?"),
    BadConfig(
      name: "override severity unknown",
      marked: #"{"overrides": [{"files": ["a/**"], "severity": {"x": 1️⃣"high"}}]}"#,
      code: "config-invalid", fragment: "'high' is not a severity"),
    BadConfig(
      name: "top level not an object",
      marked: #"1️⃣["overdue"]"#,
      code: "config-invalid", fragment: "a config file holds one object, not an array"),
    BadConfig(
      name: "not JSON",
      marked: #"{"enable": [1️⃣'overdue']}"#,
      code: "json-syntax", fragment: ""),
  ]

  @Test(arguments: badConfigs)
  func badConfigIsDiagnosedWhereItIsWrong(_ example: BadConfig) throws {
    let marked = MarkedText(example.marked)
    let (_, diagnostics) = Self.load(marked.text)
    let diagnostic = try #require(diagnostics.first, "no diagnostic")
    #expect(diagnostics.count == 1, "\(diagnostics.map(\.formatted))")
    #expect(diagnostic.code == example.code, "\(diagnostic.formatted)")
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.span.file == "dir/.plancheck.json")
    marked.expect(diagnostic.span)
    if !example.fragment.isEmpty {
      #expect(diagnostic.message.contains(example.fragment), "\(diagnostic.message)")
    }
  }

  @Test func everyProblemIsReportedAtOnce() {
    let (_, diagnostics) = Self.load(
      #"{"enabel": [], "severity": {"a": "fatal"}, "asOf": "soon", "failOn": "x"}"#)
    #expect(diagnostics.count == 4, "\(diagnostics.map(\.formatted))")
  }

  static let globbed = """
    {"include": ["plans/**", "*.csv"], "exclude": ["plans/archive/**", "**/draft-*"]}
    """

  @Test(arguments: [
    ("plans/luton/plan.json", true),
    ("plans/archive/2019/plan.json", false),
    ("plans/luton/draft-2.json", false),
    ("other/actions.csv", true),
    ("other/plan.json", false),
    ("./plans/plan.json", true),
  ])
  func includesFollowsIncludeThenExclude(path: String, included: Bool) {
    let (config, _) = Self.load(Self.globbed)
    #expect(config.includes(path) == included)
  }

  @Test func onlyExcludeKeepsEverythingElse() {
    let (config, _) = Self.load(#"{"exclude": ["tmp/**"]}"#)
    #expect(config.includes("plans/a.json"))
    #expect(!config.includes("tmp/a.json"))
  }

  @Test(arguments: [
    ("plans/archive/2019/plan.json", ["archive"]),
    ("plans/archive/2019/old.csv", ["archive", "csv"]),
    ("plans/current/plan.json", []),
    ("plans/current/actions.csv", ["csv"]),
  ])
  func overridesForAPath(path: String, expected: [String]) throws {
    let (config, diagnostics) = Self.load(
      """
      {"overrides": [
        {"files": ["plans/archive/**"], "disable": ["archive"]},
        {"files": ["*.csv", "other/**"], "disable": ["csv"]}
      ]}
      """)
    #expect(diagnostics.isEmpty)
    #expect(config.overrides(for: path).flatMap(\.disable) == expected)
  }

  @Test func overrideAppliesInRuleSelection() throws {
    let (config, _) = Self.load(
      """
      {"disable": ["ref-gap"], "severity": {"overdue": "warning"},
       "overrides": [{"files": ["archive/**"], "enable": ["ref-gap"], "disable": ["overdue"],
                      "severity": {"ref-gap": "info"}}]}
      """)
    let archived = RuleSelection(
      config: config, overrides: config.overrides(for: "archive/p.json"), flags: RuleSelection())
    #expect(archived.isActive("ref-gap") && !archived.isActive("overdue"))
    #expect(archived.severity["ref-gap"] == .info && archived.severity["overdue"] == .warning)
    let current = RuleSelection(
      config: config, overrides: config.overrides(for: "current/p.json"), flags: RuleSelection())
    #expect(!current.isActive("ref-gap") && current.isActive("overdue"))
  }
}
