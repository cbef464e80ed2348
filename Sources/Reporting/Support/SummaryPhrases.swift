import PlanModel

/// The wording of counts and verdicts, shared so every human-facing format says the same.
package enum SummaryPhrases {
  /// `1 plan`, `2 plans`, `0 waived` (words without a plural are passed as their own plural).
  package static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(value) \(value == 1 ? singular : plural ?? singular + "s")"
  }

  /// `2 plans, 14 actions, 6 rules: 3 errors, 5 warnings, 2 infos, 2 waived, 1 skipped rule;
  /// as of 2024-03-31`.
  package static func line(_ report: Report) -> String {
    let summary = report.summary
    let scope = [
      count(summary.plans, "plan"), count(summary.actions, "action"),
      count(summary.rules, "rule"),
    ]
    var counts = [
      count(summary.errors, "error"), count(summary.warnings, "warning"),
      count(summary.infos, "info"), "\(summary.waived) waived",
    ]
    if summary.baselined > 0 { counts.append("\(summary.baselined) accepted in baseline") }
    counts.append(count(summary.skippedRules, "skipped rule"))
    if let level = report.minSeverity, report.belowMinSeverity > 0 {
      counts.append("\(report.belowMinSeverity) below --min-severity \(level.rawValue) not shown")
    }
    return scope.joined(separator: ", ") + ": " + counts.joined(separator: ", ")
      + "; \(report.asOfPhrase)"
  }

  /// Whether the run passed its gate, and on what: `passed (--fail-on error)` or
  /// `failed at --fail-on warning: 2 errors, 5 warnings`.
  package static func gate(_ report: Report, failOnLabel: String) -> String {
    let summary = report.summary
    guard summary.failing > 0, let failOn = report.failOn else {
      return "passed (--fail-on \(failOnLabel))"
    }
    var parts = [count(summary.errors, "error")]
    if failOn <= .warning { parts.append(count(summary.warnings, "warning")) }
    if failOn <= .info { parts.append(count(summary.infos, "info")) }
    let failing = parts.filter { !$0.hasPrefix("0 ") }
    return "failed at --fail-on \(failOnLabel): " + failing.joined(separator: ", ")
  }

  /// `failed: 3 findings at or above error` or `passed (fail-on error)`.
  package static func verdict(_ report: Report, failOnLabel: String) -> String {
    let failing = report.summary.failing
    guard failing > 0 else { return "passed (fail-on \(failOnLabel))" }
    return "failed: \(count(failing, "finding")) at or above \(failOnLabel)"
  }

  /// The label GitHub and SARIF use for a severity: `error`, `warning` or `note`.
  package static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }
}
