import PlanModel

/// Markdown for pull-request comments and board papers: a summary table, the overdue actions,
/// then per plan its findings by rule, errors first, and the HTML report's self-assessment
/// tables (recommendation coverage, open actions per lead).
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
    let facts = ReportFacts(report)
    var sections = [header(report), overdueSection(report, facts)]
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
        + "| \(summary.infos) | \(summary.waived + summary.baselined) | \(report.asOf.iso) |",
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
    // Errors first, then warnings, then infos: what fails the gate is what a reader needs.
    func severity(_ ruleID: String) -> Severity {
      byRule[ruleID]?.map(\.severity).max() ?? catalog.rule(ruleID)?.severity ?? .warning
    }
    let order = byRule.keys.sorted { lhs, rhs in
      let (left, right) = (severity(lhs), severity(rhs))
      if left != right { return left > right }
      let (leftCount, rightCount) = (byRule[lhs]?.count ?? 0, byRule[rhs]?.count ?? 0)
      if leftCount != rightCount { return leftCount > rightCount }
      return lhs < rhs
    }
    for ruleID in order {
      let matching = byRule[ruleID] ?? []
      let severity = severity(ruleID)
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

  /// Open actions past their end date, longest overdue first, as the HTML report's timeline.
  private func overdueSection(_ report: Report, _ facts: ReportFacts) -> String {
    let heading = "## Overdue actions"
    // Longest overdue first; ties keep the facts' order (end date, plan, ref).
    let overdue = facts.overdue.enumerated().sorted { lhs, rhs in
      lhs.element.daysOverdue != rhs.element.daysOverdue
        ? lhs.element.daysOverdue > rhs.element.daysOverdue : lhs.offset < rhs.offset
    }.map(\.element)
    guard !overdue.isEmpty else {
      return heading + "\n\nNo open action is past its end date on \(report.asOf.iso)."
    }
    let qualify = report.plans.count > 1
    let rows = overdue.map { item -> [String] in
      let action = item.action
      var ref = action.ref.isEmpty ? "(no ref)" : action.ref
      if qualify, report.plans.indices.contains(item.planIndex) {
        ref = "\(report.plans[item.planIndex].planID) \(ref)"
      }
      return [
        ref, PlanText.clipped(action.title, MarkdownReporter.titleClip),
        action.lead.isEmpty ? "(no lead)" : action.lead,
        action.end.text, "\(item.daysOverdue)",
        action.status.label.isEmpty ? "(no status)" : action.status.label,
      ]
    }
    return heading + "\n\n"
      + "\(SummaryPhrases.count(overdue.count, "open action")) ended before \(report.asOf.iso).\n\n"
      + table(["Ref", "Action", "Lead", "End date", "Days overdue", "Status"], rows)
  }

  /// Long action text cut to about 80 characters at a space, so a table stays readable.
  static let titleClip = ClipRule(limit: 80, breaks: .spaces)

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
