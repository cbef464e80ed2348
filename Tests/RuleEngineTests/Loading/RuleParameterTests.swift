import PlanModel
import TestSupport
import Testing

@testable import RuleEngine

/// Parameters are declared (type, default) in the rule file, and config values are checked
/// against the declarations when the config is loaded.
struct RuleParameterTests {
  static func rule(_ params: String) -> String {
    """
    {"id": "busy", "scope": "plan", "check": "size(actions) <= params.maxOpen",
     "message": "too many", "params": \(params)}
    """
  }

  @Test func declaredParameterIsTypedAndDefaulted() throws {
    let loaded = RuleFileLoader.load(
      bytes: Array(Self.rule(#"{"maxOpen": {"type": "int", "default": 6}}"#).utf8), file: "r.json")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.message))")
    let parameter = try #require(loaded.rules.first?.params["maxOpen"])
    #expect(parameter.kind == .int)
    #expect(parameter.defaultValue.kind == .number("6"))
  }

  @Test(arguments: [
    (#"{"maxOpen": {"type": "integer", "default": 6}}"#, "'integer' is not a valid type"),
    (#"{"maxOpen": {"type": "int", "default": "6"}}"#, "must be an int, not a string"),
    (#"{"maxOpen": {"type": "int"}}"#, "parameter 'maxOpen' needs a 'default'"),
    (#"{"maxOpen": {"type": "int", "default": 6, "descr": ""}}"#, "unknown key 'descr'"),
  ])
  func badDeclarationsAreLoadErrors(params: String, message: String) {
    let loaded = RuleFileLoader.load(bytes: Array(Self.rule(params).utf8), file: "r.json")
    #expect(
      loaded.diagnostics.contains { $0.message.contains(message) },
      "\(loaded.diagnostics.map(\.message))")
  }

  static func problems(_ config: String) throws -> [String] {
    let rules = RuleSet.compile(
      RuleFileLoader.load(
        bytes: Array(Self.rule(#"{"maxOpen": {"type": "int", "default": 6}}"#).utf8),
        file: "r.json"
      ).rules)
    let loaded = ConfigLoader.load(bytes: Array(config.utf8), file: ".plancheck.json")
    #expect(loaded.diagnostics.isEmpty)
    return ParameterCheck.problems(in: loaded.config, rules: rules.0).map(\.formatted)
  }

  @Test(arguments: [
    (
      #"{"params": {"busy": {"maxOpn": 8}}}"#,
      ".plancheck.json:1:32: error: rule 'busy' has no parameter 'maxOpn'; did you mean 'maxOpen'?"
    ),
    (
      #"{"params": {"busy": {"maxOpen": "8"}}}"#,
      ".plancheck.json:1:33: error: 'params.busy.maxOpen' must be an int, not a string \"8\""
    ),
    (
      #"{"overrides": [{"files": ["a/**"], "params": {"busy": {"maxOpen": 1.5}}}]}"#,
      "'params.busy.maxOpen' must be an int, not a number 1.5"
    ),
  ])
  func configValuesAreChecked(config: String, expected: String) throws {
    let problems = try Self.problems(config)
    #expect(problems.count == 1)
    #expect(problems.first?.contains(expected) == true, "\(problems)")
  }

  @Test func goodValuesAndOtherRulesPass() throws {
    #expect(try Self.problems(#"{"params": {"busy": {"maxOpen": 8}}}"#).isEmpty)
    #expect(try Self.problems(#"{"params": {"other-rule": {"x": 1}}}"#).isEmpty)
  }
}
