import PlanModel

/// What the rules that declare a report figure (`"report": {"figure": ...}`) found in one
/// plan: the actions they call overdue and the recommendations they call unanswered or
/// unled. The charts, the lead table and the coverage matrix read these, never the plan's
/// dates, so a disabled or changed rule changes them too.
package struct PlanFigures: Sendable {
  /// Indices into `Plan.actions`.
  package var overdue: Set<Int> = []
  /// Recommendation ids.
  package var unanswered: Set<String> = []
  package var unled: Set<String> = []

  package init() {}

  /// `findings` are the plan's own (see `PlanFindings`), waived and accepted ones included:
  /// a waiver says a finding does not count against the gate, not that it is untrue.
  package init(plan: Plan, findings: [Finding], catalog: RuleCatalog) {
    var actions: ActionIndex?
    for finding in findings {
      switch catalog.rule(finding.ruleID)?.figure {
      case .overdue?:
        guard finding.entity.kind == .entity(.action) else { continue }
        if actions == nil { actions = ActionIndex(plan) }
        if let index = actions?.index(of: finding) { overdue.insert(index) }
      case .unansweredRecommendation?:
        if finding.entity.kind == .entity(.recommendation) { unanswered.insert(finding.entity.ref) }
      case .unledRecommendation?:
        if finding.entity.kind == .entity(.recommendation) { unled.insert(finding.entity.ref) }
      case nil:
        continue
      }
    }
  }

  /// Finds the action a finding is about: by its label, and among actions sharing a label
  /// (a repeated ref) the last one starting at or before the finding's line in its file.
  private struct ActionIndex {
    let plan: Plan
    var byLabel: [String: [Int]] = [:]

    init(_ plan: Plan) {
      self.plan = plan
      for (index, action) in plan.actions.enumerated() {
        byLabel[action.label, default: []].append(index)
      }
    }

    func index(of finding: Finding) -> Int? {
      guard let candidates = byLabel[finding.entity.ref], let first = candidates.first else {
        return nil
      }
      guard candidates.count > 1 else { return first }
      let before = candidates.filter { index in
        let span = plan.actions[index].span
        return span.file == finding.span.file && span.line <= finding.span.line
      }
      return before.max { plan.actions[$0].span.line < plan.actions[$1].span.line } ?? first
    }
  }
}
