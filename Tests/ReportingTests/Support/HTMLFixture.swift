import PlanModel
import Reporting

/// Reports with real plans behind them (themes, recommendations, leads, dates, statuses), for
/// the HTML report's charts and coverage matrix. Findings and rules come from `ReportFixture`.
enum HTMLFixture {
  /// Luton and Lancashire plans as of 31 October 2023, with the realistic fixture's findings
  /// plus drift findings.
  static func board() -> Report {
    var report = ReportFixture.realistic()
    report.rules =
      ReportFixture.rules.map { rule in
        var rule = rule
        rule.tags.removeAll { $0 == "drift" }
        return rule
      } + driftRules + [unledRule]
    report.rules.sort { $0.id < $1.id }
    report.plans[0].plan = luton()
    report.plans[1].plan = lancashire()
    // The figure findings the rules would make on these plans: the realistic fixture's
    // overdue 1.1 and 7 stand, its 3.2 is complete here.
    let own = report.findings.filter { $0.ruleID != "overdue" || $0.entity.ref != "3.2" }
    report.findings = FindingOrder.sorted(own + driftFindings() + figureFindings())
    report.skippedRules = []
    return report
  }

  static let driftRules = [
    ("end-date-slipped", "End dates do not move later unnoticed", Severity.warning, "What slipped"),
    ("slipped-while-green", "No green rating over a slipped date", .error, "What slipped"),
    ("action-removed", "Removed actions are reported", .info, "What was removed"),
    (
      "rag-improved-without-update", "A better rating comes with an update", .warning,
      "What improved without an update"
    ),
  ].map { id, title, severity, group in
    RuleDescriptor(
      id: id, title: title, severity: severity, scope: "action",
      rationale: "Compares the plan with its previous version.", tags: ["drift"],
      source: "Rules/drift/\(id).json", group: group)
  }

  static let unledRule = RuleDescriptor(
    id: "recommendation-without-open-lead", title: "Open work on a recommendation has a lead",
    severity: .warning, scope: "recommendation",
    rationale: "Someone answers for each recommendation while work remains.",
    tags: ["inspection"], source: "Rules/inspection/recommendation-without-open-lead.json",
    figure: .unledRecommendation)

  /// What the figure rules find in `luton()` and `lancashire()` as of 31 October 2023 besides
  /// the realistic fixture's findings: three more open actions past their end (five with its
  /// 1.1 and 7) and recommendation 3 with no open action led (4 and 11, answered by nothing,
  /// are in the realistic fixture already).
  static func figureFindings() -> [Finding] {
    let luton = ("luton-2023", ReportFixture.luton)
    let lancashire = ("lancashire-ilacs-2022", ReportFixture.lancashire)
    let overdue = [(luton, "2.1"), (luton, "2.2"), (lancashire, "2")]
    return overdue.map { plan, ref in
      ReportFixture.finding(
        "overdue", .warning, "Action \(ref) is past its end date and still open.",
        at: (plan.1, 0, 0), entity: (.entity(.action), ref), plan: plan.0)
    } + [
      ReportFixture.finding(
        "recommendation-without-open-lead", .warning,
        "Recommendation 3 has open actions but none with a named lead.", at: (luton.1, 0, 0),
        entity: (.entity(.recommendation), "3"), plan: luton.0)
    ]
  }

  static func driftFindings() -> [Finding] {
    let luton = ReportFixture.luton
    let plan = "luton-2023"
    return [
      ReportFixture.finding(
        "end-date-slipped", .warning, "Action 2.1's end moved from 30/06/2023 to Q3 2023/24.",
        at: (luton, 38, 14), entity: (.entity(.action), "2.1"), plan: plan),
      ReportFixture.finding(
        "slipped-while-green", .error,
        "Action 1.3's end moved from July 2023 to March 2024 while it stayed green.",
        at: (luton, 26, 14), entity: (.entity(.action), "1.3"), plan: plan),
      ReportFixture.finding(
        "action-removed", .info, "Action 2.5 ('Recruit two IROs') was removed.",
        at: (luton, 0, 0), entity: (.removed(.action), "2.5"), plan: plan),
      ReportFixture.finding(
        "rag-improved-without-update", .warning,
        "Action 3.1 went from Red to Amber with no new progress text.", at: (luton, 80, 20),
        entity: (.entity(.action), "3.1"), plan: plan),
    ]
  }

  static func luton() -> Plan {
    let file = ReportFixture.luton
    var plan = Plan(span: SourceSpan(file: file))
    plan.id = "luton-2023"
    plan.title = "Luton Children's Services Improvement Plan"
    plan.organisation = "Luton Borough Council"
    plan.asOf = .day(ReportFixture.day("2023-10-31"), text: "31/10/2023")
    plan.statusScheme = .luton2023
    plan.themes = [
      Theme(ref: "1", title: "Leadership, management and oversight", span: SourceSpan(file: file)),
      Theme(
        ref: "2", title: "Practice standards and quality assurance", span: SourceSpan(file: file)),
      Theme(ref: "3", title: "Children in care and permanence", span: SourceSpan(file: file)),
    ]
    let on = "Action not yet completed, but on track"
    let issues = "Activity progressing, some issues but realistic plans in place to recover"
    let off = "Action off track, risk to plan"
    plan.actions = [
      action(
        "1.1", "Refresh the supervision policy and audit compliance", lead: "Head of Practice",
        end: month("March 2023", "2023-03-01", "2023-03-31"), status: off, theme: "1", recs: ["1"]),
      action(
        "1.2", "Quarterly practice week led by senior managers", lead: "",
        end: day("31/12/2023", "2023-12-31"), status: on, theme: "1", recs: ["1"]),
      action(
        "1.3", "Exploitation risk panel with police and health", lead: "Service Manager, MACE",
        end: month("March 2024", "2024-03-01", "2024-03-31"), status: on, theme: "1", recs: ["6"]),
      action(
        "2.1", "Assessment timeliness recovery plan", lead: "Head of Front Door",
        end: day("30/06/2023", "2023-06-30"), status: issues, theme: "2", recs: ["2"]),
      action(
        "2.2", "Clear the backlog of overdue assessments", lead: "Head of Front Door",
        end: day("31/08/2023", "2023-08-31"), status: off, theme: "2", recs: ["2"]),
      action(
        "2.4", "Independent reviewing officer capacity review", lead: "",
        end: PlanDate(text: "Ongoing", kind: .ongoing), status: on, theme: "2", recs: []),
      action(
        "3.1", "Permanence tracking meeting for every child in care", lead: " ",
        end: month("Spring Term 2024", "2024-01-01", "2024-03-28"), status: issues, theme: "3",
        recs: ["3"]),
      action(
        "3.2", "Commission twelve additional foster placements", lead: "Placements Lead",
        end: day("31/07/2023", "2023-07-31"), status: "Action complete", theme: "3", recs: ["5"]),
    ]
    plan.recommendations = [
      recommendation("1", "The quality and consistency of management oversight and supervision."),
      recommendation("2", "The timeliness of assessments for children in need."),
      recommendation("3", "Permanence planning for children in care, including early permanence."),
      recommendation("4", "Improve the quality of supervision"),
      recommendation("5", "The sufficiency of local placements for children in care."),
      recommendation(
        "6", "The response to children at risk of exploitation and going missing.", priority: true),
    ]
    plan.link()
    return plan
  }

  static func lancashire() -> Plan {
    let file = ReportFixture.lancashire
    var plan = Plan(span: SourceSpan(file: file))
    plan.id = "lancashire-ilacs-2022"
    plan.title = "Lancashire post-Ofsted development plan"
    plan.asOf = month("October 2023", "2023-10-01", "2023-10-31")
    plan.statusScheme = .bragg
    plan.actions = [
      action(
        "1", "Embed the practice model across all teams",
        lead: "Director of Children's Social Care",
        end: month("Q3 2023/24", "2023-10-01", "2023-12-31"), status: "Green", theme: "",
        recs: ["1"]),
      action(
        "2", "Strengthen the quality assurance framework", lead: "Head of QA",
        end: month("Q2 2023/24", "2023-07-01", "2023-09-30"), status: "Amber", theme: "",
        recs: ["2"]),
      action(
        "3", "Corporate parenting board work programme", lead: "Head of Service, CLA",
        end: PlanDate(text: "Quarterly", kind: .recurring), status: "Grey", theme: "", recs: ["5"]),
      action(
        "4", "Care leavers' local offer refreshed with young people", lead: "",
        end: PlanDate(text: "TBC", kind: .tbc), status: "Red", theme: "", recs: ["5"]),
      action(
        "5", "Workforce strategy: recruitment and retention", lead: "Head of Workforce",
        end: month("2022/23", "2022-04-01", "2023-03-31"), status: "Blue", theme: "", recs: ["2"]),
      action(
        "6", "Audit of private fostering notifications", lead: "Head of QA",
        end: PlanDate(text: "0/1/09/23", kind: .unparsed), status: "", theme: "", recs: []),
      action(
        "7", "Review of pre-proceedings practice", lead: "Legal Services Manager",
        end: month("Spring Term 2023", "2023-01-03", "2023-04-06"), status: "Red", theme: "",
        recs: ["1"]),
    ].map { action in
      var action = action
      action.status = StatusScheme.bragg.status(for: action.status.label)
      return action
    }
    plan.recommendations = [
      recommendation("1", "Consistency of practice and management oversight."),
      recommendation("2", "Quality assurance that drives improvement."),
      recommendation("5", "Corporate parenting and care leavers' experiences."),
      recommendation("11", "Strengthen oversight of private fostering", priority: true),
    ]
    plan.link()
    return plan
  }

  /// Script, attribute-breaking and `javascript:` text in every field a report shows.
  static let attack =
    "<script>alert(1)</script> \"><img src=x onerror=alert(1)> javascript:alert(1) 'q' &amp;"

  /// Every plan, rule, finding and diagnostic field set to `attack`.
  static func hostile() -> Report {
    let file = "plans/" + attack + ".json"
    var plan = Plan(span: SourceSpan(file: file))
    plan.id = attack
    plan.title = attack
    plan.asOf = PlanDate(text: attack, kind: .unparsed)
    plan.themes = [Theme(ref: attack, title: attack, span: SourceSpan(file: file))]
    var first = action(
      attack, attack, lead: attack, end: day(attack, "2023-01-31"), status: attack, theme: attack,
      recs: [attack])
    first.status = Status(label: attack, statusClass: .red)
    let second = action(
      "javascript:alert(1)", attack, lead: "", end: PlanDate(text: attack, kind: .unparsed),
      status: attack, theme: attack, recs: [])
    plan.actions = [first, second]
    var rec = recommendation(attack, attack, priority: true)
    rec.source = attack
    plan.recommendations = [rec, recommendation("javascript:alert(1)", attack)]
    plan.link()
    var report = Report(asOf: ReportFixture.day("2024-03-31"), failOn: .warning)
    report.tool.version = attack
    report.rules = [attack, "end-date-slipped"].map { id in
      RuleDescriptor(
        id: id, title: attack, severity: .error, scope: "action", rationale: attack,
        tags: ["drift", attack], source: attack)
    }
    var result = PlanResult(file: file, planID: attack, title: attack, plan: plan)
    result.ruleRuns = [RuleRun(ruleID: attack, evaluated: 2, errors: [attack])]
    report.plans = [result]
    let findings = [attack, "end-date-slipped"].flatMap { rule in
      [
        ReportFixture.finding(
          rule, .error, attack, at: (file, 3, 1), entity: (.entity(.action), attack), plan: attack),
        ReportFixture.finding(
          rule, .warning, attack, at: (file, 4, 1), entity: (.waiver, attack), plan: attack,
          suppression: .waiver(reason: attack, span: SourceSpan(file: file))),
        ReportFixture.finding(
          rule, .info, attack, at: (attack, 5, 1), entity: (.entity(.milestone), attack + ": x"),
          plan: "elsewhere"),
      ]
    }
    report.findings = FindingOrder.sorted(findings)
    report.skippedRules = [SkippedRule(id: attack, reason: attack)]
    report.diagnostics = [
      Diagnostic(code: attack, severity: .warning, message: attack, span: SourceSpan(file: attack))
    ]
    report.staleBaselineEntries = [attack]
    return report
  }

  static func action(
    _ ref: String, _ title: String, lead: String, end: PlanDate, status: String, theme: String,
    recs: [String]
  ) -> Action {
    var action = Action(span: SourceSpan(file: ReportFixture.luton))
    action.ref = ref
    action.title = title
    action.lead = lead
    action.end = end
    action.status = StatusScheme.luton2023.status(for: status)
    action.theme = theme
    action.recommendations = recs
    return action
  }

  static func recommendation(_ id: String, _ text: String, priority: Bool = false)
    -> Recommendation
  {
    var recommendation = Recommendation(id: id, span: SourceSpan(file: ReportFixture.luton))
    recommendation.text = text
    recommendation.source = "Ofsted ILACS, 2022"
    recommendation.priority = priority
    return recommendation
  }

  static func day(_ text: String, _ iso: String) -> PlanDate {
    .day(ReportFixture.day(iso), text: text)
  }

  /// A date with a range (month, term, quarter, year: the kind matters little to reports).
  static func month(_ text: String, _ first: String, _ last: String) -> PlanDate {
    PlanDate(
      text: text, kind: .month, earliest: ReportFixture.day(first), latest: ReportFixture.day(last))
  }
}
