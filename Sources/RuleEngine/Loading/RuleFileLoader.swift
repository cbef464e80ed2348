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
    return load(root: root, file: file, deferredExamples: nil)
  }

  /// Parses a one-rule file whose `examples` are read only when asked for (see
  /// `RuleExamples`); a file of several rules, or one that does not parse this way, is read
  /// whole.
  package static func load(contentsDeferringExamples contents: String, file: String) -> (
    rules: [RuleDefinition], diagnostics: [Diagnostic]
  ) {
    let bytes = Array(contents.utf8)
    guard
      case .success(let parsed) = JSONParser.parse(
        bytes, file: file, deferring: ["examples"], objects: true),
      parsed.root.objectValue?["id"] != nil
    else { return load(bytes: bytes, file: file) }
    return load(
      root: parsed.root, file: file,
      deferredExamples: parsed.deferred["examples"] == nil
        ? nil : RuleExamples(deferredIn: contents, file: file))
  }

  private static func load(root: JSONValue, file: String, deferredExamples: RuleExamples?) -> (
    rules: [RuleDefinition], diagnostics: [Diagnostic]
  ) {
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
    } else if let rule = reader.rule(root, pointer: "", deferredExamples: deferredExamples) {
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
