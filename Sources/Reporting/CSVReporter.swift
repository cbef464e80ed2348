import PlanModel

/// One row per finding, for spreadsheets: RFC 4180, CRLF line ends, and every cell that a
/// spreadsheet would evaluate as a formula neutralised (see `CSVEscaping`).
///
/// Waived findings are included with `waived` = `true`, so a QA officer can filter them.
package struct CSVReporter: Reporter {
  package static let format = "csv"
  package static let summary = "one row per finding, safe to open in a spreadsheet"
  package static let header = [
    "file", "line", "column", "rule", "severity", "plan", "entity kind", "entity ref",
    "message", "waived", "fingerprint",
  ]

  private let options: ReporterOptions

  package init(options: ReporterOptions) { self.options = options }

  package func render(_ report: Report) -> String {
    let rows = FindingOrder.sorted(report.findings).map { finding in
      CSVEscaping.row([
        finding.span.file, finding.span.line > 0 ? String(finding.span.line) : "",
        finding.span.column > 0 ? String(finding.span.column) : "", finding.ruleID,
        finding.severity.rawValue, finding.planID, finding.entity.kind.name, finding.entity.ref,
        finding.message, finding.isSuppressed ? "true" : "false", finding.fingerprint,
      ])
    }
    return CSVEscaping.row(Self.header) + rows.joined()
  }
}
