/// The exit statuses: 0 nothing at or above `--fail-on`, 1 such findings, 2 could not run.
package enum ExitCode {
  /// No finding at or above `--fail-on`.
  package static let success: Int32 = 0
  /// Findings at or above `--fail-on` (or failing rule examples, for `test`).
  package static let findings: Int32 = 1
  /// The command could not run as asked: bad option, config, rule file, or no such path.
  package static let usage: Int32 = 2
}
