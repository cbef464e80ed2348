import PlanModel
import Testing

@testable import RuleLanguage

/// Expressions that read their entity through string fields alone are memoized by those
/// fields' values; the results must be exactly those of evaluating every entity afresh.
struct FieldMemoTests {
  /// `count` actions: leads repeat (five of them), refs and titles do not.
  static func plan(_ count: Int) -> Plan {
    var plan = Plan(span: SourceSpan(file: "plan.json"))
    let leads = ["Head of Service", "  all managers ", "Board", "DCS", "Chair of the board"]
    for index in 0..<count {
      var action = Action(span: SourceSpan(file: "plan.json", line: index + 2))
      action.ref = "\(index / 10 + 1).\(index % 10 + 1)"
      action.title = "Action \(index)"
      action.lead = leads[index % leads.count]
      plan.actions.append(action)
    }
    plan.link()
    return plan
  }

  /// Every entity's value with one context (the memo fills and serves) and with a fresh
  /// context each (no memo to serve from).
  static func both(_ source: String, plan: Plan) throws -> (shared: [String], fresh: [String]) {
    let compiled = try ExprCompiler.compile(source, scope: .action)
    var shared = EvalContext(plan: plan, asOf: TestPlan.asOf)
    var sharedValues: [String] = []
    var freshValues: [String] = []
    for index in plan.actions.indices {
      shared.entity = index
      sharedValues.append(text(compiled.evaluate(in: &shared)))
      var fresh = EvalContext(plan: plan, asOf: TestPlan.asOf)
      fresh.entity = index
      freshValues.append(text(compiled.evaluate(in: &fresh)))
    }
    return (sharedValues, freshValues)
  }

  static func text(_ result: Result<Value, EvalError>) -> String {
    switch result {
    case .success(let value): ValueFormatter.text(value)
    case .failure(let error): "error: \(error.message)"
    }
  }

  @Test(arguments: [
    "lead.trim().lowerAscii().matches(r'\\b(managers|board)\\b')",
    "lead.lowerAscii().split(' ').filter(w, size(w) > 3).map(w, w.upperAscii())",
    "int(lead) > 0",
    "lead + ' / ' + title.substring(0, 3)",
    "size(actionsLedBy(lead)) > 1 && lead.contains('a')",
  ])
  func memoizedResultsAreTheFreshOnes(_ source: String) throws {
    let (shared, fresh) = try FieldMemoTests.both(source, plan: FieldMemoTests.plan(40))
    #expect(shared == fresh)
  }

  @Test func uniqueKeysStopTheMemoAndStayRight() throws {
    let plan = FieldMemoTests.plan(EvalContext.memoTrial * 3)
    let source = "ref.lowerAscii().contains('.1') || title.endsWith('7')"
    let (shared, fresh) = try FieldMemoTests.both(source, plan: plan)
    #expect(shared == fresh)
    let compiled = try ExprCompiler.compile(source, scope: .action)
    var ctx = EvalContext(plan: plan, asOf: TestPlan.asOf)
    for index in plan.actions.indices {
      ctx.entity = index
      _ = compiled.evaluate(in: &ctx)
    }
    let abandoned = ctx.memos.values.map(\.isAbandoned)
    #expect(!abandoned.isEmpty && !abandoned.contains(false))
  }

  @Test(arguments: [
    ("lead.lowerAscii().contains('head')", true),
    ("lead.lowerAscii() + string(line)", false),
    ("index > 0 && lead.contains('x')", false),
    ("size(milestones) > 0 && lead.contains('x')", false),
    ("has(lead)", false),
    ("size(plan.actions) > 3", false),
    ("plan.actions.exists(a, a.lead == 'x')", false),
    ("actionsWithRef(ref).exists(a, a.lead.contains('x'))", true),
  ])
  func onlyStringFieldReadersAreMemoized(_ source: String, memoized: Bool) throws {
    let compiled = try ExprCompiler.compile(source, scope: .action)
    #expect((compiled.memo != nil) == memoized)
  }
}
