import PlanModel

/// Reports the reporter tests render: one realistic run, one hostile one, and edge cases.
enum ReportFixture {
  static let luton = "plans/luton.json"
  static let lancashire = "plans/Lancashire ILACS plan.csv"

  /// Two plans, seven rules (one skipped besides), twelve findings across severities with
  /// one waived and one baseline-accepted, a rule failing at run time, a rule that applies
  /// to nothing in one plan, a finding with no known line, and a diagnostic.
  static func realistic() -> Report {
    var report = Report(asOf: day("2023-10-31"), failOn: .error)
    report.tool.version = "0.1.0"
    report.rules = rules
    report.plans = [lutonPlan(), lancashirePlan()]
    report.findings = lutonFindings() + lancashireFindings()
    report.skippedRules = [
      SkippedRule(id: "end-date-slipped", reason: "uses prev; no --compare-to given")
    ]
    report.diagnostics = [
      Diagnostic(
        code: "csv-encoding", severity: .warning,
        message: "decoded as Windows-1252 (the file is not valid UTF-8); save it as UTF-8",
        span: SourceSpan(file: lancashire, line: 1, column: 1))
    ]
    report.staleBaselineEntries = ["9f86d081884c7d65"]
    return report
  }

  static let rules = [
    RuleDescriptor(
      id: "measure-without-target", title: "Every measure has a target", severity: .warning,
      scope: "measure", rationale: "A KPI without a target cannot show whether an action worked.",
      tags: ["measures"], source: "Rules/measures/measure-without-target.json"),
    RuleDescriptor(
      id: "milestone-past-due-but-green", title: "No green rating over a missed milestone",
      severity: .warning, scope: "milestone",
      rationale:
        "A green rating over a missed milestone hides slippage (\"watermelon\" reporting).",
      tags: ["status", "drift"], source: "Rules/status/milestone-past-due-but-green.json"),
    RuleDescriptor(
      id: "missing-lead", title: "Every action has a named lead", severity: .error,
      scope: "action",
      rationale: "One accountable officer per action: an action owned by nobody is not delivered.",
      tags: ["ownership"], source: "Rules/ownership/missing-lead.json"),
    RuleDescriptor(
      id: "missing-success-measure", title: "Every action says how success is measured",
      severity: .info, scope: "action", rationale: "SMART actions state a measurable outcome.",
      tags: ["structure"], source: "Rules/structure/missing-success-measure.json"),
    RuleDescriptor(
      id: "overdue", title: "Open actions are not past their end date", severity: .warning,
      scope: "action",
      rationale: "An open action past its end date needs a revised date or closure.",
      tags: ["dates"], source: "Rules/dates/overdue.json", figure: .overdue),
    RuleDescriptor(
      id: "recommendation-without-action", title: "Every recommendation has an action",
      severity: .error, scope: "recommendation",
      rationale: "Ofsted's ILACS framework expects each recommendation to be answered by the plan.",
      tags: ["inspection"], source: "Rules/inspection/recommendation-without-action.json",
      figure: .unansweredRecommendation),
    RuleDescriptor(
      id: "status-text-contradiction", title: "Rating and progress text agree",
      severity: .warning, scope: "action",
      rationale: "A rating contradicted by its own update text misleads the board.",
      tags: ["status"], source: "Rules/status/status-text-contradiction.json"),
  ]

  static func lutonPlan() -> PlanResult {
    var result = PlanResult(
      file: luton, planID: "luton-2023", title: "Luton Children's Services Improvement Plan",
      plan: plan(file: luton, actions: 8))
    result.elapsed = 0.0123
    result.ruleRuns = [
      RuleRun(ruleID: "measure-without-target", evaluated: 3),
      RuleRun(ruleID: "milestone-past-due-but-green", evaluated: 12),
      RuleRun(ruleID: "missing-lead", evaluated: 8),
      RuleRun(ruleID: "missing-success-measure", evaluated: 8),
      RuleRun(ruleID: "overdue", evaluated: 8),
      RuleRun(ruleID: "recommendation-without-action", evaluated: 6),
      RuleRun(
        ruleID: "status-text-contradiction", evaluated: 8,
        errors: ["type error on action 2.2: 'progress' is a list, expected a string"]),
    ]
    return result
  }

  static func lancashirePlan() -> PlanResult {
    var result = PlanResult(
      file: lancashire, planID: "lancashire-ilacs-2022",
      title: "Lancashire post-Ofsted development plan", plan: plan(file: lancashire, actions: 6))
    result.elapsed = 0.0087
    result.ruleRuns = rules.map { rule in
      RuleRun(ruleID: rule.id, evaluated: rule.id == "measure-without-target" ? 0 : 6)
    }
    return result
  }

  static func lutonFindings() -> [Finding] {
    let plan = "luton-2023"
    return [
      finding(
        "missing-lead", .error, "Action 1.2 has no named lead.", at: (luton, 14, 7),
        pointer: "/actions/1/lead", entity: (.entity(.action), "1.2"), plan: plan),
      finding(
        "missing-lead", .error, "Action 2.4 has no named lead.", at: (luton, 61, 7),
        pointer: "/actions/5/lead", entity: (.entity(.action), "2.4"), plan: plan,
        suppression: .waiver(
          reason: "post being recruited; interim DCS covering",
          span: SourceSpan(file: luton, line: 63, column: 9))),
      finding(
        "overdue", .warning, "Action 1.1 was due March 2023 and is not complete.",
        at: (luton, 9, 14), pointer: "/actions/0/end", entity: (.entity(.action), "1.1"), plan: plan
      ),
      finding(
        "overdue", .warning, "Action 3.2 was due 31/07/2023 and is not complete.",
        at: (luton, 88, 14), pointer: "/actions/7/end", entity: (.entity(.action), "3.2"),
        plan: plan),
      finding(
        "milestone-past-due-but-green", .warning,
        "Milestone 'Audit of 50 case files' of action 2.1 was due 2023-06-30 but the action is "
          + "rated Green.",
        at: (luton, 40, 11), pointer: "/actions/3/milestones/0",
        entity: (.entity(.milestone), "2.1: Audit of 50 case files"), plan: plan),
      finding(
        "recommendation-without-action", .error,
        "Recommendation 4 ('Improve the quality of supervision') has no action.",
        at: (luton, 120, 5), pointer: "/recommendations/3", entity: (.entity(.recommendation), "4"),
        plan: plan),
      finding(
        "missing-success-measure", .info, "Action 1.3 does not say how success is measured.",
        at: (luton, 22, 5), pointer: "/actions/2", entity: (.entity(.action), "1.3"), plan: plan),
      finding(
        "missing-success-measure", .info, "Action 3.1 does not say how success is measured.",
        at: (luton, 80, 5), pointer: "/actions/6", entity: (.entity(.action), "3.1"), plan: plan),
    ]
  }

  static func lancashireFindings() -> [Finding] {
    let plan = "lancashire-ilacs-2022"
    return [
      finding(
        "missing-lead", .error, "Action 4 has no named lead.", at: (lancashire, 7, 5), row: 6,
        entity: (.entity(.action), "4"), plan: plan),
      finding(
        "overdue", .warning, "Action 7 was due Spring Term 2023 and is not complete.",
        at: (lancashire, 10, 9), row: 9, entity: (.entity(.action), "7"), plan: plan,
        suppression: .baseline),
      finding(
        "recommendation-without-action", .error,
        "Recommendation 11 ('Strengthen oversight of private fostering') has no action.",
        at: (lancashire, 0, 0), entity: (.entity(.recommendation), "11"), plan: plan),
      finding(
        "missing-success-measure", .info, "Action 2 does not say how success is measured.",
        at: (lancashire, 5, 3), row: 4, entity: (.entity(.action), "2"), plan: plan),
    ]
  }

  static func finding(
    _ rule: String, _ severity: Severity, _ message: String, at location: (String, Int, Int),
    pointer: String? = nil, row: Int? = nil, entity: (EntityRef.Kind, String), plan: String,
    suppression: Suppression? = nil
  ) -> Finding {
    Finding(
      ruleID: rule, severity: severity, message: message,
      span: SourceSpan(
        file: location.0, line: location.1, column: location.2, pointer: pointer, row: row),
      entity: EntityRef(kind: entity.0, ref: entity.1), planID: plan,
      fingerprint: fingerprint(rule, plan, entity.1), suppression: suppression)
  }

  /// A stable stand-in for the engine's fingerprint (FNV-1a of rule, plan and entity).
  static func fingerprint(_ parts: String...) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in parts.joined(separator: "\u{1F}").utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  static func plan(file: String, actions: Int) -> Plan {
    var plan = Plan(span: SourceSpan(file: file))
    plan.actions = (0..<actions).map { _ in Action(span: SourceSpan(file: file)) }
    return plan
  }

  static func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(ordinal: 0) }
}
