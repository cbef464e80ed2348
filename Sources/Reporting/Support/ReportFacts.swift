import Foundation
import PlanModel

/// The numbers the HTML report draws, computed once from the report in one pass over each
/// plan's actions and the findings. What is overdue comes from the findings of the rules
/// that declare the `overdue` figure, not from a second reading of the dates.
struct ReportFacts {
  /// An open action past its end date.
  struct Overdue {
    var planIndex: Int
    var action: Action
    /// The last day the end date can mean.
    var end: Day
    var daysOverdue: Int
  }

  /// One lead's share of a plan's open actions.
  struct LeadLoad {
    /// Empty for actions with no named lead.
    var lead: String
    var open: Int
    var overdue: Int
    var refs: [String]

    /// Counts one more open action of this lead.
    mutating func add(_ ref: String, overdue isOverdue: Bool) {
      open += 1
      if isOverdue { overdue += 1 }
      refs.append(ref)
    }
  }

  /// A labelled count (a chart bar and its table row).
  struct Tally {
    var label: String
    var count: Int
  }

  /// A rule with its active and waived findings.
  struct RuleCount {
    var rule: RuleDescriptor
    var active: Int
    var waived: Int
  }

  var statusCounts: [StatusClass: Int] = [:]
  /// By end date, then plan and ref.
  var overdue: [Overdue] = []
  /// Indexed like `Report.plans`.
  var leadsByPlan: [[LeadLoad]] = []
  /// Rules with at least one finding, most active findings first.
  var findingsByRule: [RuleCount] = []
  /// Active findings on actions and milestones by theme, most first.
  var findingsByTheme: [Tally] = []
  /// Active findings on something other than an action or milestone.
  var findingsOffActions = 0
  /// Indexed like `Report.plans`.
  var figures: [PlanFigures] = []
  /// The figures some rule that ran declares; a figure no rule made is "not checked".
  let measured: Set<ReportFigure>
  let findings: PlanFindings

  init(_ report: Report) {
    findings = PlanFindings(report)
    measured = Set(report.rules.compactMap(\.figure))
    let catalog = RuleCatalog(report)
    for (index, result) in report.plans.enumerated() {
      let planFigures = result.plan.map {
        PlanFigures(plan: $0, findings: findings.findings(ofPlan: index), catalog: catalog)
      }
      figures.append(planFigures ?? PlanFigures())
      leadsByPlan.append(
        planFacts(index, result.plan, figures: planFigures ?? PlanFigures(), asOf: report.asOf))
    }
    overdue.sort { lhs, rhs in
      if lhs.end != rhs.end { return lhs.end < rhs.end }
      if lhs.planIndex != rhs.planIndex { return lhs.planIndex < rhs.planIndex }
      return lhs.action.ref < rhs.action.ref
    }
    countFindingsByRule(report)
    countFindingsByTheme(report)
  }

  /// The figures of plan `index` (empty when out of range).
  func figures(ofPlan index: Int) -> PlanFigures {
    figures.indices.contains(index) ? figures[index] : PlanFigures()
  }

  /// The last day of an action's end date when a rule found it overdue.
  static func overdueEnd(_ action: Action, at index: Int, _ figures: PlanFigures) -> Day? {
    figures.overdue.contains(index) ? action.end.latest : nil
  }

  private mutating func planFacts(_ index: Int, _ plan: Plan?, figures: PlanFigures, asOf: Day)
    -> [LeadLoad]
  {
    guard let plan else { return [] }
    var loads: [String: LeadLoad] = [:]
    for (actionIndex, action) in plan.actions.enumerated() {
      statusCounts[action.status.statusClass, default: 0] += 1
      guard action.status.isOpen else { continue }
      let lead = ControlCharacters.singleLine(action.lead).trimmingCharacters(in: .whitespaces)
      let end = ReportFacts.overdueEnd(action, at: actionIndex, figures)
      if let end {
        overdue.append(
          Overdue(
            planIndex: index, action: action, end: end,
            daysOverdue: asOf.ordinal - end.ordinal))
      }
      // Changed in place: a copy taken out of the dictionary would copy `refs` on every
      // append, quadratic in a lead's actions.
      loads[lead, default: LeadLoad(lead: lead, open: 0, overdue: 0, refs: [])]
        .add(action.ref, overdue: figures.overdue.contains(actionIndex))
    }
    return loads.values.sorted { lhs, rhs in
      if lhs.lead.isEmpty != rhs.lead.isEmpty { return lhs.lead.isEmpty }
      if lhs.overdue != rhs.overdue { return lhs.overdue > rhs.overdue }
      if lhs.open != rhs.open { return lhs.open > rhs.open }
      return lhs.lead < rhs.lead
    }
  }

  private mutating func countFindingsByRule(_ report: Report) {
    let catalog = RuleCatalog(report)
    var counts: [String: (active: Int, waived: Int)] = [:]
    for finding in report.findings {
      var count = counts[finding.ruleID] ?? (0, 0)
      if finding.isSuppressed { count.waived += 1 } else { count.active += 1 }
      counts[finding.ruleID] = count
    }
    findingsByRule = catalog.rules.compactMap { rule in
      counts[rule.id].map { RuleCount(rule: rule, active: $0.active, waived: $0.waived) }
    }
    findingsByRule.sort { lhs, rhs in
      lhs.active != rhs.active ? lhs.active > rhs.active : lhs.rule.id < rhs.rule.id
    }
  }

  private mutating func countFindingsByTheme(_ report: Report) {
    var counts: [String: Int] = [:]
    let qualify = report.plans.count > 1
    for (index, result) in report.plans.enumerated() {
      guard let plan = result.plan else { continue }
      var firstByRef: [String: Int] = [:]
      for (actionIndex, action) in plan.actions.enumerated() where firstByRef[action.ref] == nil {
        firstByRef[action.ref] = actionIndex
      }
      for finding in findings.findings(ofPlan: index) where !finding.isSuppressed {
        guard let ref = ReportFacts.actionRef(of: finding.entity),
          let actionIndex = firstByRef[ref]
        else {
          findingsOffActions += 1
          continue
        }
        var label = ReportFacts.themeName(plan.actions[actionIndex], in: plan)
        if qualify { label += " (\(result.planID))" }
        counts[label, default: 0] += 1
      }
    }
    findingsOffActions += findings.unassigned.filter { !$0.isSuppressed }.count
    findingsByTheme = counts.map { Tally(label: $0.key, count: $0.value) }.sorted { lhs, rhs in
      lhs.count != rhs.count ? lhs.count > rhs.count : lhs.label < rhs.label
    }
  }

  /// The ref of the action a finding is about: the entity itself, or a milestone's parent
  /// (milestone refs are `ACTIONREF: text`).
  static func actionRef(of entity: EntityRef) -> String? {
    switch entity.kind {
    case .entity(.action): return entity.ref
    case .entity(.milestone):
      guard let colon = entity.ref.range(of: ": ") else { return nil }
      return String(entity.ref[..<colon.lowerBound])
    default: return nil
    }
  }

  /// `1.2 Practice standards`, the bare theme ref when the plan does not declare it, or
  /// `No theme`.
  static func themeName(_ action: Action, in plan: Plan) -> String {
    if let index = action.themeIndex, plan.themes.indices.contains(index) {
      let theme = plan.themes[index]
      let title = ControlCharacters.singleLine(theme.title).trimmingCharacters(in: .whitespaces)
      if theme.ref.isEmpty || title.hasPrefix(theme.ref) {
        return title.isEmpty ? theme.ref : title
      }
      return title.isEmpty ? theme.ref : "\(theme.ref) \(title)"
    }
    let ref = ControlCharacters.singleLine(action.theme).trimmingCharacters(in: .whitespaces)
    return ref.isEmpty ? "No theme" : ref
  }
}
