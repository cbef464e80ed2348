import JSONSyntax
import PlanModel
import RuleLanguage

/// A rule ready to run: its definition with `when`, `check` and `message` compiled once.
package struct CompiledRule: Sendable {
  package let definition: RuleDefinition
  let when: CompiledExpr?
  let check: CompiledExpr
  let message: MessageTemplate
  /// The rule mentions `prev`, so it needs a compared version.
  package let usesPrev: Bool
  /// The rule reads `used` on waivers, so it runs after waivers are applied.
  package let readsWaiverUse: Bool
  let defaultParams: [String: Value]

  package var id: String { definition.id }
  /// Every compiled expression: `when`, `check` and the message holes.
  package var expressions: [CompiledExpr] { [when].compactMap { $0 } + [check] + message.holes }
  package var scope: ScopeKind { definition.scope }

  enum Verdict {
    case pass
    case fail
    case error(String)
  }

  /// A finding is due when `when` holds (or is absent) and `check` does not.
  func verdict(in context: inout EvalContext) -> Verdict {
    if let when {
      switch when.evaluate(in: &context) {
      case .success(.bool(true)): break
      case .success(.bool(false)): return .pass
      case .success(let other): return .error("'when' gave \(other.typeName.name), not bool")
      case .failure(let error): return .error(located(error, when, definition.when, role: "when"))
      }
    }
    switch check.evaluate(in: &context) {
    case .success(.bool(true)): return .pass
    case .success(.bool(false)): return .fail
    case .success(let other): return .error("'check' gave \(other.typeName.name), not bool")
    case .failure(let error):
      return .error(located(error, check, definition.check, role: "check"))
    }
  }

  /// "in 'check' at rules/x.json:7:31: …": where in the rule file the failing macro or call
  /// is, when the error knows its place in the expression.
  private func located(
    _ error: EvalError, _ expr: CompiledExpr, _ source: ExprSource?, role: String
  )
    -> String
  {
    guard let range = error.range, let source else { return "in '\(role)': \(error.message)" }
    let (line, column) = SourceText(expr.source).position(of: range.start)
    let span = source.fileSpan(line: line, column: column)
    return "in '\(role)' at \(span.file):\(span.line):\(span.column): \(error.message)"
  }

  func render(in context: inout EvalContext) -> String {
    message.render(in: &context)
  }

  /// The rule's own parameters, with config overrides on top.
  func parameters(overrides: [String: JSONValue]?) -> [String: Value] {
    guard let overrides else { return defaultParams }
    var params = defaultParams
    for (name, value) in overrides {
      params[name] = CompiledRule.value(of: value, as: definition.params[name]?.kind)
    }
    return params
  }

  /// A parameter's JSON value as the expression value of its declared kind: a number
  /// parameter given a whole number (`"threshold": 1`) is still a double.
  static func value(of json: JSONValue, as kind: RuleParameter.Kind?) -> Value {
    if kind == .number, case .number(let text) = json.kind { return .double(Double(text) ?? 0) }
    return value(of: json)
  }

  /// A JSON parameter as an expression value.
  package static func value(of json: JSONValue) -> Value {
    switch json.kind {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .number(let text):
      if let int = Int(text) { return .int(int) }
      return .double(Double(text) ?? 0)
    case .string(let text): return .string(text)
    case .array(let items): return .list(.values(items.map(value(of:))))
    case .object(let object):
      return .map(MapValue(object.members.map { ($0.key, value(of: $0.value)) }))
    }
  }

  /// The static type of a declared parameter, so `params.maxOpen` is checked as an int.
  static func type(of kind: RuleParameter.Kind) -> ExprType {
    switch kind {
    case .int: .int
    case .number: .double
    case .string: .string
    case .bool: .bool
    case .list: .list(.dyn)
    }
  }
}
