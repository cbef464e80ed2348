import PlanModel
import PlanReading
import RuleLanguage
import TestSupport
import Testing

@testable import RuleEngine

/// Builds the inputs of engine tests from text: plans through the JSON plan reader, rules
/// through the rule file loader and compiler, so tests read like the files users write.
enum EngineFixtures {
  /// A plan from JSON text, linked and with relative dates resolved, as the CLI prepares it.
  static func plan(
    _ json: String, file: String = "plan.json", sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Plan {
    let (decoded, diagnostics) = PlanJSONDecoder(file: file, baseDirectory: ".").decode(
      bytes: Array(json.utf8))
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(
      errors.isEmpty, "plan fixture: \(errors.map(\.formatted))", sourceLocation: sourceLocation)
    var plan = try #require(decoded, sourceLocation: sourceLocation)
    plan.resolveRelativeDates()
    plan.link()
    return plan
  }

  /// Compiled rules from rule file texts; fails the test on any diagnostic.
  static func rules(
    _ texts: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) -> RuleSet {
    var definitions: [RuleDefinition] = []
    for (index, text) in texts.enumerated() {
      let loaded = RuleFileLoader.load(bytes: Array(text.utf8), file: "rule\(index).json")
      #expect(
        loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))",
        sourceLocation: sourceLocation)
      definitions += loaded.rules
    }
    let (set, diagnostics) = RuleSet.compile(definitions)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
    return set
  }

  /// A rule file text for one rule; only the parts a test cares about need be given.
  static func rule(
    id: String, scope: String = "action", when: String? = nil, check: String,
    message: String = "{label} fails", severity: String = "warning", at: String? = nil
  ) -> String {
    var members = [
      "\"id\": \(quoted(id))", "\"scope\": \(quoted(scope))", "\"check\": \(quoted(check))",
      "\"message\": \(quoted(message))", "\"severity\": \(quoted(severity))",
    ]
    if let when { members.append("\"when\": \(quoted(when))") }
    if let at { members.append("\"at\": \(quoted(at))") }
    return "{\n  " + members.joined(separator: ",\n  ") + "\n}\n"
  }

  /// Runs the engine with defaults that tests rarely change.
  static func check(
    _ plan: Plan, rules: RuleSet, previous: Plan? = nil, selection: RuleSelection = RuleSelection(),
    asOf: String = "2024-01-01", configWaivers: [Config.ConfigWaiver] = []
  ) throws -> Engine.Outcome {
    let day = try #require(Day(iso: asOf))
    return Engine(rules: rules).check(
      plan, previous: previous, selection: selection, asOf: day, configWaivers: configWaivers)
  }

  private static func quoted(_ text: String) -> String {
    var result = "\""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      default: result.append(character)
      }
    }
    return result + "\""
  }
}

extension MarkedText {
  /// Expects `span` to start at the marker `name` (line and column).
  func expect(
    _ span: SourceSpan, at name: String = "1️⃣", sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let marker = markers[name] else {
      Issue.record("no marker \(name) in the text", sourceLocation: sourceLocation)
      return
    }
    #expect(
      "\(span.line):\(span.column)" == "\(marker.line):\(marker.column)",
      "\(span.description)", sourceLocation: sourceLocation)
  }
}
