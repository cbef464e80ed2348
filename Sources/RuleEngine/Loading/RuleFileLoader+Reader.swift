import JSONSyntax
import PlanModel
import RuleLanguage

extension JSONFieldReader {
  /// Reads one rule object; nil (with diagnostics) when it is not valid.
  mutating func rule(
    _ value: JSONValue, pointer: String, deferredExamples: RuleExamples? = nil
  ) -> RuleDefinition? {
    objectPosition = value.position
    guard let object = value.objectValue else {
      error(at: value.position, "a rule must be an object, not \(value.typeName)")
      return nil
    }
    let before = diagnostics.count
    rejectUnknown(object, keys: RuleFileLoader.ruleKeys, context: "rule")
    let span = SourceSpan(
      file: file, position: value.position, pointer: pointer.isEmpty ? nil : pointer)
    let id = string(object, "id", required: true, at: value.position) ?? ""
    if !id.isEmpty, !RuleFileLoader.isValidID(id), let member = object.member("id") {
      error(
        at: member.value.position,
        "rule id '\(id)' must be kebab-case: lowercase letters, digits and '-'")
    }
    let severity =
      enumValue(
        object, "severity", Severity.init(rawValue:), names: Severity.allCases.map(\.rawValue))
      ?? .warning
    let scope = enumValue(
      object, "scope", ScopeKind.init(name:), names: ScopeKind.allCases.map(\.name),
      required: true)
    let when = expression(object, "when")
    let check = expression(object, "check", required: true)
    let message = expression(object, "message", required: true)
    let params = parameters(object)
    let tags = strings(object, "tags")
    let (pass, fail) = examples(object)
    let (figure, group) = report(object)
    // Read before the guard so that a mistyped title, `at` or rationale rejects the rule too.
    let title = string(object, "title") ?? id
    let at = string(object, "at")
    let rationale = string(object, "rationale") ?? ""
    guard diagnostics.count == before, let scope, let check, let message else { return nil }
    var rule = RuleDefinition(
      id: id, title: title, severity: severity, scope: scope, when: when, check: check,
      message: message, at: at, params: params, rationale: rationale, tags: tags,
      examples: deferredExamples ?? RuleExamples(pass: pass, fail: fail), span: span)
    rule.figure = figure
    rule.group = group
    return rule
  }

  /// `"report": {"figure": "overdue", "group": "What slipped"}`, both optional.
  mutating func report(_ object: JSONObject) -> (ReportFigure?, String) {
    guard let member = object.member("report") else { return (nil, "") }
    guard let report = member.value.objectValue else {
      error(
        at: member.value.position,
        "'report' must be an object with 'figure' and/or 'group', not \(member.value.typeName)")
      return (nil, "")
    }
    rejectUnknown(report, keys: RuleFileLoader.reportKeys, context: "report")
    let figure = enumValue(
      report, "figure", ReportFigure.init(rawValue:), names: ReportFigure.allCases.map(\.rawValue))
    return (figure, string(report, "group") ?? "")
  }

  mutating func expression(_ object: JSONObject, _ key: String, required: Bool = false)
    -> ExprSource?
  {
    guard let member = object.member(key) else {
      if required { error(at: objectPosition, "missing required key '\(key)'") }
      return nil
    }
    guard let text = member.value.stringValue else {
      error(
        at: member.value.position,
        "'\(key)' must be a string expression, not \(member.value.typeName)")
      return nil
    }
    return ExprSource(text: text, span: SourceSpan(file: file, position: member.value.position))
  }

  mutating func enumValue<T>(
    _ object: JSONObject, _ key: String, _ make: (String) -> T?, names: [String],
    required: Bool = false
  ) -> T? {
    guard let text = string(object, key) else {
      if required, object[key] == nil { error(at: objectPosition, "missing required key '\(key)'") }
      return nil
    }
    if let value = make(text) { return value }
    let position = object.member(key)?.value.position ?? .unknown
    let hint = Spelling.suggestion(for: text, among: names)
    error(
      at: position,
      "'\(text)' is not a valid \(key); expected one of \(names.joined(separator: ", "))\(hint)")
    return nil
  }

  mutating func examples(_ object: JSONObject) -> (pass: [JSONValue], fail: [JSONValue]) {
    guard let member = object.member("examples") else { return ([], []) }
    guard let examples = member.value.objectValue else {
      error(at: member.value.position, "'examples' must be an object with 'pass' and 'fail' arrays")
      return ([], [])
    }
    rejectUnknown(examples, keys: RuleFileLoader.exampleKeys, context: "examples")
    func list(_ key: String) -> [JSONValue] {
      guard let value = examples[key] else { return [] }
      guard let items = value.arrayValue, items.allSatisfy({ $0.objectValue != nil }) else {
        error(at: value.position, "'examples.\(key)' must be an array of example plan objects")
        return []
      }
      return items
    }
    return (list("pass"), list("fail"))
  }

}

extension RuleFileLoader {
  static func isValidID(_ id: String) -> Bool {
    guard let first = id.utf8.first, first != UInt8(ascii: "-"), id.utf8.last != UInt8(ascii: "-")
    else {
      return false
    }
    return id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
  }
}
