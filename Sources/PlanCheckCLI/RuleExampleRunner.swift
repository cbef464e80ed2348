import JSONSyntax
import PlanModel
import PlanReading
import RuleEngine

/// Runs a rule's own examples: every `pass` example must yield no finding of the rule, every
/// `fail` example at least one. An example is a small JSON plan (see README "Writing rules").
struct RuleExampleRunner {
  /// The as-of date of examples that do not give one, so results never depend on the clock.
  static let defaultAsOf = "2024-01-01"
  static let exampleOnlyKeys: Set<String> = ["note", "params", "prev", "action"]

  struct Failure: Equatable {
    var rule: String
    var span: SourceSpan
    var message: String
  }

  let engine: Engine

  /// Checks every example of every rule; returns (examples run, failures).
  func run() -> (count: Int, failures: [Failure]) {
    var count = 0
    var failures: [Failure] = []
    for rule in engine.rules.rules {
      let outcome = run(rule)
      count += outcome.count
      failures += outcome.failures
    }
    return (count, failures)
  }

  /// Checks the examples of one rule; returns (examples run, failures).
  func run(_ rule: CompiledRule) -> (count: Int, failures: [Failure]) {
    var count = 0
    var failures: [Failure] = []
    for (kind, examples) in [
      ("pass", rule.definition.passExamples), ("fail", rule.definition.failExamples),
    ] {
      for (index, example) in examples.enumerated() {
        count += 1
        if let problem = check(rule, example: example, expectFinding: kind == "fail") {
          let span = SourceSpan(file: rule.definition.span.file, position: example.position)
          failures.append(
            Failure(
              rule: rule.id, span: span, message: "\(kind) example \(index + 1): \(problem)"))
        }
      }
    }
    return (count, failures)
  }

  /// Nil when the example behaves as declared, else what went wrong.
  func check(_ rule: CompiledRule, example: JSONValue, expectFinding: Bool) -> String? {
    guard let object = example.objectValue else { return "an example must be an object" }
    let file = rule.definition.span.file
    let plan: Plan
    switch RuleExampleRunner.plan(from: object, file: file) {
    case .success(let built): plan = built
    case .failure(let problem): return problem.message
    }
    var previous: Plan?
    if let prev = object["prev"] {
      guard let prevObject = prev.objectValue else { return "'prev' must be a plan object" }
      switch RuleExampleRunner.plan(from: prevObject, file: file) {
      case .success(let built): previous = built
      case .failure(let problem): return "in 'prev': \(problem.message)"
      }
    }
    var selection = RuleSelection()
    selection.only = [rule.id]
    if let params = object["params"]?.objectValue {
      var values: [String: JSONValue] = [:]
      for member in params.members {
        // An example's parameters are checked as config's are: a typo would test nothing.
        guard let declared = rule.definition.params[member.key] else {
          let hint = Spelling.suggestion(
            for: member.key, among: rule.definition.params.keys.sorted())
          return "the rule has no parameter '\(member.key)'\(hint)"
        }
        guard declared.kind.accepts(member.value) else {
          return "parameter '\(member.key)' must be \(declared.kindPhrase), not "
            + member.value.typeName
        }
        values[member.key] = member.value
      }
      selection.params[rule.id] = values
    }
    let asOf = plan.asOf.earliest ?? Day(iso: RuleExampleRunner.defaultAsOf) ?? Day(ordinal: 0)
    let outcome = Engine(rules: RuleSet(rules: [rule])).check(
      plan, previous: previous, selection: selection, asOf: asOf)
    if let error = outcome.ruleRuns.first?.errors.first { return "the rule failed: \(error)" }
    if !outcome.skipped.isEmpty {
      return "the rule was skipped: \(outcome.skipped[0].reason); give a 'prev' plan"
    }
    let findings = outcome.findings.filter { $0.ruleID == rule.id && !$0.isSuppressed }
    if expectFinding, findings.isEmpty { return "expected a finding, got none" }
    if !expectFinding, let first = findings.first {
      return "expected no finding, got: \(first.message)"
    }
    return nil
  }

  struct Problem: Error { var message: String }

  /// Turns an example object into a plan: example-only keys removed, `action` shorthand
  /// expanded, the default as-of date supplied.
  static func plan(from object: JSONObject, file: String) -> Result<Plan, Problem> {
    var members = object.members.filter { !exampleOnlyKeys.contains($0.key) }
    if let action = object.member("action") {
      members.append(
        JSONMember(
          key: "actions", keyPosition: action.keyPosition,
          value: JSONValue(.array([action.value]), position: action.value.position)))
    }
    if object["asOf"] == nil {
      members.append(JSONMember(key: "asOf", value: .string(defaultAsOf)))
    }
    if object["id"] == nil { members.append(JSONMember(key: "id", value: .string("example"))) }
    let root = JSONValue(.object(JSONObject(members)), position: .unknown)
    let (plan, diagnostics) = PlanJSONDecoder(file: file, baseDirectory: ".").decode(root)
    if let error = diagnostics.first(where: { $0.severity == .error }) {
      return .failure(
        Problem(message: "not a valid example plan: \(error.span.description): \(error.message)"))
    }
    var linked = plan
    linked.resolveRelativeDates()
    linked.link()
    return .success(linked)
  }
}
