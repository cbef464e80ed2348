/// One overload of a builtin function or operator, declared once: the checker reads its
/// signature, the runtime runs its implementation, and documentation lists its summary.
///
/// Overloads of one name share an implementation that dispatches on run-time values, so a
/// call with `dyn` arguments runs correctly whichever overload the checker picked.
package struct Builtin: Sendable {
  package enum Style: Sendable, Equatable {
    /// `f(x)`.
    case global
    /// `x.f()`: the receiver is the first parameter.
    case member
    /// Either form.
    case both
    /// An operator, named as CEL does internally (`_+_`, `-_`, `@in`).
    case `operator`
  }

  enum Implementation: Sendable {
    case unary(@Sendable (inout EvalContext, Value) throws(EvalError) -> Value)
    case binary(@Sendable (inout EvalContext, Value, Value) throws(EvalError) -> Value)
    case ternary(@Sendable (inout EvalContext, Value, Value, Value) throws(EvalError) -> Value)
  }

  package let name: String
  package let style: Style
  package let parameters: [ExprType]
  package let result: ExprType
  package let summary: String
  /// True when the result depends on the plan (so it is never folded as a constant).
  package let readsPlan: Bool
  let implementation: Implementation

  init(
    _ name: String, _ style: Style, _ parameters: [ExprType], _ result: ExprType,
    _ summary: String, readsPlan: Bool = false, _ implementation: Implementation
  ) {
    self.name = name
    self.style = style
    self.parameters = parameters
    self.result = result
    self.summary = summary
    self.readsPlan = readsPlan
    self.implementation = implementation
  }

  /// `size(string) -> int`, `string.contains(string) -> bool`, `int + int -> int`.
  package var signature: String {
    let types = parameters.map(\.description)
    switch style {
    case .global, .both:
      return "\(name)(\(types.joined(separator: ", "))) -> \(result)"
    case .member:
      let receiver = types.first ?? ""
      let rest = types.dropFirst().joined(separator: ", ")
      return "\(receiver).\(name)(\(rest)) -> \(result)"
    case .operator:
      let op = String(name.filter { $0 != "_" && $0 != "@" })
      if types.count == 1 { return "\(op)\(types[0]) -> \(result)" }
      return "\(types.first ?? "") \(op) \(types.last ?? "") -> \(result)"
    }
  }

  func accepts(_ style: Style, arity: Int) -> Bool {
    guard parameters.count == arity else { return false }
    switch (self.style, style) {
    case (.both, .global), (.both, .member): return true
    default: return self.style == style
    }
  }
}
