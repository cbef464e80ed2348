import JSONSyntax
import PlanModel

/// Reads rule files: one rule object, or several under `"rules": [...]`. Everything is checked
/// before anything runs; every problem is a diagnostic with file, line and column.
package enum RuleFileLoader {
  static let ruleKeys = [
    "id", "title", "severity", "scope", "when", "check", "message", "at", "params", "rationale",
    "tags", "examples", "report",
  ]
  static let reportKeys = ["figure", "group"]
  static let exampleKeys = ["pass", "fail"]

  /// Parses one file's bytes into rule definitions.
  package static func load(bytes: [UInt8], file: String) -> (
    rules: [RuleDefinition], diagnostics: [Diagnostic]
  ) {
    let root: JSONValue
    switch JSONParser.parse(bytes, file: file) {
    case .success(let value): root = value
    case .failure(let diagnostic): return ([], [diagnostic])
    }
    var reader = JSONFieldReader(file: file, codePrefix: "rule")
    guard let object = root.objectValue else {
      reader.error(
        at: root.position,
        "a rule file holds a rule object or {\"rules\": [...]}, not \(root.typeName)")
      return ([], reader.diagnostics)
    }
    var rules: [RuleDefinition] = []
    if object["id"] == nil, let list = object["rules"] {
      reader.rejectUnknown(object, keys: ["rules"], context: "rule file")
      guard let items = list.arrayValue else {
        reader.error(at: list.position, "'rules' must be an array of rule objects")
        return ([], reader.diagnostics)
      }
      for (index, item) in items.enumerated() {
        if let rule = reader.rule(item, pointer: "/rules/\(index)") { rules.append(rule) }
      }
    } else if let rule = reader.rule(root, pointer: "") {
      rules.append(rule)
    }
    return (rules, reader.diagnostics)
  }

  /// Reports rules defined twice (across all loaded files).
  package static func duplicateDiagnostics(_ rules: [RuleDefinition]) -> [Diagnostic] {
    var first: [String: RuleDefinition] = [:]
    var diagnostics: [Diagnostic] = []
    for rule in rules {
      if let earlier = first[rule.id] {
        diagnostics.append(
          Diagnostic(
            code: "rule-duplicate-id",
            message:
              "duplicate rule id '\(rule.id)'; it is already defined at \(earlier.span.description)",
            span: rule.span))
      } else {
        first[rule.id] = rule
      }
    }
    return diagnostics
  }
}
