import PlanModel
import Testing

@testable import RuleLanguage

/// `prev` binds the matched entity of the compared plan version.
struct DriftTests {
  static let previous: Plan = {
    var plan = TestPlan.plan
    plan.actions[0].lead = "Old Lead"
    plan.actions[0].end = TestPlan.day("2024-02-29")
    plan.actions[0].status = StatusScheme.bragg.status(for: "Amber")
    plan.link()
    return plan
  }()

  @Test(arguments: [
    ExprCase("lead != prev.lead", "true"),
    ExprCase("prev.lead", "\"Old Lead\""),
    ExprCase("end > prev.end", "true", "slipped a month"),
    ExprCase("status.class == 'green' && prev.status.class == 'amber'", "true"),
    ExprCase("has(prev)", "true"),
    ExprCase("prev.milestones.size()", "2"),
    ExprCase("prev.milestones[0].action == prev", "true"),
    ExprCase("prev == self", "false", "different versions are different entities"),
    ExprCase("daysBetween(prev.end, end)", "1"),
  ])
  func matched(_ c: ExprCase) {
    let ctx = TestPlan.context(0, previous: DriftTests.previous, prevIndex: 0)
    c.verify(outcome(c.source, scope: .action, context: ctx))
  }

  @Test(arguments: [
    ExprCase("prev == null", "true"),
    ExprCase("has(prev)", "false"),
    ExprCase("has(prev.end)", "false"),
    ExprCase("prev != null && lead != prev.lead", "false"),
    ExprCase("prev.lead", "error: no field 'lead' on null_type"),
  ])
  func unmatched(_ c: ExprCase) {
    let ctx = TestPlan.context(0, previous: DriftTests.previous, prevIndex: nil)
    c.verify(outcome(c.source, scope: .action, context: ctx))
  }

  @Test func noComparisonMeansNullPrev() {
    #expect(
      outcome("prev == null", scope: .action, context: TestPlan.context(0, prevIndex: 0)) == "true")
    #expect(outcome("prev == null", scope: .plan, context: TestPlan.context()) == "true")
  }

  @Test(arguments: [
    ExprCase("ref", "\"1.2\""),
    ExprCase("title", "\"Re-audit\""),
    ExprCase("prev == self", "true", "prev of a removed action is itself"),
    ExprCase("plan.actions.size()", "0", "plan is the current version"),
    ExprCase("size(actionsWithRef(ref))", "0"),
  ])
  func removedAction(_ c: ExprCase) {
    var ctx = EvalContext(plan: TestPlan.empty, previous: TestPlan.plan, asOf: TestPlan.asOf)
    ctx.entity = 2
    c.verify(outcome(c.source, scope: .removedAction, context: ctx))
  }

  @Test func planScopePrevIsThePreviousPlan() {
    let ctx = TestPlan.context(0, previous: DriftTests.previous)
    #expect(outcome("prev.actions[0].lead", scope: .plan, context: ctx) == "\"Old Lead\"")
  }
}
