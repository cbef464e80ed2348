import PlanModel

@testable import RuleLanguage

/// A small plan for expression tests: three actions (one green and overdue, one complete, one
/// with a TBC end and no lead), milestones, two recommendations, a theme and a measure.
enum TestPlan {
  static let asOf = Day(year: 2024, month: 6, day: 30) ?? Day(ordinal: 0)
  static let empty = Plan(span: SourceSpan(file: "empty.json"))

  static func day(_ text: String) -> PlanDate {
    Day(iso: text).map { PlanDate.day($0) } ?? .missing
  }

  static let march2024 = PlanDate(
    text: "March 2024", kind: .month, earliest: Day(year: 2024, month: 3, day: 1),
    latest: Day(year: 2024, month: 3, day: 31))

  static let plan: Plan = {
    var plan = Plan(span: SourceSpan(file: "plan.json"))
    plan.id = "luton-2023"
    plan.title = "Improvement plan"
    plan.periodStart = day("2023-04-01")
    plan.periodEnd = day("2025-03-31")
    plan.asOf = day("2024-06-30")
    plan.inspection = Inspection(type: "ILACS", reportReceived: day("2023-01-10"))
    plan.themes = [
      Theme(ref: "1", title: "Leadership", span: SourceSpan(file: "plan.json", line: 3))
    ]
    var a = Action(span: SourceSpan(file: "plan.json", line: 10))
    a.ref = "1.1"
    a.title = "Appoint a practice lead"
    a.theme = "1"
    a.lead = "Jo Smith"
    a.start = day("2024-01-15")
    a.end = march2024
    a.status = StatusScheme.bragg.status(for: "Green")
    a.recommendations = ["R1", "2"]
    a.dependsOn = ["1.2", "9.9"]
    a.extra = [ExtraField(name: "Cost", value: "£10k")]
    a.waivers = [
      Waiver(
        rule: "overdue", reason: "agreed", until: day("2024-12-31"),
        span: SourceSpan(file: "plan.json"))
    ]
    a.milestones = 0..<2
    var b = Action(span: SourceSpan(file: "plan.json", line: 20))
    b.ref = "1.2"
    b.title = "Audit files"
    b.theme = "1"
    b.lead = "Sam Patel"
    b.start = day("2023-05-01")
    b.end = day("2023-12-31")
    b.status = StatusScheme.bragg.status(for: "Blue")
    b.evidence = "audit report"
    b.milestones = 2..<3
    var c = Action(span: SourceSpan(file: "plan.json", line: 30))
    c.ref = "1.2"
    c.title = "Re-audit"
    c.end = PlanDate(text: "TBC", kind: .tbc)
    plan.actions = [a, b, c]
    plan.milestones = [
      Milestone(
        text: "Advert out", due: day("2024-02-01"), done: true, action: 0,
        span: SourceSpan(file: "plan.json")),
      Milestone(
        text: "Interviews", due: day("2024-05-01"), action: 0, span: SourceSpan(file: "plan.json")),
      Milestone(
        text: "Sample chosen", due: day("2023-06-01"), done: true, action: 1,
        span: SourceSpan(file: "plan.json")),
    ]
    var r1 = Recommendation(id: "1", span: SourceSpan(file: "plan.json"))
    r1.text = "Improve supervision"
    r1.priority = true
    var r2 = Recommendation(id: "2", span: SourceSpan(file: "plan.json"))
    r2.text = "Strengthen audit"
    var r3 = Recommendation(id: "3", span: SourceSpan(file: "plan.json"))
    r3.text = "Nobody answers this"
    plan.recommendations = [r1, r2, r3]
    var m = Measure(span: SourceSpan(file: "plan.json"))
    m.ref = "M1"
    m.title = "Supervision within 6 weeks"
    m.target = "90%"
    plan.measures = [m]
    plan.link()
    return plan
  }()

  /// A context on `plan`, positioned on entity `index`.
  static func context(_ index: Int = 0, previous: Plan? = nil, prevIndex: Int? = nil) -> EvalContext
  {
    var ctx = EvalContext(plan: plan, previous: previous, asOf: asOf)
    ctx.entity = index
    ctx.previousEntity = prevIndex
    return ctx
  }
}
