import PlanModel

/// Resolves and types an `Expr` against a scope, before anything runs: unknown names and
/// fields, mismatched comparisons and bad calls are load-time problems with positions and
/// "did you mean" suggestions. Checking goes on after a problem so all are reported at once.
package struct Checker {
  /// The rule scope; nil for a standalone expression (only `asOf` and `params` bound).
  let scope: ScopeKind?
  /// Declared parameter types; nil means `params` is a `map<string, dyn>`.
  let paramTypes: [String: ExprType]?
  var locals: [(name: String, slot: Int, type: ExprType)] = []
  var slotCount = 0
  var usesPrev = false
  /// Whether it reads `used` on a waiver, which the engine knows only after the main pass.
  var readsWaiverUse = false
  var problems: [ExprProblem] = []

  package init(scope: ScopeKind?, paramTypes: [String: ExprType]? = nil) {
    self.scope = scope
    self.paramTypes = paramTypes
  }

  /// Checks a whole expression; throws every problem found.
  package mutating func checkRoot(_ expr: Expr) throws(ExprFailure) -> CheckedExpr {
    let checked = check(expr)
    guard problems.isEmpty else { throw ExprFailure(problems: problems) }
    return checked
  }

  mutating func report(_ error: ExprError, at range: SourceRange) -> CheckedExpr {
    problems.append(ExprProblem(error, at: range))
    return .invalid(at: range)
  }

  mutating func check(_ expr: Expr) -> CheckedExpr {
    let range = expr.range
    switch expr.kind {
    case .null: return CheckedExpr(.constant(.null), .null, at: range)
    case .bool(let b): return CheckedExpr(.constant(.bool(b)), .bool, at: range)
    case .int(let i): return CheckedExpr(.constant(.int(i)), .int, at: range)
    case .double(let d): return CheckedExpr(.constant(.double(d)), .double, at: range)
    case .string(let s): return CheckedExpr(.constant(.string(s)), .string, at: range)
    case .identifier(let name): return identifier(name, at: range)
    case .select(let base, let field): return select(check(base), field, at: range)
    case .index(let base, let index): return self.index(check(base), check(index), at: range)
    case .call(let target, let name, let args): return call(target, name, args, at: range)
    case .unary(let op, let operand):
      let name = op == .not ? "!_" : "-_"
      return overloaded(name, [check(operand)], at: range, display: op.rawValue)
    case .binary(let op, let lhs, let rhs): return binary(op, check(lhs), check(rhs), at: range)
    case .conditional(let c, let t, let f): return conditional(check(c), check(t), check(f), range)
    case .list(let elements): return list(elements.map { check($0) }, at: range)
    case .map(let entries):
      return map(entries.map { check($0.key) }, entries.map { check($0.value) }, at: range)
    }
  }

  private mutating func conditional(
    _ c: CheckedExpr, _ t: CheckedExpr, _ f: CheckedExpr, _ range: SourceRange
  ) -> CheckedExpr {
    guard ExprType.bool.accepts(c.type) else {
      return report(.notBoolean("the condition of '?:'", type: c.type.description), at: c.range)
    }
    return CheckedExpr(
      .conditional(c, t, f), t.type.joined(with: f.type), at: range, children: [c, t, f])
  }

  private func list(_ elements: [CheckedExpr], at range: SourceRange) -> CheckedExpr {
    let element = elements.dropFirst().reduce(elements.first?.type ?? .dyn) {
      $0.joined(with: $1.type)
    }
    return CheckedExpr(.list(elements), .list(element), at: range, children: elements)
  }

  private mutating func map(_ keys: [CheckedExpr], _ values: [CheckedExpr], at range: SourceRange)
    -> CheckedExpr
  {
    for key in keys where ![.bool, .int, .string, .dyn].contains(key.type) {
      return report(.noOverload("map key", arguments: [key.type.description]), at: key.range)
    }
    let keyType = keys.dropFirst().reduce(keys.first?.type ?? .dyn) { $0.joined(with: $1.type) }
    let valueType = values.dropFirst().reduce(values.first?.type ?? .dyn) {
      $0.joined(with: $1.type)
    }
    return CheckedExpr(
      .map(keys: keys, values: values), .map(keyType, valueType), at: range,
      children: keys + values)
  }

  private mutating func index(_ base: CheckedExpr, _ index: CheckedExpr, at range: SourceRange)
    -> CheckedExpr
  {
    let result: ExprType
    switch base.type {
    case .list(let element) where ExprType.int.accepts(index.type): result = element
    case .map(let key, let value)
    where key.accepts(index.type) || (key.isNumeric && index.type.isNumeric):
      result = value
    case .record(let record):
      guard ExprType.string.accepts(index.type) else { fallthrough }
      if case .constant(.string(let name)) = index.kind {
        guard let type = record.fieldType(name) else {
          return report(
            unknownField(name, on: record.rawValue, record.fields.map(\.name)), at: index.range)
        }
        result = type
      } else {
        result = .dyn
      }
    case .params, .dyn: result = .dyn
    case .list, .map:
      return report(
        .noOverload("_[_]", arguments: [base.type.description, index.type.description]),
        at: range)
    default: return report(.notIndexable(base.type.description), at: range)
    }
    return CheckedExpr(.index(base, index), result, at: range, children: [base, index])
  }

  func unknownField(_ name: String, on owner: String, _ candidates: [String]) -> ExprError {
    .unknownField(name, on: owner, suggestion: Spelling.closest(to: name, among: candidates))
  }
}

/// The problems that stopped an expression from loading, in source order.
package struct ExprFailure: Error, Sendable, Equatable {
  package var problems: [ExprProblem]

  package init(problems: [ExprProblem]) {
    self.problems = problems.sorted { $0.range.start < $1.range.start }
  }
}
