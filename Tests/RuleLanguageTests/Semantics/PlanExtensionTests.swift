import PlanModel
import Testing

@testable import RuleLanguage

/// An expression evaluated in a scope, on one entity of `TestPlan.plan`.
struct ScopedCase: CustomTestStringConvertible, Sendable {
  let scope: ScopeKind
  let entity: Int
  let source: String
  let expected: String

  init(_ scope: ScopeKind, _ entity: Int, _ source: String, _ expected: String) {
    self.scope = scope
    self.entity = entity
    self.source = source
    self.expected = expected
  }

  var testDescription: String { "\(scope.name) #\(entity): \(source) → \(expected)" }
}

struct PlanExtensionTests {
  @Test(arguments: [
    ScopedCase(.action, 0, "has(lead) && end < asOf && status.class == 'green'", "true"),
    ScopedCase(.action, 2, "has(lead) && end < asOf && status.class == 'green'", "false"),
    ScopedCase(.action, 0, "has(lead)", "true"),
    ScopedCase(.action, 2, "has(lead)", "false"),
    ScopedCase(.action, 0, "lead", "\"Jo Smith\""),
    ScopedCase(.action, 0, "self.ref", "\"1.1\""),
    ScopedCase(.action, 0, "status.label", "\"Green\""),
    ScopedCase(.action, 1, "status.class", "\"complete\""),
    ScopedCase(.action, 1, "status.isOpen", "false"),
    ScopedCase(.action, 2, "status.class", "\"unknown\""),
    ScopedCase(.action, 2, "status.isOpen", "true"),
    ScopedCase(.action, 2, "has(status)", "false"),
    ScopedCase(
      .action, 0, "status",
      "{\"label\": \"Green\", \"class\": \"green\", \"isOpen\": true, \"colour\": \"\", "
        + "\"colourClass\": \"\", \"isColourOnly\": false}"),
    ScopedCase(.action, 0, "status['label']", "\"Green\""),
    ScopedCase(.action, 0, "[status][0].class == 'green'", "true"),
    ScopedCase(.action, 0, "end", "\"March 2024\" (month 2024-03-01..2024-03-31)"),
    ScopedCase(.action, 0, "end.kind", "\"month\""),
    ScopedCase(.action, 0, "end.text", "\"March 2024\""),
    ScopedCase(.action, 0, "end.earliest", "date('2024-03-01')"),
    ScopedCase(.action, 0, "end.latest", "date('2024-03-31')"),
    ScopedCase(.action, 0, "[end.year, end.month, end.day]", "[2024, 3, 1]"),
    ScopedCase(.action, 0, "end < date('2024-03-31')", "false"),
    ScopedCase(.action, 0, "end < date('2024-04-01')", "true"),
    ScopedCase(.action, 0, "end <= date('2024-03-31')", "true"),
    ScopedCase(.action, 0, "end > date('2024-02-29')", "true"),
    ScopedCase(.action, 0, "end > date('2024-03-01')", "false"),
    ScopedCase(.action, 0, "end >= date('2024-03-01')", "true"),
    ScopedCase(.action, 0, "end == date('2024-03-15')", "false"),
    ScopedCase(.action, 0, "end == end.earliest", "false"),
    ScopedCase(.action, 0, "start < end", "true"),
    ScopedCase(
      .action, 0, "end + months(1)", "\"2024-04-01 – 2024-04-30\" (range 2024-04-01..2024-04-30)"),
    ScopedCase(.action, 0, "end - days(1) < date('2024-03-31')", "true"),
    ScopedCase(.action, 0, "daysBetween(start, end)", "46"),
    ScopedCase(.action, 0, "daysBetween(end, start)", "-46"),
    ScopedCase(.action, 2, "end < asOf", "false"),
    ScopedCase(.action, 2, "end > asOf", "false"),
    ScopedCase(.action, 2, "end <= asOf || end >= asOf", "false"),
    ScopedCase(.action, 2, "end == asOf", "false"),
    ScopedCase(.action, 2, "end != asOf", "true"),
    ScopedCase(.action, 2, "has(end)", "false"),
    ScopedCase(.action, 2, "end.kind", "\"tbc\""),
    ScopedCase(.action, 0, "[end.startOnly, end.phrases]", "[false, 1]"),
    ScopedCase(.action, 2, "[end.startOnly, end.phrases]", "[false, 1]"),
    ScopedCase(.action, 0, "(end + months(1)).phrases", "1"),
    ScopedCase(.action, 2, "has(end.earliest)", "false"),
    ScopedCase(.action, 2, "end + days(3)", "\"TBC\" (tbc)"),
    ScopedCase(.action, 2, "end.year", "error: year: 'TBC' has no day; guard with has()"),
    ScopedCase(.action, 2, "daysBetween(start, asOf)", "error: daysBetween: 'missing' has no day"),
    ScopedCase(
      .action, 2, "workingDaysBetween(asOf, end)", "error: workingDaysBetween: 'TBC' has no day"),
    ScopedCase(.action, 2, "addWorkingDays(end, 5)", "error: addWorkingDays: 'TBC' has no day"),
    ScopedCase(.action, 0, "milestones.size()", "2"),
    ScopedCase(.action, 0, "milestones.map(m, m.text)", "[\"Advert out\", \"Interviews\"]"),
    ScopedCase(.action, 0, "milestones.all(m, m.due < asOf)", "true"),
    ScopedCase(.action, 0, "milestones.exists(m, !m.done)", "true"),
    ScopedCase(.action, 0, "milestones[1].action.ref", "\"1.1\""),
    ScopedCase(.action, 0, "recommendations", "[\"R1\", \"2\"]"),
    ScopedCase(.action, 0, "'R1' in recommendations", "true"),
    ScopedCase(.action, 0, "recommendations.all(r, recommendationById(r) != null)", "true"),
    ScopedCase(.action, 0, "dependsOn.filter(r, size(actionsWithRef(r)) == 0)", "[\"9.9\"]"),
    ScopedCase(
      .action, 0, "actionsWithRef('1.2').map(a, a.title)", "[\"Audit files\", \"Re-audit\"]"),
    ScopedCase(.action, 0, "recommendationById('rec 3').text", "\"Nobody answers this\""),
    ScopedCase(.action, 0, "recommendationById('R9')", "null"),
    ScopedCase(.action, 0, "extra['Cost']", "\"£10k\""),
    ScopedCase(.action, 0, "extra.Cost", "\"£10k\""),
    ScopedCase(.action, 0, "'Cost' in extra", "true"),
    ScopedCase(.action, 0, "has(extra.Cost)", "true"),
    ScopedCase(.action, 0, "has(extra.Other)", "false"),
    ScopedCase(.action, 0, "extra['Other']", "error: no such key: \"Other\""),
    ScopedCase(.action, 0, "waivers[0].rule", "\"overdue\""),
    ScopedCase(.action, 0, "waivers[0].until", "date('2024-12-31')"),
    ScopedCase(.action, 0, "waivers.exists(w, w.until < asOf)", "false"),
    ScopedCase(.action, 0, "has(waivers[0].reason)", "true"),
    ScopedCase(.action, 0, "sameRef.size()", "0"),
    ScopedCase(.action, 1, "sameRef[0].title", "\"Re-audit\""),
    ScopedCase(.action, 0, "themeRef.title", "\"Leadership\""),
    ScopedCase(.action, 2, "themeRef == null", "true"),
    ScopedCase(.action, 2, "has(themeRef)", "false"),
    ScopedCase(.action, 2, "themeRef.title", "error: no field 'title' on null_type"),
    ScopedCase(.action, 1, "[line, index]", "[20, 1]"),
    ScopedCase(.action, 0, "self == plan.actions[0]", "true"),
    ScopedCase(.action, 0, "self == plan.actions[1]", "false"),
    ScopedCase(.action, 0, "type(self)", "action"),
    ScopedCase(.action, 0, "asOf", "date('2024-06-30')"),
    ScopedCase(.action, 0, "plan.title", "\"Improvement plan\""),
    ScopedCase(.action, 0, "plan.actions.size()", "3"),
    ScopedCase(.action, 0, "plan.period.start", "date('2023-04-01')"),
    ScopedCase(
      .action, 0, "plan.period", "{\"start\": date('2023-04-01'), \"end\": date('2025-03-31')}"),
    ScopedCase(.action, 0, "plan.inspection.type", "\"ILACS\""),
    ScopedCase(.action, 0, "has(plan.inspection)", "true"),
    ScopedCase(.action, 0, "has(plan.published)", "false"),
    ScopedCase(.action, 0, "plan.statusScheme", "\"everyday\""),
    ScopedCase(.action, 0, "plan.recommendations.filter(r, r.priority).map(r, r.id)", "[\"1\"]"),
    ScopedCase(.action, 0, "plan.actions.filter(a, a.lead == lead && a.status.isOpen).size()", "1"),
    ScopedCase(.action, 0, "plan.milestones.filter(m, m.action == self).size()", "2"),
    ScopedCase(.milestone, 1, "action.status.class == 'green' && !done && has(due)", "true"),
    ScopedCase(.milestone, 1, "due < asOf", "true"),
    ScopedCase(.milestone, 1, "text + ' / ' + action.ref", "\"Interviews / 1.1\""),
    ScopedCase(.milestone, 2, "action.status.class", "\"complete\""),
    ScopedCase(.milestone, 0, "self.action == action", "true"),
    ScopedCase(.recommendation, 2, "actions.size() == 0", "true"),
    ScopedCase(.recommendation, 0, "actions.map(a, a.ref)", "[\"1.1\"]"),
    ScopedCase(.recommendation, 0, "priority && id == '1'", "true"),
    ScopedCase(.theme, 0, "actions.size()", "2"),
    ScopedCase(.theme, 0, "ref + ' ' + title", "\"1 Leadership\""),
    ScopedCase(.measure, 0, "has(target) && !has(owner)", "true"),
    ScopedCase(.measure, 0, "target.matches('[0-9]+%')", "true"),
    ScopedCase(.plan, 0, "title", "\"Improvement plan\""),
    ScopedCase(.plan, 0, "actions.exists(a, !has(a.lead))", "true"),
    ScopedCase(.plan, 0, "asOf == date('2024-06-30')", "true"),
    ScopedCase(.plan, 0, "self.asOf == asOf", "true"),
    ScopedCase(.plan, 0, "themes[0].actions.size()", "2"),
    ScopedCase(
      .plan, 0, "recommendations.filter(r, r.actions.size() == 0).map(r, r.id)", "[\"3\"]"),
  ])
  func scoped(_ c: ScopedCase) {
    var ctx = TestPlan.context(c.entity)
    ExprCase(c.source, c.expected).verify(outcome(c.source, scope: c.scope, context: ctx))
    ctx.entity = 99
    let compiled = try? ExprCompiler.compile(c.source, scope: c.scope)
    if c.scope != .plan, case .failure(let error)? = compiled?.evaluate(in: &ctx) {
      #expect(error.message.hasPrefix("no \(c.scope.entityKind.rawValue) at index 99"))
    }
  }

  @Test(arguments: [
    ExprCase("date('2024-03-31')", "date('2024-03-31')"),
    ExprCase("date('2024-02-30')", "load error: '2024-02-30' is not a day"),
    ExprCase(
      "date('31/03/2024')", "load error: '31/03/2024' is not a day; write date('YYYY-MM-DD')"),
    ExprCase("date(['x'][0])", "error: date('x'): expected a day as YYYY-MM-DD"),
    ExprCase("date('2024-01-31') + months(1)", "date('2024-02-29')", "month end clamps"),
    ExprCase("date('2024-03-31') - days(31)", "date('2024-02-29')"),
    ExprCase("months(1) + date('2024-01-15')", "date('2024-02-15')"),
    ExprCase("days(1) + days(2)", "days(3)"),
    ExprCase("months(1) + days(2)", "months(1) + days(2)"),
    ExprCase("-days(2)", "days(-2)"),
    ExprCase("days(3) - days(1) == days(2)", "true"),
    ExprCase("days(3) > days(2)", "true"),
    ExprCase("months(2) > months(1)", "true"),
    ExprCase("months(1) < days(30)", "error: durations mixing months and days cannot be ordered"),
    ExprCase("days(4000000)", "error: duration out of range"),
    ExprCase("date('9999-12-31') + days(1)", "error: date out of range"),
    ExprCase("days(5).days", "5"),
    ExprCase("months(5).months", "5"),
    ExprCase("daysBetween(date('2024-01-01'), date('2024-12-31'))", "365"),
    ExprCase("workingDaysBetween(date('2024-06-28'), date('2024-07-01'))", "1", "Friday to Monday"),
    ExprCase("addWorkingDays(date('2024-06-28'), 1)", "date('2024-07-01')"),
    ExprCase("addWorkingDays(date('2024-07-01'), -1)", "date('2024-06-28')"),
    ExprCase("date('2024-01-01') < date('2024-01-02')", "true"),
    ExprCase("date('2024-01-01') == date('2024-01-01')", "true"),
    ExprCase(
      "date('2024-01-01') < '2024-01-02'",
      "load error: cannot compare date and string with '<'; write date('YYYY-MM-DD')"),
    ExprCase("date('2024-01-01') == 3", "load error: cannot compare date and int with '=='"),
    ExprCase(
      "date('2024-01-01').yaer", "load error: unknown field 'yaer' on date; did you mean 'year'?"),
    ExprCase("date('2024-01-01') + 1", "load error: no overload of '+' takes (date, int)"),
    ExprCase("asOf.year", "2024"),
    ExprCase("daysBetween(asOf, date('2024-07-01'))", "1"),
    ExprCase("actionsWithRef('x')", "[]", "standalone lookups see an empty plan"),
  ])
  func dateFunctions(_ c: ExprCase) {
    c.verify(outcome(c.source))
  }
}
