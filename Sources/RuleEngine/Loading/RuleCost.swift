import PlanModel
import RuleLanguage

/// The load-time cost check: every compiled expression of a rule is estimated statically (see
/// `CostEstimate`), and a rule whose worst single evaluation could exceed the run-time step
/// budget is refused, at the macro that costs most, rather than failing on every entity later.
package struct RuleCostLimit: Sendable, Equatable {
  /// The list lengths the estimate assumes.
  package var sizes: CostSizes
  /// The steps one evaluation may take at run time (`EvalBudget.steps`).
  package var stepBudget: Int

  package init(sizes: CostSizes = CostSizes(), stepBudget: Int = EvalBudget().steps) {
    self.sizes = sizes
    self.stepBudget = stepBudget
  }

  /// A `rule-cost` error for `expr` (the compiled form of `source`, in the rule's `role`),
  /// or nil when its worst case fits the budget.
  func problem(
    _ expr: CompiledExpr, _ source: ExprSource, role: String, rule: String
  ) -> Diagnostic? {
    let cost = expr.estimatedCost(sizes)
    guard cost.worstEvaluation > stepBudget else { return nil }
    let offset = cost.hotspot?.start ?? 0
    let (line, column) = SourceText(expr.source).position(of: offset)
    let plan =
      cost.perPlan > 0 ? " (\(RuleCostLimit.figure(cost.perPlan)) of them once per plan)" : ""
    let estimate =
      cost.worstEvaluation == Int.max
      ? "more than \(Int.max)" : RuleCostLimit.figure(cost.worstEvaluation)
    return Diagnostic(
      code: "rule-cost",
      message:
        "in '\(role)' of rule '\(rule)': the worst case is \(estimate) steps per evaluation\(plan), "
        + "over the budget of \(RuleCostLimit.figure(stepBudget)) (estimated with "
        + "\(RuleCostLimit.figure(sizes.planEntities)) entities per plan and "
        + "\(RuleCostLimit.figure(sizes.entityItems)) items per entity list); "
        + "nest fewer macros or iterate shorter lists",
      span: source.fileSpan(line: line, column: column))
  }

  /// 10000000 as "10,000,000".
  static func figure(_ value: Int) -> String {
    let digits = Array(String(value))
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }
}
