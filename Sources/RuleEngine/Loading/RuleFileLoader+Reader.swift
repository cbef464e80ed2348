import JSONSyntax
import PlanModel

extension RuleFileLoader {
  /// Walks one rule file's JSON, collecting diagnostics instead of stopping at the first.
  struct Reader {
    let file: String
    var diagnostics: [Diagnostic] = []
    /// Where the object being read starts, for "missing key" errors.
    var objectPosition = SourcePosition.unknown

    init(file: String) { self.file = file }

    mutating func error(at position: SourcePosition, _ message: String, code: String = "rule-invalid") {
      diagnostics.append(
        Diagnostic(code: code, message: message, span: SourceSpan(file: file, position: position)))
    }

    mutating func unknownKey(_ member: JSONMember, among keys: [String], context: String) {
      let hint = Spelling.suggestion(for: member.key, among: keys)
      error(at: member.keyPosition, "unknown key '\(member.key)' in \(context)\(hint)", code: "rule-unknown-key")
    }

    mutating func rule(_ value: JSONValue, pointer: String) -> RuleDefinition? {
      guard let object = value.objectValue else {
        error(at: value.position, "a rule must be an object, not \(value.typeName)")
        return nil
      }
      let before = diagnostics.count
      objectPosition = value.position
      for member in object.members where !RuleFileLoader.ruleKeys.contains(member.key) {
        unknownKey(member, among: RuleFileLoader.ruleKeys, context: "rule")
      }
      let span = SourceSpan(file: file, position: value.position, pointer: pointer.isEmpty ? nil : pointer)
      let id = string(object, "id", required: true) ?? ""
      if !id.isEmpty, !RuleFileLoader.isValidID(id), let member = object.member("id") {
        error(at: member.value.position, "rule id '\(id)' must be kebab-case: lowercase letters, digits and '-'")
      }
      let severity = enumValue(object, "severity", Severity.init(rawValue:), names: Severity.allCases.map(\.rawValue)) ?? .warning
      let scope = enumValue(object, "scope", RuleScope.init(rawValue:), names: RuleScope.allCases.map(\.rawValue), required: true)
      let when = expression(object, "when")
      let check = expression(object, "check", required: true)
      let message = expression(object, "message", required: true)
      let params = paramsObject(object)
      let tags = stringList(object, "tags")
      let (pass, fail) = examples(object)
      guard diagnostics.count == before, let scope, let check, let message else { return nil }
      return RuleDefinition(
        id: id, title: string(object, "title") ?? id, severity: severity, scope: scope, when: when,
        check: check, message: message, at: string(object, "at"), params: params,
        rationale: string(object, "rationale") ?? "", tags: tags, passExamples: pass,
        failExamples: fail, span: span)
    }

    mutating func string(_ object: JSONObject, _ key: String, required: Bool = false) -> String? {
      guard let member = object.member(key) else {
        if required { missing(key, in: object) }
        return nil
      }
      guard let text = member.value.stringValue else {
        error(at: member.value.position, "'\(key)' must be a string, not \(member.value.typeName)")
        return nil
      }
      return text
    }

    mutating func expression(_ object: JSONObject, _ key: String, required: Bool = false) -> ExprSource? {
      guard let member = object.member(key) else {
        if required { missing(key, in: object) }
        return nil
      }
      guard let text = member.value.stringValue else {
        error(at: member.value.position, "'\(key)' must be a string expression, not \(member.value.typeName)")
        return nil
      }
      return ExprSource(text: text, span: SourceSpan(file: file, position: member.value.position))
    }

    mutating func enumValue<T>(
      _ object: JSONObject, _ key: String, _ make: (String) -> T?, names: [String], required: Bool = false
    ) -> T? {
      guard let text = string(object, key, required: required) else { return nil }
      if let value = make(text) { return value }
      let position = object.member(key)?.value.position ?? .unknown
      let hint = Spelling.suggestion(for: text, among: names)
      error(at: position, "'\(text)' is not a valid \(key); expected one of \(names.joined(separator: ", "))\(hint)")
      return nil
    }

    mutating func stringList(_ object: JSONObject, _ key: String) -> [String] {
      guard let member = object.member(key) else { return [] }
      guard let items = member.value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
        error(at: member.value.position, "'\(key)' must be an array of strings")
        return []
      }
      return items.compactMap(\.stringValue)
    }

    mutating func paramsObject(_ object: JSONObject) -> [String: JSONValue] {
      guard let member = object.member("params") else { return [:] }
      guard let params = member.value.objectValue else {
        error(at: member.value.position, "'params' must be an object of parameter values")
        return [:]
      }
      var result: [String: JSONValue] = [:]
      for param in params.members { result[param.key] = param.value }
      return result
    }

    mutating func examples(_ object: JSONObject) -> (pass: [JSONValue], fail: [JSONValue]) {
      guard let member = object.member("examples") else { return ([], []) }
      guard let examples = member.value.objectValue else {
        error(at: member.value.position, "'examples' must be an object with 'pass' and 'fail' arrays")
        return ([], [])
      }
      for key in examples.members where !RuleFileLoader.exampleKeys.contains(key.key) {
        unknownKey(key, among: RuleFileLoader.exampleKeys, context: "examples")
      }
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

    mutating func missing(_ key: String, in object: JSONObject) {
      error(at: objectPosition, "rule is missing required key '\(key)'", code: "rule-missing-key")
    }
  }

  static func isValidID(_ id: String) -> Bool {
    guard let first = id.utf8.first, first != UInt8(ascii: "-"), id.utf8.last != UInt8(ascii: "-") else {
      return false
    }
    return id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
  }
}
