import JSONSyntax
import PlanModel

/// A parameter a rule declares in its file (`"params": {"maxOpen": {"type": "int",
/// "default": 6}}`), so config overrides are checked when the config is loaded rather than
/// failing, or being ignored, at run time.
package struct RuleParameter: Sendable, Hashable {
  /// The kinds of value a parameter can hold.
  package enum Kind: String, Sendable, Hashable, CaseIterable {
    case int, number, string, bool, list

    /// Whether a JSON value (from a rule file or config) is of this kind; an int is a number.
    package func accepts(_ value: JSONValue) -> Bool {
      switch (self, value.kind) {
      case (.int, .number(let text)): Int(text) != nil
      case (.number, .number): true
      case (.string, .string), (.bool, .bool), (.list, .array): true
      default: false
      }
    }

    /// The kind a bare default (`"maxOpen": 6`, the older shorthand) implies.
    static func inferred(from value: JSONValue) -> Kind? {
      switch value.kind {
      case .number(let text): Int(text) != nil ? .int : .number
      case .string: .string
      case .bool: .bool
      case .array: .list
      case .null, .object: nil
      }
    }
  }

  package var kind: Kind
  package var defaultValue: JSONValue
  package var summary: String

  package init(kind: Kind, defaultValue: JSONValue, summary: String = "") {
    self.kind = kind
    self.defaultValue = defaultValue
    self.summary = summary
  }

  /// `"int"`, `"number"` with an article, for messages: "must be an int".
  package var kindPhrase: String {
    switch kind {
    case .int: "an int"
    case .number: "a number"
    case .string: "a string"
    case .bool: "a bool (true or false)"
    case .list: "a list"
    }
  }

  static let declarationKeys = ["type", "default", "description"]
}

extension JSONFieldReader {
  /// Reads a rule's `params`: each a declaration `{"type": …, "default": …}`, or a bare
  /// default whose kind is inferred.
  mutating func parameters(_ object: JSONObject) -> [String: RuleParameter] {
    guard let value = object["params"] else { return [:] }
    guard let members = value.objectValue?.members else {
      error(at: value.position, "'params' must be an object of parameter declarations")
      return [:]
    }
    var result: [String: RuleParameter] = [:]
    for member in members {
      if let declaration = member.value.objectValue {
        if let parameter = parameter(member.key, declaration, at: member.value.position) {
          result[member.key] = parameter
        }
      } else if let kind = RuleParameter.Kind.inferred(from: member.value) {
        result[member.key] = RuleParameter(kind: kind, defaultValue: member.value)
      } else {
        error(
          at: member.value.position,
          "parameter '\(member.key)' needs a declaration {\"type\": …, \"default\": …}")
      }
    }
    return result
  }

  private mutating func parameter(
    _ name: String, _ declaration: JSONObject, at position: SourcePosition
  ) -> RuleParameter? {
    rejectUnknown(declaration, keys: RuleParameter.declarationKeys, context: "parameter")
    let kinds = RuleParameter.Kind.allCases.map(\.rawValue)
    guard
      let kind = enumValue(
        declaration, "type", RuleParameter.Kind.init(rawValue:), names: kinds, required: true)
    else { return nil }
    guard let defaultValue = declaration["default"] else {
      error(at: position, "parameter '\(name)' needs a 'default'")
      return nil
    }
    let parameter = RuleParameter(
      kind: kind, defaultValue: defaultValue, summary: string(declaration, "description") ?? "")
    guard kind.accepts(defaultValue) else {
      error(
        at: defaultValue.position,
        "the default of parameter '\(name)' must be \(parameter.kindPhrase), not "
          + defaultValue.typeName)
      return nil
    }
    return parameter
  }
}
