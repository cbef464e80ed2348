import JSONSyntax
import PlanModel

/// Typed access to the members of a JSON object that records every problem as a diagnostic
/// at the value's position, so a file's errors are all reported at once.
struct JSONFieldReader {
  let file: String
  /// Prefix of diagnostic codes: `rule-invalid`, `config-unknown-key`.
  let codePrefix: String
  var diagnostics: [Diagnostic] = []
  /// Where the object being read starts, for "missing key" errors.
  var objectPosition = SourcePosition.unknown

  init(file: String, codePrefix: String) {
    self.file = file
    self.codePrefix = codePrefix
  }

  mutating func error(at position: SourcePosition, _ message: String, code: String = "invalid") {
    diagnostics.append(
      Diagnostic(
        code: "\(codePrefix)-\(code)", message: message,
        span: SourceSpan(file: file, position: position)))
  }

  mutating func rejectUnknown(_ object: JSONObject, keys: [String], context: String) {
    for member in object.members where !keys.contains(member.key) {
      let hint = Spelling.suggestion(for: member.key, among: keys)
      error(
        at: member.keyPosition, "unknown key '\(member.key)' in \(context)\(hint)",
        code: "unknown-key")
    }
  }

  mutating func string(
    _ object: JSONObject, _ key: String, required: Bool = false,
    at position: SourcePosition = .unknown
  ) -> String? {
    guard let value = object[key] else {
      if required { error(at: position, "missing required key '\(key)'") }
      return nil
    }
    guard let text = value.stringValue else {
      error(at: value.position, "'\(key)' must be a string, not \(value.typeName)")
      return nil
    }
    return text
  }

  mutating func strings(_ object: JSONObject, _ key: String) -> [String] {
    guard let value = object[key] else { return [] }
    guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
      error(at: value.position, "'\(key)' must be an array of strings")
      return []
    }
    return items.compactMap(\.stringValue)
  }

  mutating func stringMap(_ object: JSONObject, _ key: String) -> [String: String] {
    guard let value = object[key] else { return [:] }
    guard let members = value.objectValue?.members else {
      error(at: value.position, "'\(key)' must be an object of strings")
      return [:]
    }
    var result: [String: String] = [:]
    for member in members {
      guard let text = member.value.stringValue else {
        error(at: member.value.position, "'\(key).\(member.key)' must be a string")
        continue
      }
      result[member.key] = text
    }
    return result
  }

  mutating func severities(_ object: JSONObject, _ key: String) -> [String: Severity] {
    var result: [String: Severity] = [:]
    for (rule, text) in stringMap(object, key) {
      if let severity = Severity(rawValue: text) {
        result[rule] = severity
      } else {
        let position = object[key]?.objectValue?[rule]?.position ?? .unknown
        error(at: position, "'\(text)' is not a severity; expected error, warning or info")
      }
    }
    return result
  }

  /// An object member as a dictionary of raw values.
  mutating func stringKeyed(_ object: JSONObject, _ key: String) -> [String: JSONValue] {
    guard let value = object[key] else { return [:] }
    guard let members = value.objectValue?.members else {
      error(at: value.position, "'\(key)' must be an object")
      return [:]
    }
    var result: [String: JSONValue] = [:]
    for member in members { result[member.key] = member.value }
    return result
  }

  mutating func params(_ object: JSONObject) -> [String: [String: JSONValue]] {
    guard let value = object["params"] else { return [:] }
    guard let rules = value.objectValue else {
      error(at: value.position, "'params' must map rule ids to objects of parameter values")
      return [:]
    }
    var result: [String: [String: JSONValue]] = [:]
    for rule in rules.members {
      guard let values = rule.value.objectValue else {
        error(at: rule.value.position, "'params.\(rule.key)' must be an object of parameter values")
        continue
      }
      var entry: [String: JSONValue] = [:]
      for member in values.members { entry[member.key] = member.value }
      result[rule.key] = entry
    }
    return result
  }

  /// The objects of an array member, with their positions; non-objects are errors.
  mutating func objects(_ object: JSONObject, _ key: String) -> [(JSONObject, SourcePosition)] {
    guard let value = object[key] else { return [] }
    guard let items = value.arrayValue else {
      error(at: value.position, "'\(key)' must be an array of objects")
      return []
    }
    return items.compactMap { item in
      guard let entry = item.objectValue else {
        error(at: item.position, "each entry of '\(key)' must be an object")
        return nil
      }
      return (entry, item.position)
    }
  }
}
