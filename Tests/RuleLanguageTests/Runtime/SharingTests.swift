import PlanModel
import Testing

@testable import RuleLanguage

/// Subexpressions named more than once by the expressions of one group (a rule's `when`,
/// `check` and message holes) are computed once per entity.
struct SharingTests {
  static func group(_ sources: [String], scope: ScopeKind = .action) throws -> (
    [CompiledExpr], SharedSubexpressions
  ) {
    let checked = try sources.map { try ExprCompiler.check($0, scope: scope) }
    let sharing = SharedSubexpressions(checked, scope: scope)
    return (checked.map { CompiledExpr($0, sharing: sharing) }, sharing)
  }

  static func text(_ result: Result<Value, EvalError>) -> String {
    switch result {
    case .success(let value): ValueFormatter.text(value)
    case .failure(let error): "error: \(error.message)"
    }
  }

  @Test(arguments: [
    ("size(actionsLedBy(lead)) > 1 && actionsLedBy(lead)[0].index == index", 1, "one call twice"),
    (
      "ref.substring(0, ref.lastIndexOf('.') + 1) + ref.substring(ref.lastIndexOf('.') + 1)", 2,
      "lastIndexOf and its sum; the two substrings differ"
    ),
    (
      "plan.actions.exists(a, a.lead == lead) || plan.actions.exists(a, a.lead == lead)", 1,
      "a macro twice"
    ),
    (
      "plan.actions.exists(a, size(a.milestones) > 0 && size(a.milestones) < 5)", 0,
      "reads the macro variable: differs per element"
    ),
    (
      "size(plan.actions.filter(a, has(a.start))) + size(plan.actions.filter(a, has(a.start))) > 0",
      0, "plan-wide: hoisted per plan instead"
    ),
    ("size(lead) > 0 && lead != ''", 0, "cheap: no call or macro"),
    ("plan.actions.exists(a, a.lead == lead)", 0, "named once"),
  ])
  func whatIsShared(_ source: String, _ slots: Int, _ why: String) throws {
    let (_, sharing) = try SharingTests.group([source])
    #expect(sharing.count == slots, "\(why)")
  }

  @Test func sharedAcrossTheGroupOncePerEntity() throws {
    let filter = "plan.actions.filter(a, a.lead == lead)"
    let sources = ["size(\(filter)) >= 0", "size(\(filter)) < 2", "\(filter).map(a, a.ref)"]
    let (shared, sharing) = try SharingTests.group(sources)
    // The filter, and `size()` of it.
    #expect(sharing.count == 2)
    let (_, alone) = try SharingTests.group([sources[1]])
    #expect(alone.count == 0)
    var ctx = TestPlan.context()
    var lone = TestPlan.context()
    let check = try ExprCompiler.compile(sources[1], scope: .action)
    for index in 0..<3 {
      ctx.entity = index
      lone.entity = index
      #expect(SharingTests.text(shared[0].evaluate(in: &ctx)) == "true")
      // The filter ran for `when`; `check` reads its value back and takes no step for it.
      let value = SharingTests.text(shared[1].evaluate(in: &ctx))
      let stepsShared = ctx.stepsUsed
      #expect(value == SharingTests.text(check.evaluate(in: &lone)))
      #expect(stepsShared < lone.stepsUsed)
    }
  }

  @Test func aNewEntityOrParameterForgetsSharedValues() throws {
    let (exprs, _) = try SharingTests.group([
      "size(actionsWithRef(ref)) > 0", "size(actionsWithRef(ref))",
    ])
    var ctx = TestPlan.context()
    var counts: [String] = []
    for index in [0, 1, 2, 0] {
      ctx.entity = index
      _ = exprs[0].evaluate(in: &ctx)
      counts.append(SharingTests.text(exprs[1].evaluate(in: &ctx)))
    }
    // Refs 1.1, 1.2, 1.2 (twice in the plan), then 1.1 again.
    #expect(counts == ["1", "2", "2", "1"])
  }

  @Test func nodesOfTheSameTextAreNotConfused() throws {
    // `ref.lastIndexOf('.') + 1` is shared; each substring keeps its own arguments.
    let (exprs, _) = try SharingTests.group([
      "ref.substring(0, ref.lastIndexOf('.') + 1) + '|' + ref.substring(ref.lastIndexOf('.') + 1)"
    ])
    var ctx = TestPlan.context()
    #expect(SharingTests.text(exprs[0].evaluate(in: &ctx)) == "\"1.|1\"")
  }

  @Test func failuresAreComputedAgainNotStored() throws {
    let (exprs, sharing) = try SharingTests.group(["int(ref) > 0", "int(ref) < 9"])
    #expect(sharing.count == 1)
    var ctx = TestPlan.context()
    #expect(SharingTests.text(exprs[0].evaluate(in: &ctx)).hasPrefix("error: "))
    #expect(SharingTests.text(exprs[1].evaluate(in: &ctx)).hasPrefix("error: "))
  }

  @Test func aPlanWidePartNamedTwiceIsComputedOncePerPlan() throws {
    // The hoisted nodes are the two comparisons; the filter inside them is named twice.
    let wide = "size(plan.actions.filter(a, has(a.start)))"
    let sources = ["\(wide) > 0 && has(lead)", "\(wide) < 9"]
    let (shared, _) = try SharingTests.group(sources)
    #expect(shared.map(\.hoistedCount) == [1, 1])
    var ctx = TestPlan.context()
    _ = shared[0].evaluate(in: &ctx)
    #expect(SharingTests.text(shared[1].evaluate(in: &ctx)) == "true")
    let sharedSteps = ctx.stepsUsed
    // Compiled apart, the second comparison filters the plan again.
    let alone = try ExprCompiler.compile(sources[1], scope: .action)
    var lone = TestPlan.context()
    #expect(SharingTests.text(alone.evaluate(in: &lone)) == "true")
    #expect(sharedSteps < lone.stepsUsed)
    // Once for the plan, for every later entity.
    let computed = ctx.hoistedEvaluations
    for index in 1..<3 {
      ctx.entity = index
      _ = shared[0].evaluate(in: &ctx)
      _ = shared[1].evaluate(in: &ctx)
    }
    #expect(ctx.hoistedEvaluations == computed)
  }
}
