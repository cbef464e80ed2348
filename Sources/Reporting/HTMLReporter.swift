import PlanModel

/// One self-contained HTML5 page for a board or an inspection self-assessment: summary, RAG
/// and findings charts, overdue actions on a timeline, the recommendation coverage matrix,
/// actions per lead, drift, and every finding.
///
/// The page needs nothing but itself: inline CSS, inline SVG, no script, no fonts, no
/// images, and a Content-Security-Policy that forbids everything but inline style, so even
/// an escaping mistake could not run script or fetch anything. Plan text only reaches the
/// page through `HTMLWriter`, which escapes it; no plan text is ever a link. Output depends
/// only on the report (the as-of date comes from it, never from the clock).
package struct HTMLReporter: Reporter {
  package static let format = "html"
  package static let summary =
    "self-contained HTML report with charts and coverage matrix, for boards (prints on A4)"

  let options: ReporterOptions

  package init(options: ReporterOptions) { self.options = options }

  package func render(_ report: Report) -> String {
    let facts = ReportFacts(report)
    var writer = HTMLWriter()
    head(&writer, report)
    writer.raw("<body>\n<main>\n")
    masthead(&writer, report)
    let drift = HTMLReporter.driftFindings(report)
    contents(&writer, hasDrift: !drift.isEmpty)
    summarySection(&writer, report, facts)
    chartsSection(&writer, report, facts)
    overdueSection(&writer, report, facts)
    coverageSection(&writer, report, facts)
    leadsSection(&writer, report, facts)
    if !drift.isEmpty { driftSection(&writer, drift) }
    findingsSection(&writer, report, facts)
    runSection(&writer, report)
    footer(&writer, report)
    writer.raw("</main>\n</body>\n</html>\n")
    return writer.html
  }

  private func head(_ writer: inout HTMLWriter, _ report: Report) {
    writer.raw(
      """
      <!DOCTYPE html>
      <html lang="en-GB">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <meta name="referrer" content="no-referrer">
      <meta name="viewport" content="width=device-width, initial-scale=1">

      """)
    writer.open(
      "meta", ["name": "generator", "content": "\(report.tool.name) \(report.tool.version)"])
    writer.newline()
    writer.element("title", "\(title(report)) — plancheck report as of \(report.asOf.iso)")
    writer.raw("\n<style>\n")
    writer.raw(HTMLStyleSheet.css)
    writer.raw("\n</style>\n</head>\n")
  }

  private func title(_ report: Report) -> String {
    guard report.plans.count == 1, let plan = report.plans.first else {
      return "Improvement plan check"
    }
    return HTMLReporter.planName(plan)
  }

  private func masthead(_ writer: inout HTMLWriter, _ report: Report) {
    let summary = report.summary
    writer.raw("<header class=\"masthead\">\n")
    writer.element("h1", title(report))
    writer.element(
      "p", ["class": "meta"],
      "plancheck report as of \(HTMLVocabulary.date(report.asOf)) (\(report.asOf.iso)) · "
        + SummaryPhrases.count(summary.plans, "plan") + ", "
        + SummaryPhrases.count(summary.actions, "action") + ", "
        + SummaryPhrases.count(summary.rules, "rule") + " checked")
    writer.raw("\n</header>\n")
  }

  private func contents(_ writer: inout HTMLWriter, hasDrift: Bool) {
    writer.raw(
      """
      <nav class="contents" aria-labelledby="contents-h">
      <h2 id="contents-h">Contents</h2>
      <ol>
      <li><a href="#summary">Summary</a></li>
      <li><a href="#charts">Findings at a glance</a></li>
      <li><a href="#overdue">Overdue actions</a></li>
      <li><a href="#coverage">Recommendation coverage</a></li>
      <li><a href="#leads">Actions per lead</a></li>

      """)
    if hasDrift { writer.raw("<li><a href=\"#drift\">Changes since the last version</a></li>\n") }
    writer.raw(
      """
      <li><a href="#findings">All findings</a></li>
      <li><a href="#run">About this run</a></li>
      </ol>
      </nav>

      """)
  }

  private func summarySection(
    _ writer: inout HTMLWriter, _ report: Report, _ facts: ReportFacts
  ) {
    let summary = report.summary
    openSection(&writer, id: "summary", "Summary")
    let verdict = SummaryPhrases.verdict(report, failOnLabel: options.failOnLabel(for: report))
    writer.open("p", ["class": summary.failing > 0 ? "verdict failed" : "verdict passed"])
    writer.text((summary.failing > 0 ? "✗ Check " : "✓ Check ") + verdict + ".")
    writer.raw("</p>\n<ul class=\"cards\">\n")
    let gaps = report.plans.indices.reduce(0) { total, index in
      let coverage = report.plans[index].plan.map {
        RecommendationCoverage(plan: $0, figures: facts.figures(ofPlan: index))
      }
      return total + (coverage?.gapCount ?? 0)
    }
    let cards: [(Int, String)] = [
      (summary.plans, "plans"), (summary.actions, "actions"),
      (facts.overdue.count, "open actions overdue"), (gaps, "recommendations with gaps"),
      (summary.errors, "errors"), (summary.warnings, "warnings"), (summary.infos, "infos"),
      (summary.waived + summary.baselined, "waived or accepted"),
    ]
    for (number, what) in cards {
      writer.raw("<li class=\"card\">")
      writer.element("span", ["class": "number"], "\(number)")
      writer.raw(" ")
      writer.element("span", ["class": "what"], what)
      writer.raw("</li>\n")
    }
    writer.raw("</ul>\n")
    writer.table(
      caption: "Findings by severity", headers: ["Severity", "Findings"],
      rows: [
        ["✗ Errors", "\(summary.errors)"], ["⚠ Warnings", "\(summary.warnings)"],
        ["ℹ Infos", "\(summary.infos)"],
        ["Waived or accepted in baseline", "\(summary.waived + summary.baselined)"],
      ], classes: "numbers narrow")
    plansTable(&writer, report, facts)
    ragFigure(&writer, facts)
    writer.raw("</section>\n")
  }

  private func plansTable(_ writer: inout HTMLWriter, _ report: Report, _ facts: ReportFacts) {
    guard !report.plans.isEmpty else {
      writer.element("p", ["class": "none"], "No plans were checked.")
      writer.newline()
      return
    }
    let rows = report.plans.enumerated().map { index, result in
      let active = facts.findings.findings(ofPlan: index).filter { !$0.isSuppressed }.count
      return [
        HTMLReporter.planName(result), result.file,
        result.plan.map { HTMLVocabulary.dateText($0.asOf) } ?? "—", "\(result.actionCount)",
        "\(result.plan?.recommendations.count ?? 0)", "\(active)",
      ]
    }
    writer.table(
      caption: "Plans checked",
      headers: ["Plan", "File", "Plan status date", "Actions", "Recommendations", "Findings"],
      rows: rows)
  }

  private func footer(_ writer: inout HTMLWriter, _ report: Report) {
    writer.raw("<footer>\n")
    writer.element(
      "p",
      "Produced by \(report.tool.name) \(report.tool.version) with the as-of date "
        + "\(report.asOf.iso) and fail-on \(options.failOnLabel(for: report)). "
        + "This page contains no scripts and loads nothing from the network.")
    writer.raw("\n</footer>\n")
  }

  /// Opens a major section (a new page in print) with its `h2`.
  func openSection(_ writer: inout HTMLWriter, id: StaticString, _ heading: StaticString) {
    writer.raw("<section class=\"major\" id=\"")
    writer.raw(id)
    writer.raw("\" aria-labelledby=\"")
    writer.raw(id)
    writer.raw("-h\">\n<h2 id=\"")
    writer.raw(id)
    writer.raw("-h\">")
    writer.raw(heading)
    writer.raw("</h2>\n")
  }

  /// The plan's title, or its id when it has none.
  static func planName(_ result: PlanResult) -> String {
    result.title.isEmpty ? result.planID : result.title
  }
}
