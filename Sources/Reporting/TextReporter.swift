import PlanModel

/// The default, terminal format: findings grouped by file with aligned columns, then
/// diagnostics, rule failures, skipped rules and one summary line.
///
/// Waived and baseline-accepted findings are not listed (as linters hide suppressed
/// warnings); the summary line counts them, and every machine format lists them.
package struct TextReporter: Reporter {
  package static let format = "text"
  package static let summary = "findings grouped by file, for a terminal (default)"

  private let options: ReporterOptions

  package init(options: ReporterOptions) { self.options = options }

  package func render(_ report: Report) -> String {
    let active = FindingOrder.sorted(report.findings.filter { !$0.isSuppressed })
    var lines = findingLines(active, places: CellPlaces(report))
    lines += diagnosticLines(report)
    lines += ruleErrorLines(report)
    lines += skippedLines(report)
    lines += staleBaselineLines(report)
    if !lines.isEmpty, lines.first == "" { lines.removeFirst() }
    if !lines.isEmpty { lines.append("") }
    lines.append(style(SummaryPhrases.line(report), .bold))
    let gate = SummaryPhrases.gate(report, failOnLabel: options.failOnLabel(for: report))
    lines.append(style(gate, report.summary.failing > 0 ? .red : .bold))
    return lines.joined(separator: "\n") + "\n"
  }

  private func findingLines(_ findings: [Finding], places: CellPlaces) -> [String] {
    let locations = findings.map { location($0, places: places) }
    let locationWidth = locations.map(\.count).max() ?? 0
    let ruleWidth = findings.map(\.ruleID.count).max() ?? 0
    var lines: [String] = []
    var currentFile: String?
    for (finding, location) in zip(findings, locations) {
      if finding.span.file != currentFile {
        if currentFile != nil { lines.append("") }
        currentFile = finding.span.file
        lines.append(style(clean(finding.span.file), .underline))
      }
      let severity = pad(finding.severity.rawValue, 7)
      let columns = [
        "  " + pad(location, locationWidth), style(severity, color(finding.severity)),
        style(pad(clean(finding.ruleID), ruleWidth), .dim), clean(finding.message),
      ]
      lines.append(columns.joined(separator: "  "))
    }
    return lines
  }

  private func diagnosticLines(_ report: Report) -> [String] {
    let diagnostics = FindingOrder.sorted(report.diagnostics)
    guard !diagnostics.isEmpty else { return [] }
    return [""]
      + diagnostics.map { diagnostic in
        let head = "\(clean(diagnostic.span.description)): "
        return head + style(diagnostic.severity.rawValue, color(diagnostic.severity)) + ": "
          + clean(diagnostic.message) + " [\(clean(diagnostic.code))]"
      }
  }

  private func ruleErrorLines(_ report: Report) -> [String] {
    var lines: [String] = []
    for plan in report.plans {
      for run in plan.ruleRuns.sorted(by: { $0.ruleID < $1.ruleID }) {
        for error in run.errors {
          lines.append(
            "\(clean(plan.file)): " + style("error", color(.error))
              + ": rule '\(clean(run.ruleID))' failed at run time: \(clean(error))")
        }
      }
    }
    return lines.isEmpty ? [] : [""] + lines
  }

  /// Baseline entries that no longer occur, so the baseline can be pruned.
  private func staleBaselineLines(_ report: Report) -> [String] {
    guard !report.staleBaselineEntries.isEmpty else { return [] }
    let count = report.staleBaselineEntries.count
    return [
      "",
      "baseline: \(count) accepted finding\(count == 1 ? "" : "s") no longer occur; prune with --write-baseline:",
    ]
      + report.staleBaselineEntries.map { "  \(clean($0))" }
  }

  private func skippedLines(_ report: Report) -> [String] {
    let skipped = report.skippedRules.sorted { $0.id < $1.id }
    guard !skipped.isEmpty else { return [] }
    // One line per reason: ten drift rules skipped for want of --compare-to are one fact.
    var reasons: [String] = []
    var byReason: [String: [String]] = [:]
    for rule in skipped {
      if byReason[rule.reason] == nil { reasons.append(rule.reason) }
      byReason[rule.reason, default: []].append(clean(rule.id))
    }
    return [""]
      + reasons.map { reason in
        let ids = byReason[reason] ?? []
        let what = ids.count == 1 ? "skipped \(ids[0])" : "skipped \(ids.count) rules"
        let list = ids.count == 1 ? "" : ": " + ids.joined(separator: ", ")
        return "\(what) (\(clean(reason)))\(list)"
      }
  }

  /// `12:5`, `12` or `-` when the position is unknown; `F6` or `T2 R3 C4` for a cell.
  private func location(_ finding: Finding, places: CellPlaces) -> String {
    guard finding.span.line > 0 else { return "-" }
    if let cell = places.shortName(of: finding) { return cell }
    return finding.span.column > 0
      ? "\(finding.span.line):\(finding.span.column)" : "\(finding.span.line)"
  }

  private func clean(_ text: String) -> String { ControlCharacters.singleLine(text) }

  private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}

extension TextReporter {
  /// ANSI styles used when `options.color` is on.
  private enum Style: String {
    case bold = "1"
    case dim = "2"
    case underline = "4"
    case red = "31"
    case yellow = "33"
    case cyan = "36"
  }

  private func color(_ severity: Severity) -> Style {
    switch severity {
    case .error: .red
    case .warning: .yellow
    case .info: .cyan
    }
  }

  private func style(_ text: String, _ style: Style) -> String {
    options.color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }
}
