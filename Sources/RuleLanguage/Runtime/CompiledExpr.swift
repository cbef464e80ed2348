import PlanModel

/// A checked, compiled expression: evaluate it many times, against many entities.
/// A class, not a struct: rules hold and pass it on every evaluation, and a reference costs one
/// retain where a copy of its fields costs several.
package final class CompiledExpr: Sendable {
  package let source: String
  /// The scope it was checked in; nil for a standalone expression.
  package let scope: ScopeKind?
  package let type: ExprType
  /// Whether it reads `prev`; such rules are skipped when there is no comparison.
  package let usesPrev: Bool
  /// Whether it reads `used` on waivers (the engine runs such rules after the others).
  package let readsWaiverUse: Bool
  /// How many plan-wide subexpressions are cached per plan.
  package let hoistedCount: Int
  let code: Code
  /// The checked tree, kept for the static cost estimate.
  let checked: CheckedExpr
  let localCount: Int
  /// Set when the expression is worth memoizing by the string fields it reads.
  let memo: FieldMemo?
  // What `prepare` needs of the scope, worked out once: comparing `ScopeKind`s (a struct of
  // two enums from another module) on every evaluation goes through generic `==`.
  private let selfKind: EntityKind
  private let selfVersion: PlanVersion
  /// The scope's entities are counted (not the plan's one), so `entity` is bounds-checked.
  private let indexed: Bool
  private let removedAction: Bool
  /// `selfKind` and `selfVersion` as one number (see `EvalContext.entityCount`).
  private let countKey: Int

  /// Compiles `checked`; its subexpressions named in `sharing` are computed once per entity
  /// for every expression compiled with the same `sharing`.
  package init(_ checked: CheckedSource, sharing: SharedSubexpressions) {
    var generator = CodeGenerator(scope: checked.scope, source: checked.source, sharing: sharing)
    code = generator.compile(checked.checked)
    self.checked = checked.checked
    hoistedCount = generator.hoisted
    source = checked.source
    scope = checked.scope
    type = checked.checked.type
    usesPrev = checked.usesPrev
    readsWaiverUse = checked.readsWaiverUse
    localCount = checked.locals
    memo = checked.scope == nil ? nil : FieldMemo(checked.checked)
    selfKind = checked.scope?.entityKind ?? .plan
    selfVersion = checked.scope?.version ?? .current
    indexed = checked.scope != nil && selfKind != .plan
    removedAction = checked.scope == .removedAction
    countKey =
      (EntityKind.allCases.firstIndex(of: selfKind) ?? 0) * 2 + Int(selfVersion.rawValue)
  }

  /// Evaluates against `context.entity` (and `context.previousEntity` for `prev`). Never
  /// traps: a bad entity index, a type error or an exhausted budget is an `EvalError`.
  package func evaluate(in context: inout EvalContext) -> Result<Value, EvalError> {
    do throws(EvalError) {
      try prepare(&context)
      if let memo { return .success(try memo.evaluate(&context, code)) }
      return .success(try code(&context))
    } catch {
      return .failure(error)
    }
  }

  private func prepare(_ ctx: inout EvalContext) throws(EvalError) {
    let index = indexed ? ctx.entity : 0
    guard
      !indexed
        || (index >= 0 && index < ctx.entityCount(countKey, selfKind, selfVersion))
    else {
      throw EvalError("no \(selfKind.rawValue) at index \(index)")
    }
    ctx.selfRef = EntityHandle(selfKind, selfVersion, index)
    ctx.enter(index)
    if usesPrev { ctx.prevValue = previous(ctx, selfKind) }
    while ctx.locals.count < localCount { ctx.locals.append(.null) }
    ctx.stepsLeft = ctx.budget.steps
    ctx.elementsLeft = ctx.budget.elements
  }

  private func previous(_ ctx: EvalContext, _ kind: EntityKind) -> Value {
    if removedAction { return .entity(ctx.selfRef) }
    guard ctx.plans.hasPrevious else { return .null }
    if kind == .plan { return .entity(EntityHandle(.plan, .previous, 0)) }
    guard let index = ctx.previousEntity, index >= 0, index < ctx.plans.count(kind, .previous)
    else { return .null }
    return .entity(EntityHandle(kind, .previous, index))
  }
}
