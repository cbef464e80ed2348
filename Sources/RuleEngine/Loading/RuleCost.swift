import PlanModel
import RuleLanguage

/// The load-time cost check: every compiled expression of a rule is estimated statically (see
/// `CostEstimate`), and a rule whose worst single evaluation could exceed the run-time step
/// budget is refused, at the macro that costs most, rather than failing on every entity later;
/// so is one whose worst case over a whole plan of `sizes.planEntities` entities exceeds the
/// rule's budget per plan (`Engine.ruleStepBudget`).
package struct RuleCostLimit: Sendable, Equatable {
  /// The list lengths the estimate assumes.
  package var sizes: CostSizes
  /// The steps one evaluation may take at run time (`EvalBudget.steps`).
  package var stepBudget: Int
  /// The steps one rule may take over one plan (`Engine.ruleStepBudget`).
  package var planBudget: Int

  package init(
    sizes: CostSizes = CostSizes(), stepBudget: Int = EvalBudget().steps,
    planBudget: Int = Engine.defaultRuleStepBudget
  ) {
    self.sizes = sizes
    self.stepBudget = stepBudget
    self.planBudget = planBudget
  }

  /// A `rule-cost` error when the rule's conditions over a whole plan could exceed
  /// `planBudget`. The engine charges each entity the steps of its last evaluation (`check`,
  /// or `when` when it does not hold) and hoisted work once; messages are not charged.
  func planProblem(
    _ conditions: [(CompiledExpr, ExprSource, String)], scope: ScopeKind, rule: String
  ) -> Diagnostic? {
    let costs = conditions.map { ($0, $1, $2, $0.estimatedCost(sizes)) }
    guard let dearest = costs.max(by: { $0.3.perEntity < $1.3.perEntity }) else { return nil }
    let entities = scope == .plan ? 1 : sizes.planEntities
    let hoisted = costs.reduce(0) { CostEstimate.add($0, $1.3.perPlan) }
    let total = CostEstimate.add(
      CostEstimate.multiply(entities, dearest.3.perEntity), hoisted)
    guard total > planBudget else { return nil }
    let (expr, source, role, cost) = dearest
    let (line, column) = SourceText(expr.source).position(of: cost.hotspot?.start ?? 0)
    return Diagnostic(
      code: "rule-cost",
      message:
        "in '\(role)' of rule '\(rule)': the worst case over a plan is \(RuleCostLimit.steps(total)) "
        + "steps (\(RuleCostLimit.figure(cost.perEntity)) for each of "
        + "\(RuleCostLimit.figure(entities)) entities), over the budget of "
        + "\(RuleCostLimit.figure(planBudget)) per rule and plan (estimated with "
        + "\(RuleCostLimit.figure(sizes.entityItems)) items per entity list); "
        + "look entities up by an index (actionsWithRef, actionsLedBy) instead of scanning",
      span: source.fileSpan(line: line, column: column))
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
    let estimate = RuleCostLimit.steps(cost.worstEvaluation)
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

  /// A saturated estimate as "more than …", others as a figure.
  static func steps(_ value: Int) -> String {
    value == Int.max ? "more than \(figure(Int.max))" : figure(value)
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
