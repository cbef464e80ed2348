import PlanModel

/// Every rule a report mentions, with a stable index: the rules that ran, plus a stand-in
/// descriptor for any rule id that appears only in findings (`invalid-plan`), so formats
/// that index rules (SARIF) never point at nothing.
package struct RuleCatalog: Sendable {
  /// Sorted by id.
  package private(set) var rules: [RuleDescriptor]
  private var indices: [String: Int]

  package init(_ report: Report) {
    var byID: [String: RuleDescriptor] = [:]
    for rule in report.rules where byID[rule.id] == nil { byID[rule.id] = rule }
    for finding in report.findings where byID[finding.ruleID] == nil {
      byID[finding.ruleID] = RuleDescriptor(
        id: finding.ruleID, title: finding.ruleID, severity: finding.severity, scope: "",
        rationale: "")
    }
    rules = byID.values.sorted { $0.id < $1.id }
    var indices: [String: Int] = [:]
    for (index, rule) in rules.enumerated() { indices[rule.id] = index }
    self.indices = indices
  }

  package func index(of id: String) -> Int? { indices[id] }

  package func rule(_ id: String) -> RuleDescriptor? {
    indices[id].flatMap { rules.indices.contains($0) ? rules[$0] : nil }
  }

  /// The rule's title, or its id when it has none.
  package func title(of id: String) -> String {
    guard let title = rule(id)?.title, !title.isEmpty else { return id }
    return title
  }
}
