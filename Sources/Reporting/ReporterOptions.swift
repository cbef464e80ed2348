import PlanModel

/// What a reporter needs from the command line that the report itself does not carry.
///
/// The CLI fills in the clock and host name; tests pass fixed values so output is
/// deterministic.
package struct ReporterOptions: Sendable, Hashable {
  /// ANSI colour (text format only), decided by the CLI from `--color` and the terminal.
  package var color: Bool
  /// Zone-less ISO 8601 date-time (`2024-03-31T09:15:00`) for JUnit suites; nil uses a
  /// fixed placeholder so output stays reproducible.
  package var timestamp: String?
  /// Host name for JUnit suites; nil means `localhost`, as the Ant schema suggests.
  package var hostname: String?
  /// Where the full report was written, for formats that truncate (GitHub annotations);
  /// falls back to `Report.fullReportPath`.
  package var fullReportPath: String?
  /// How to name the fail-on threshold when it is shown; nil derives it from the report.
  package var failOnLabel: String?

  package init(
    color: Bool = false, timestamp: String? = nil, hostname: String? = nil,
    fullReportPath: String? = nil, failOnLabel: String? = nil
  ) {
    self.color = color
    self.timestamp = timestamp
    self.hostname = hostname
    self.fullReportPath = fullReportPath
    self.failOnLabel = failOnLabel
  }

  /// The label for the report's threshold: `error`, `warning`, `info` or `none`.
  package func failOnLabel(for report: Report) -> String {
    failOnLabel ?? report.failOn?.rawValue ?? "none"
  }
}
