import PlanModel
import Testing

@testable import RuleLanguage

struct HoistingTests {
  @Test func planWideGuardRunsOncePerPlan() throws {
    let compiled = try ExprCompiler.compile(
      "plan.actions.exists(a, has(a.start)) && has(lead)", scope: .action)
    #expect(compiled.hoistedCount == 1)
    var ctx = TestPlan.context()
    var results: [String] = []
    for index in 0..<3 {
      ctx.entity = index
      results.append((try? compiled.evaluate(in: &ctx).get()).map(ValueFormatter.text) ?? "error")
    }
    #expect(results == ["true", "true", "false"])
    #expect(ctx.hoistedEvaluations == 1)
    ctx.resetCache()
    _ = compiled.evaluate(in: &ctx)
    #expect(ctx.hoistedEvaluations == 2)
  }

  @Test(arguments: [
    ("plan.actions.exists(a, a.lead == lead)", 0, "depends on the entity"),
    ("milestones.all(m, m.due < plan.period.end)", 0, "plan-wide but cheap"),
    ("size(plan.actions.filter(a, a.lead == 'Jo Smith')) + size(lead) > 0", 1, "one macro"),
    ("lead in plan.actions.map(a, a.lead) && end in plan.actions.map(a, a.end)", 2, "two macros"),
    ("plan.actions.exists(a, plan.milestones.exists(m, m.action == a))", 1, "maximal subtree only"),
    ("size(actionsWithRef('1.2')) == 2", 1, "plan lookup with a constant"),
    ("size(actionsWithRef(ref)) == 1", 0, "plan lookup with the entity's ref"),
    ("date('2024-01-01') < end", 0, "constants are folded, not hoisted"),
  ])
  func whatIsHoisted(_ source: String, _ count: Int, _ why: String) throws {
    #expect(try ExprCompiler.compile(source, scope: .action).hoistedCount == count)
  }

  @Test func planScopeDoesNotHoist() throws {
    #expect(
      try ExprCompiler.compile("actions.exists(a, has(a.start))", scope: .plan).hoistedCount == 0)
  }

  @Test func hoistedErrorsAreCachedAndRepeated() throws {
    let compiled = try ExprCompiler.compile(
      "plan.actions.map(a, 1 / (a.index - 1)).size() > 0 || has(lead)", scope: .action)
    var ctx = TestPlan.context()
    for index in 0..<3 {
      ctx.entity = index
      let expected = index == 2 ? "error: division by zero" : "true"
      let actual: String
      switch compiled.evaluate(in: &ctx) {
      case .success(let v): actual = ValueFormatter.text(v)
      case .failure(let e): actual = "error: \(e.message)"
      }
      #expect(actual == expected)
    }
    #expect(ctx.hoistedEvaluations == 1)
  }
}

struct BudgetTests {
  static let hundred = "[" + (0..<100).map(String.init).joined(separator: ", ") + "]"

  @Test func runawayMacrosExhaustTheStepBudget() throws {
    let l = BudgetTests.hundred
    let source = "\(l).map(a, \(l).map(b, \(l).map(c, \(l).exists(d, d < 0)))).size() > 0"
    var ctx = EvalContext(plan: TestPlan.empty, asOf: TestPlan.asOf)
    ctx.budget = EvalBudget(steps: 50_000, elements: 1_000_000)
    let result = try ExprCompiler.compile(source, scope: nil).evaluate(in: &ctx)
    guard case .failure(let error) = result else {
      Issue.record("expected the budget to run out")
      return
    }
    #expect(error.message == "evaluation exceeded its budget of 50000 steps")
    // At the macro that ran out, so the rule file position can be named.
    let range = try #require(error.range)
    #expect(source.utf8.dropFirst(range.start).starts(with: "exists".utf8))
  }

  @Test func bigListsExhaustTheElementBudget() throws {
    let l = BudgetTests.hundred
    let source = "size(\(l).map(a, \(l).map(b, \(l)))) > 0"
    var ctx = EvalContext(plan: TestPlan.empty, asOf: TestPlan.asOf)
    ctx.budget = EvalBudget(steps: 1_000_000, elements: 5_000)
    let result = try ExprCompiler.compile(source, scope: nil).evaluate(in: &ctx)
    #expect(throws: EvalError("evaluation exceeded its budget of 5000 list elements")) {
      try result.get()
    }
  }

  @Test func budgetIsPerEvaluation() throws {
    let compiled = try ExprCompiler.compile("\(BudgetTests.hundred).all(x, x >= 0)", scope: nil)
    var ctx = EvalContext(plan: TestPlan.empty, asOf: TestPlan.asOf)
    ctx.budget = EvalBudget(steps: 150, elements: 1_000)
    for _ in 0..<5 { #expect(try compiled.evaluate(in: &ctx).get().equals(.bool(true))) }
  }

  @Test func exhaustionIsNotAbsorbedByAll() throws {
    let l = BudgetTests.hundred
    var ctx = EvalContext(plan: TestPlan.empty, asOf: TestPlan.asOf)
    ctx.budget = EvalBudget(steps: 500, elements: 100_000)
    let result = try ExprCompiler.compile("\(l).all(a, \(l).all(b, b >= 0))", scope: nil)
      .evaluate(in: &ctx)
    #expect(throws: EvalError.self) { try result.get() }
  }
}
