import PlanModel
import RuleLanguage
import Testing

@testable import RuleEngine

/// Rules are costed when they load: one whose worst case could exceed the run-time step
/// budget is refused at the expression, with the estimate.
struct RuleCostTests {
  static let ten = "[" + (1...10).map(String.init).joined(separator: ", ") + "]"

  /// `check` nests eight `all()` over ten-element lists: 10^8 steps, over the 10^7 budget.
  static var eightNested: String {
    var check = "h > index"
    for name in ["h", "g", "f", "e", "d", "c", "b", "a"] { check = "\(ten).all(\(name), \(check))" }
    return """
      {"id": "deep", "title": "Deep", "severity": "warning", "scope": "action",
       "check": "\(check)", "message": "m"}
      """
  }

  static func compile(_ text: String, limit: RuleCostLimit = RuleCostLimit()) -> [Diagnostic] {
    let loaded = RuleFileLoader.load(bytes: Array(text.utf8), file: "rules/deep.json")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
    return RuleSet.compile(loaded.rules, limit: limit).1
  }

  @Test func eightNestedAllIsRefusedAtTheExpression() throws {
    let diagnostics = Self.compile(Self.eightNested)
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostics.count == 1)
    #expect(diagnostic.code == "rule-cost")
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.span.file == "rules/deep.json")
    // Line 2, at the first `all` of "check": its opening quote is column 11, then the list
    // and the dot.
    #expect(diagnostic.span.line == 2)
    #expect(diagnostic.span.column == 11 + Self.ten.utf8.count + 2)
    #expect(diagnostic.message.contains("in 'check' of rule 'deep'"))
    #expect(diagnostic.message.contains("111,111,110 steps per evaluation"))
    #expect(diagnostic.message.contains("over the budget of 10,000,000"))
  }

  @Test func aCostlyMessageHoleIsRefusedInTheMessage() throws {
    let text = """
      {"id": "loud", "title": "Loud", "severity": "warning", "scope": "action",
       "check": "has(lead)",
       "message": "{size(plan.actions.filter(a, plan.actions.exists(b, b.ref == a.ref + ref)))} alike"}
      """
    let diagnostic = try #require(Self.compile(text).first)
    #expect(diagnostic.code == "rule-cost")
    #expect(diagnostic.message.contains("in 'message' of rule 'loud'"))
    #expect(diagnostic.message.contains("100,010,000 steps"))
    #expect(diagnostic.span.line == 3)
    #expect(diagnostic.span.column == 14 + "{size(".utf8.count + "plan.actions.".utf8.count)
  }

  /// `[1..10].all(a, [1..10].all(b, …))` takes 10 + 100 steps at most.
  @Test(arguments: [(110, true), (109, false)])
  func theBudgetIsInclusive(budget: Int, accepted: Bool) {
    let text = """
      {"id": "pair", "title": "Pair", "severity": "warning", "scope": "action",
       "check": "\(Self.ten).all(a, \(Self.ten).all(b, a + b > index))", "message": "m"}
      """
    let diagnostics = Self.compile(text, limit: RuleCostLimit(stepBudget: budget))
    #expect(diagnostics.isEmpty == accepted, "\(diagnostics.map(\.formatted))")
  }

  @Test func thePlanSizeIsAParameter() {
    let text = """
      {"id": "pairs", "title": "Pairs", "severity": "warning", "scope": "plan",
       "check": "actions.all(a, actions.all(b, a == b || a.ref != b.ref))", "message": "m"}
      """
    // 10,000 actions: 10^8 steps; 3,000 actions: about 9 million.
    #expect(Self.compile(text).first?.code == "rule-cost")
    let small = RuleCostLimit(sizes: CostSizes(planEntities: 3_000))
    #expect(Self.compile(text, limit: small).isEmpty)
  }

  static let shipped = BuiltinRules.load().rules

  @Test(arguments: shipped.map(\.id))
  func shippedRuleFitsTheBudget(id: String) throws {
    let definition = try #require(Self.shipped.first { $0.id == id })
    let (set, diagnostics) = RuleSet.compile([definition])
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
    let rule = try #require(set.rules.first)
    let worst = rule.expressions.map { $0.estimatedCost().worstEvaluation }.max() ?? 0
    #expect(worst <= EvalBudget().steps)
  }

  /// The plan-scope rule that scans every date of every action: 10,000 × (1 + 6) for the
  /// actions and 10,000 for the milestones.
  @Test func ambiguousDateCostsEightyThousandSteps() throws {
    let definition = try #require(Self.shipped.first { $0.id == "ambiguous-date" })
    let rule = try #require(RuleSet.compile([definition]).0.rules.first)
    let cost = rule.check.estimatedCost()
    #expect(cost.perEntity == 80_000 && cost.perPlan == 0)
  }

  /// When the data is longer than the estimate assumed, the run-time budget still stops the
  /// rule, and the error names the rule file and the place of the macro.
  @Test func runTimeBudgetFailuresNameTheRuleFileAndPosition() throws {
    let text = """
      {"id": "parts", "title": "Parts", "severity": "warning", "scope": "action",
       "check": "title.split(',').all(x, title.split(',').all(y, x != y || x == y))",
       "message": "m"}
      """
    let loaded = RuleFileLoader.load(bytes: Array(text.utf8), file: "rules/parts.json")
    let (set, diagnostics) = RuleSet.compile(loaded.rules)
    #expect(diagnostics.isEmpty, "100 parts assumed: about 10,000 steps")
    let rule = try #require(set.rules.first)
    let title = String(repeating: "a,", count: 199)
    let plan = try EngineFixtures.plan(
      #"{"id": "p", "actions": [{"ref": "1", "title": "\#(title)"}]}"#)
    var context = EvalContext(plan: plan, asOf: Day(ordinal: 0))
    context.budget = EvalBudget(steps: 10_000, elements: 1_000_000)
    guard case .error(let message) = rule.verdict(in: &context) else {
      Issue.record("expected the budget to run out")
      return
    }
    #expect(message.hasPrefix("in 'check' at rules/parts.json:2:"), "\(message)")
    #expect(message.hasSuffix("evaluation exceeded its budget of 10000 steps"))
  }
}

/// The whole-plan check: the engine stops a rule past `Engine.ruleStepBudget` steps on one
/// plan, so a rule whose per-entity cost times the plan size is over it is refused too.
struct RulePlanCostTests {
  static func rule(_ check: String, when: String? = nil, scope: String = "action") -> String {
    let condition = when.map { #""when": "\#($0)", "# } ?? ""
    return """
      {"id": "wide", "title": "Wide", "severity": "warning", "scope": "\(scope)", \(condition)
       "check": "\(check)", "message": "m"}
      """
  }

  /// 10,000 actions × (10,000 + 10,000 × 100 milestones): a million steps each, 10^10 in all.
  static let cubic =
    "plan.actions.exists(a, a.ref != ref && a.milestones.exists(m, m.text == title))"

  @Test func aRuleOverThePlanBudgetIsRefused() throws {
    let diagnostics = RuleCostTests.compile(Self.rule(Self.cubic))
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.code == "rule-cost")
    #expect(diagnostic.message.contains("in 'check' of rule 'wide'"), "\(diagnostic.message)")
    #expect(diagnostic.message.contains("the worst case over a plan is 10,100,000,000 steps"))
    #expect(diagnostic.message.contains("1,010,000 for each of 10,000 entities"))
    #expect(diagnostic.message.contains("over the budget of 500,000,000 per rule and plan"))
    #expect(diagnostic.span.line == 2)
  }

  /// 10,000 actions × 10,000 steps = 10^8, the shape of a duplicate check: accepted.
  @Test func aQuadraticRuleFits() {
    let check = "!plan.actions.exists(a, a.ref == ref && a.index != index)"
    #expect(RuleCostTests.compile(Self.rule(check)).isEmpty)
  }

  /// Each entity is charged its `when` or its `check`, whichever ran last, never both.
  @Test(arguments: [(50_000, true), (49_999, false)])
  func theDearerConditionCountsOncePerEntity(planBudget: Int, accepted: Bool) {
    let text = Self.rule(
      "milestones.all(m, m.done)", when: "milestones.exists(m, m.text == lead)")
    let limit = RuleCostLimit(sizes: CostSizes(planEntities: 500), planBudget: planBudget)
    // 500 actions × 100 milestones each.
    #expect(RuleCostTests.compile(text, limit: limit).isEmpty == accepted)
  }

  /// A plan-scope rule runs once per plan; its hoisted-free cost is the whole.
  @Test func planScopeRulesRunOnce() {
    let text = Self.rule("actions.all(a, a.milestones.all(m, m.done))", scope: "plan")
    let limit = RuleCostLimit(stepBudget: 10_000_000, planBudget: 1_010_000)
    #expect(RuleCostTests.compile(text, limit: limit).isEmpty)
  }
}
