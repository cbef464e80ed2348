import PlanModel

/// Markdown for pull-request comments and board papers: a summary table, then findings by
/// plan and by rule.
///
/// All plan text goes through `MarkdownEscaping`, so a pipe, a newline, a backtick or an
/// HTML tag in a plan can neither break a table nor render as markup. Waived findings are
/// listed in their own section: a board should see what was accepted, and why.
package struct MarkdownReporter: Reporter {
  package static let format = "markdown"
  package static let summary = "Markdown summary and findings, for PR comments and board papers"

  private let options: ReporterOptions

  package init(options: ReporterOptions) { self.options = options }

  package func render(_ report: Report) -> String {
    let catalog = RuleCatalog(report)
    let grouped = PlanFindings(report)
    var sections = [header(report)]
    let facts = ReportFacts(report)
    for (index, plan) in report.plans.enumerated() {
      let heading =
        "## \(cellless(plan.title.isEmpty ? plan.planID : plan.title))"
        + " (\(cellless(plan.file)))"
      sections.append(planSection(heading, grouped.findings(ofPlan: index), catalog: catalog))
      sections += overview(
        plan, figures: facts.figures(ofPlan: index), leads: facts.leadsByPlan[index])
    }
    if !grouped.unassigned.isEmpty {
      sections.append(planSection("## Other files", grouped.unassigned, catalog: catalog))
    }
    sections += [waivedSection(report), problemsSection(report), skippedSection(report)]
      .compactMap { $0 }
    return sections.joined(separator: "\n\n") + "\n"
  }

  private func header(_ report: Report) -> String {
    let summary = report.summary
    let verdict = SummaryPhrases.verdict(report, failOnLabel: options.failOnLabel(for: report))
    let rows = [
      "# plancheck report", "",
      "| Plans | Actions | Errors | Warnings | Infos | Waived | As of |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | --- |",
      "| \(summary.plans) | \(summary.actions) | \(summary.errors) | \(summary.warnings) "
        + "| \(summary.infos) | \(summary.waived) | \(report.asOf.iso) |",
      "",
      "**Result:** \(verdict). \(SummaryPhrases.count(summary.rules, "rule")) ran; "
        + "\(SummaryPhrases.count(summary.skippedRules, "rule")) skipped.",
    ]
    return rows.joined(separator: "\n")
  }

  private func planSection(_ heading: String, _ findings: [Finding], catalog: RuleCatalog)
    -> String
  {
    let active = findings.filter { !$0.isSuppressed }
    guard !active.isEmpty else { return heading + "\n\nNo findings." }
    var parts = [heading]
    let byRule = Dictionary(grouping: active, by: \.ruleID)
    for ruleID in byRule.keys.sorted() {
      let matching = byRule[ruleID] ?? []
      let severity = catalog.rule(ruleID)?.severity ?? matching.first?.severity ?? .warning
      parts.append(
        "### \(cellless(catalog.title(of: ruleID))) (\(cellless(ruleID)), \(severity.rawValue))"
          + "\n\n" + table(["Location", "Entity", "Severity", "Message"], matching.map(row)))
    }
    return parts.joined(separator: "\n\n")
  }

  /// The self-assessment tables of the HTML report, for places that take Markdown: the
  /// recommendation coverage matrix and the open actions per lead.
  private func overview(
    _ result: PlanResult, figures: PlanFigures, leads: [ReportFacts.LeadLoad]
  ) -> [String] {
    guard let plan = result.plan else { return [] }
    var parts: [String] = []
    let coverage = RecommendationCoverage(plan: plan, figures: figures)
    if !coverage.rows.isEmpty {
      let rows = coverage.rows.map { row -> [String] in
        let actions = row.actions.map { index -> String in
          let action = plan.actions[index]
          let lead = action.lead.isEmpty ? "no lead" : action.lead
          let status = action.status.label.isEmpty ? "no status" : action.status.label
          let end = action.end.text.isEmpty ? "no end date" : action.end.text
          return "\(action.label) (\(lead); \(end); \(status))"
        }
        let text = row.recommendation.text.isEmpty ? "" : ": " + row.recommendation.text
        return [
          row.recommendation.id + text, actions.isEmpty ? "—" : actions.joined(separator: "; "),
          row.verdict.joined(separator: "; "),
        ]
      }
      parts.append(
        "### Recommendation coverage (\(coverage.gapCount) with gaps)\n\n"
          + table(["Recommendation", "Actions citing it", "Coverage"], rows))
    }
    if !leads.isEmpty {
      let rows = leads.map { load in
        [load.lead.isEmpty ? "(no lead)" : load.lead, "\(load.open)", "\(load.overdue)"]
      }
      parts.append("### Open actions per lead\n\n" + table(["Lead", "Open", "Overdue"], rows))
    }
    return parts
  }

  private func row(_ finding: Finding) -> [String] {
    [
      finding.span.description, finding.entity.description, finding.severity.rawValue,
      finding.message,
    ]
  }

  private func waivedSection(_ report: Report) -> String? {
    let waived = FindingOrder.sorted(report.findings.filter(\.isSuppressed))
    guard !waived.isEmpty else { return nil }
    let rows = waived.map { finding in
      [
        finding.span.description, finding.ruleID, finding.entity.description, finding.message,
        finding.suppression?.justification ?? "",
      ]
    }
    return "## Waived and accepted findings\n\n"
      + table(["Location", "Rule", "Entity", "Message", "Reason"], rows)
  }

  private func problemsSection(_ report: Report) -> String? {
    var rows = FindingOrder.sorted(report.diagnostics).map { diagnostic in
      [
        diagnostic.span.description, diagnostic.severity.rawValue, diagnostic.code,
        diagnostic.message,
      ]
    }
    for plan in report.plans {
      for run in plan.ruleRuns.sorted(by: { $0.ruleID < $1.ruleID }) {
        rows += run.errors.map { [plan.file, "error", run.ruleID, "failed at run time: " + $0] }
      }
    }
    guard !rows.isEmpty else { return nil }
    return "## Problems running the check\n\n"
      + table(["Location", "Severity", "Code or rule", "Message"], rows)
  }

  private func skippedSection(_ report: Report) -> String? {
    let skipped = report.skippedRules.sorted { $0.id < $1.id }
    guard !skipped.isEmpty else { return nil }
    return "## Skipped rules\n\n" + table(["Rule", "Reason"], skipped.map { [$0.id, $0.reason] })
  }

  /// A GFM table; every cell escaped, so each row has exactly `headers.count` cells.
  private func table(_ headers: [String], _ rows: [[String]]) -> String {
    let head = "| " + headers.joined(separator: " | ") + " |"
    let rule = "|" + String(repeating: " --- |", count: headers.count)
    let body = rows.map { cells in
      "| " + cells.map(MarkdownEscaping.cell).joined(separator: " | ") + " |"
    }
    return ([head, rule] + body).joined(separator: "\n")
  }

  private func cellless(_ text: String) -> String { MarkdownEscaping.inline(text) }
}
