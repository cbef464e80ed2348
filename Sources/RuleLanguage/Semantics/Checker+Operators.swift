import PlanModel

/// Operators: logic, equality (with load-time errors for types that can never be equal),
/// ordering, membership and arithmetic, resolved against the builtin table.
extension Checker {
  mutating func binary(
    _ op: BinaryOperator, _ lhs: CheckedExpr, _ rhs: CheckedExpr, at range: SourceRange
  ) -> CheckedExpr {
    switch op {
    case .and, .or:
      for side in [lhs, rhs] where !ExprType.bool.accepts(side.type) {
        return report(
          .notBoolean("an operand of '\(op.rawValue)'", type: side.type.description), at: side.range
        )
      }
      let kind: CheckedExpr.Kind = op == .and ? .and(lhs, rhs) : .or(lhs, rhs)
      return CheckedExpr(kind, .bool, at: range, children: [lhs, rhs])
    case .equal, .notEqual:
      guard lhs.type.comparableForEquality(with: rhs.type) else {
        return report(incompatible(op, lhs.type, rhs.type), at: range)
      }
      if let problem = enumeratedMismatch(lhs, rhs) ?? enumeratedMismatch(rhs, lhs) {
        return report(problem.error, at: problem.range)
      }
      return CheckedExpr(
        .equal(lhs, rhs, negated: op == .notEqual), .bool, at: range, children: [lhs, rhs])
    case .less, .lessEqual, .greater, .greaterEqual:
      let candidates = matching(op.builtinName, [lhs, rhs], style: .operator)
      guard !candidates.isEmpty else {
        return report(incompatible(op, lhs.type, rhs.type), at: range)
      }
      return overloaded(op.builtinName, [lhs, rhs], at: range, display: op.rawValue)
    case .in:
      guard let element = rhs.type.iterationElement else {
        return report(
          .noOverload("in", arguments: [lhs.type.description, rhs.type.description]), at: range)
      }
      guard lhs.type.comparableForEquality(with: element) else {
        return report(incompatible(op, lhs.type, element), at: range)
      }
      return overloaded(op.builtinName, [lhs, rhs], at: range, display: "in")
    case .add, .subtract, .multiply, .divide, .remainder:
      return overloaded(op.builtinName, [lhs, rhs], at: range, display: op.rawValue)
    }
  }

  private func incompatible(_ op: BinaryOperator, _ lhs: ExprType, _ rhs: ExprType) -> ExprError {
    var hint: String?
    if (lhs == .date && rhs == .string) || (lhs == .string && rhs == .date) {
      hint = "write date('YYYY-MM-DD'), or compare the date's .text or .kind"
    }
    return .incompatibleComparison(
      op: op.rawValue, lhs: lhs.description, rhs: rhs.description, hint: hint)
  }

  /// `status.class == 'gren'` can never hold: say so at load time, with a suggestion.
  private func enumeratedMismatch(_ field: CheckedExpr, _ literal: CheckedExpr) -> ExprProblem? {
    guard case .constant(.string(let text)) = literal.kind else { return nil }
    let what: String
    let values: [String]
    switch field.kind {
    case .field(_, let spec) where spec.name == "status.class":
      (what, values) = ("status class", StatusClass.allCases.map(\.rawValue))
    case .select(let base, "class") where base.type == .record(.status):
      (what, values) = ("status class", StatusClass.allCases.map(\.rawValue))
    case .valueField(_, .kind):
      (what, values) = ("date kind", PlanDate.Kind.allCases.map(\.rawValue))
    default: return nil
    }
    guard !values.contains(text) else { return nil }
    let suggestion = Spelling.closest(to: text, among: values)
    return ExprProblem(.unknownValue(text, of: what, suggestion: suggestion), at: literal.range)
  }

  func matching(_ name: String, _ args: [CheckedExpr], style: Builtin.Style) -> [Builtin] {
    Builtins.overloads(named: name).filter { overload in
      overload.accepts(style, arity: args.count)
        && zip(overload.parameters, args).allSatisfy { $0.accepts($1.type) }
    }
  }

  /// Resolves a call against the builtin table and types its result.
  mutating func overloaded(
    _ name: String, _ args: [CheckedExpr], at range: SourceRange, display: String,
    style: Builtin.Style = .operator
  ) -> CheckedExpr {
    let candidates = matching(name, args, style: style)
    guard let first = candidates.first else {
      return report(.noOverload(display, arguments: args.map(\.type.description)), at: range)
    }
    var result =
      candidates.dropFirst().allSatisfy { $0.result == first.result } ? first.result : .dyn
    if name == "_+_", args.count == 2, case .list(let a) = args[0].type,
      case .list(let b) = args[1].type
    {
      result = .list(a.joined(with: b))
    }
    let call = BuiltinCall(name: name, overload: first, arguments: args)
    return CheckedExpr(
      .call(call), result, at: range, children: args, readsPlan: first.readsPlan)
  }
}
