import PlanModel
import Reporting
import Testing

/// The overdue chart, the lead workload and the coverage matrix are drawn from the findings
/// of the rules that declare those figures, and the changes section is grouped by the rules'
/// own `group`, so a report follows its rules.
struct ReportFiguresTests {
  private func overdueSection(_ output: String) -> String {
    guard let start = output.range(of: "id=\"overdue\""),
      let end = output.range(of: "id=\"coverage\"")
    else { return "" }
    return String(output[start.upperBound..<end.lowerBound])
  }

  @Test func withoutTheOverdueRuleNothingIsChartedAsOverdue() {
    var report = HTMLFixture.board()
    report.rules.removeAll { $0.figure == .overdue }
    report.findings.removeAll { $0.ruleID == "overdue" }
    let output = render(HTMLReporter.self, report)
    #expect(overdueSection(output).contains("Not checked: no rule that finds overdue actions ran."))
    #expect(!output.contains("Timeline of"))
    #expect(!output.contains("⚠ Only overdue actions"))
    #expect(!output.contains("(overdue by "), "no citing action is marked overdue")
    #expect(
      !(1...9).contains { output.contains("<span class=\"overdue\">\($0) overdue</span>") },
      "no lead has an overdue count")
    #expect(
      output.contains("<span class=\"number\">0</span> <span class=\"what\">open actions overdue"))
  }

  @Test func anyRuleDeclaringTheFigureFeedsIt() {
    var report = HTMLFixture.board()
    // The shipped rule is replaced by the organisation's own, under another id.
    report.rules = report.rules.map { rule in
      var rule = rule
      if rule.id == "overdue" { rule.id = "our-late-actions" }
      return rule
    }
    report.findings = report.findings.map { finding in
      var finding = finding
      if finding.ruleID == "overdue" { finding.ruleID = "our-late-actions" }
      return finding
    }
    let output = render(HTMLReporter.self, report)
    #expect(output.contains("role=\"img\" aria-label=\"Timeline of 5 overdue actions"))
    #expect(output.contains("⚠ Only overdue actions"))
  }

  @Test func aFindingOnlyTheRuleMakesIsCharted() {
    var report = HTMLFixture.board()
    // Luton 1.3 ends March 2024, after the as-of date: no date reading calls it overdue, but
    // a rule that did is believed.
    report.findings.append(
      ReportFixture.finding(
        "overdue", .warning, "Action 1.3 is overdue by the rule's own measure.",
        at: (ReportFixture.luton, 0, 0), entity: (.entity(.action), "1.3"), plan: "luton-2023"))
    let output = render(HTMLReporter.self, report)
    #expect(output.contains("role=\"img\" aria-label=\"Timeline of 6 overdue actions"))
  }

  @Test func unansweredAndUnledComeFromTheirRules() {
    var report = HTMLFixture.board()
    report.findings.removeAll {
      $0.ruleID == "recommendation-without-action"
        || $0.ruleID == "recommendation-without-open-lead"
    }
    let output = render(HTMLReporter.self, report)
    #expect(!output.contains("✗ No action"))
    #expect(output.contains("? Not checked"), "an uncited recommendation is not called covered")
    #expect(!output.contains("⚠ No open action has a lead"))
    #expect(output.contains("⚠ Only overdue actions"))
  }

  @Test func changesAreGroupedByTheRulesOwnGroup() {
    var report = HTMLFixture.board()
    report.rules = report.rules.map { rule in
      var rule = rule
      if rule.id == "rag-improved-without-update" { rule.group = "Ratings that moved" }
      if rule.id == "action-removed" { rule.group = "" }
      return rule
    }
    let output = render(HTMLReporter.self, report)
    #expect(output.contains("<h3>Ratings that moved</h3>"))
    #expect(!output.contains("<h3>What improved without an update</h3>"))
    #expect(!output.contains("<h3>What was removed</h3>"))
    #expect(output.contains("<h3>Other changes</h3>"), "a drift rule with no group")
    let slipped = output.range(of: "<h3>What slipped</h3>")?.lowerBound
    let moved = output.range(of: "<h3>Ratings that moved</h3>")?.lowerBound
    let other = output.range(of: "<h3>Other changes</h3>")?.lowerBound
    if let slipped, let moved, let other {
      #expect(slipped < moved && moved < other, "most severe group first, ungrouped last")
    }
  }
}
