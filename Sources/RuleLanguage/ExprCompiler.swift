import PlanModel

/// The front door: source text in, a compiled expression (or every problem with it) out.
/// Knows nothing about rule files; the rule loader offsets positions into its file.
package enum ExprCompiler {
  /// Parses, checks and compiles `source` for `scope` (nil: standalone, only `asOf` and
  /// `params`). `params` declares parameter types (nil: `params` is an untyped map);
  /// `expecting` is the type the caller needs, such as `.bool` for rule conditions.
  package static func compile(
    _ source: String, scope: ScopeKind?, params: [String: ExprType]? = nil,
    expecting: ExprType? = nil
  ) throws(ExprFailure) -> CompiledExpr {
    let checked = try check(source, scope: scope, params: params, expecting: expecting)
    return CompiledExpr(checked, sharing: SharedSubexpressions([checked], scope: scope))
  }

  /// Parses and checks `source` without compiling it, so expressions compiled together (one
  /// rule's) can share their common subexpressions (see `SharedSubexpressions`).
  package static func check(
    _ source: String, scope: ScopeKind?, params: [String: ExprType]? = nil,
    expecting: ExprType? = nil
  ) throws(ExprFailure) -> CheckedSource {
    let expr: Expr
    do throws(ExprProblem) { expr = try Parser.parse(source) } catch {
      throw ExprFailure(problems: [error])
    }
    var checker = Checker(scope: scope, paramTypes: params)
    let checked = try checker.checkRoot(expr)
    if let expecting, !expecting.accepts(checked.type) {
      let problem = ExprProblem(
        .notBoolean("the expression", type: checked.type.description), at: expr.range)
      throw ExprFailure(problems: [problem])
    }
    return CheckedSource(
      checked: checked, source: source, scope: scope, usesPrev: checker.usesPrev,
      readsWaiverUse: checker.readsWaiverUse, locals: checker.slotCount)
  }
}

/// An expression parsed and checked, ready to compile.
package struct CheckedSource: Sendable {
  let checked: CheckedExpr
  let source: String
  let scope: ScopeKind?
  let usesPrev: Bool
  let readsWaiverUse: Bool
  let locals: Int
}

extension ExprFailure {
  /// One diagnostic per problem, at line and column inside `source`.
  package func diagnostics(source: String, file: String) -> [Diagnostic] {
    let text = SourceText(source)
    return problems.map { $0.diagnostic(in: text, file: file) }
  }

  /// Every problem with its source line and caret, for terminals.
  package func rendered(source: String) -> String {
    let text = SourceText(source)
    return problems.map { $0.rendered(in: text) }.joined(separator: "\n")
  }
}
