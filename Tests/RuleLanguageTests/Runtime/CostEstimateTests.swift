import PlanModel
import Testing

@testable import RuleLanguage

/// The static estimate counts what the run-time budget counts (macro iterations and
/// `matches` with a computed pattern), and splits off what hoisting runs once per plan.
struct CostEstimateTests {
  static func list(_ count: Int) -> String {
    "[" + (1...count).map(String.init).joined(separator: ", ") + "]"
  }

  static func estimate(
    _ source: String, scope: ScopeKind? = nil, sizes: CostSizes = CostSizes()
  ) throws -> CostEstimate {
    try ExprCompiler.compile(source, scope: scope).estimatedCost(sizes)
  }

  /// Expressions that never stop early, so the worst case is what they take.
  @Test(arguments: [
    "\(list(3)).map(x, \(list(2)).filter(y, y > x))",
    "\(list(4)).all(x, x > 0) && \(list(5)).exists(x, x > 9)",
    "\(list(3)).map(x, \(list(2)).map(y, \(list(4)).exists_one(z, z == 9)))",
    "\(list(3)).map(x, string(x).matches(string(x)))",
    "[\(list(3)), \(list(3))].map(l, l.filter(x, x > 0))",
    "(\(list(3)) + \(list(4))).filter(x, x > 0)",
    "{'a': 1, 'b': 2}.map(k, k)",
    "\(list(6)).map(x, x > 2, x + 1)",
  ])
  func agreesWithTheStepsActuallyTaken(source: String) throws {
    let compiled = try ExprCompiler.compile(source, scope: nil)
    var context = EvalContext(plan: TestPlan.empty, asOf: TestPlan.asOf)
    _ = try compiled.evaluate(in: &context).get()
    let cost = compiled.estimatedCost()
    #expect(cost.worstEvaluation == context.stepsUsed)
    #expect(cost.perPlan == 0, "nothing is hoisted without a scope")
  }

  @Test func unevenListsAreBoundedByTheLongest() throws {
    let source = "[\(Self.list(2)), \(Self.list(7))].map(l, l.filter(x, x > 0))"
    let compiled = try ExprCompiler.compile(source, scope: nil)
    var context = EvalContext(plan: TestPlan.empty, asOf: TestPlan.asOf)
    _ = try compiled.evaluate(in: &context).get()
    #expect(context.stepsUsed == 2 + 2 + 7)
    #expect(compiled.estimatedCost().worstEvaluation == 2 + 2 * 7)
  }

  @Test func eightNestedMacrosOverTenElements() throws {
    let l = Self.list(10)
    let names = ["a", "b", "c", "d", "e", "f", "g", "h"]
    var source = "h > 0"
    for name in names.reversed() { source = "\(l).all(\(name), \(source))" }
    let cost = try Self.estimate(source)
    // 10 + 100 + … + 10^8 iterations.
    #expect(cost.worstEvaluation == 111_111_110)
    // The outermost macro's name: `[1, …, 10].all(a, …`.
    #expect(cost.hotspot?.start == l.utf8.count + 1)
  }

  @Test func hoistedPlanWideWorkIsPaidOncePerPlan() throws {
    let sizes = CostSizes(planEntities: 500, entityItems: 20)
    let wide = try Self.estimate(
      "plan.actions.exists(a, a.ref == '1.1') && has(lead)", scope: .action, sizes: sizes)
    #expect(wide.perEntity == 0 && wide.perPlan == 500)
    let own = try Self.estimate(
      "plan.actions.exists(a, a.ref == ref)", scope: .action, sizes: sizes)
    #expect(own.perEntity == 500 && own.perPlan == 0)
    // In plan scope nothing is hoisted: there is one evaluation per plan anyway.
    let plan = try Self.estimate("actions.exists(a, a.ref == '1.1')", scope: .plan, sizes: sizes)
    #expect(plan.perEntity == 500 && plan.perPlan == 0)
  }

  @Test func listsAnEntityHoldsUseTheSmallerBound() throws {
    let sizes = CostSizes(planEntities: 500, entityItems: 20)
    let cost = try Self.estimate(
      "milestones.all(m, lead.split('/').exists(s, s == m.text))", scope: .action, sizes: sizes)
    #expect(cost.perEntity == 20 + 20 * 20)
    let lookup = try Self.estimate(
      "actionsLedBy(lead).exists(a, a.status.isOpen)", scope: .action, sizes: sizes)
    #expect(lookup.perEntity == 500, "an indexed lookup can return every action")
  }

  @Test func literalPatternsCostNoStepsComputedOnesOne() throws {
    #expect(try Self.estimate("lead.matches('^[A-Z]')", scope: .action).worstEvaluation == 0)
    #expect(try Self.estimate("lead.matches(lead)", scope: .action).worstEvaluation == 1)
  }

  @Test func conditionalsTakeTheDearerBranch() throws {
    let cost = try Self.estimate(
      "true ? \(Self.list(3)).all(x, x > 0) : \(Self.list(9)).all(x, x > 0)")
    #expect(cost.worstEvaluation == 9)
  }

  @Test func hugeNestsSaturateInsteadOfOverflowing() throws {
    var source = "x0.index > 0"
    for depth in (0..<12).reversed() { source = "plan.actions.all(x\(depth), \(source))" }
    let cost = try Self.estimate(source, scope: .plan)
    #expect(cost.worstEvaluation == Int.max)
  }
}
