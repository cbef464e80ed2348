import PlanModel

/// The findings of a run split by the plan they belong to.
///
/// A finding belongs to the plan with its plan id and file; when the plan's tables live in
/// other files (a CSV referenced from plan.json), the plan id alone decides. Findings that
/// match no plan (a file that could not be read at all) are kept apart, never lost.
package struct PlanFindings: Sendable {
  /// Indexed like `Report.plans`; each list in `FindingOrder`.
  package var byPlan: [[Finding]]
  package var unassigned: [Finding]

  package init(_ report: Report) {
    var byPlan = Array(repeating: [Finding](), count: report.plans.count)
    var unassigned: [Finding] = []
    var exact: [String: Int] = [:]
    var byID: [String: Int] = [:]
    for (index, plan) in report.plans.enumerated() {
      if exact[plan.planID + "\u{0}" + plan.file] == nil {
        exact[plan.planID + "\u{0}" + plan.file] = index
      }
      if byID[plan.planID] == nil { byID[plan.planID] = index }
    }
    for finding in FindingOrder.sorted(report.findings) {
      let key = finding.planID + "\u{0}" + finding.span.file
      if let index = exact[key] ?? byID[finding.planID] {
        byPlan[index].append(finding)
      } else {
        unassigned.append(finding)
      }
    }
    self.byPlan = byPlan
    self.unassigned = unassigned
  }

  /// The findings of plan `index` (empty when out of range).
  package func findings(ofPlan index: Int) -> [Finding] {
    byPlan.indices.contains(index) ? byPlan[index] : []
  }
}
