import PlanModel

/// Turns a finished run into the bytes of one output format.
///
/// A reporter is a value built from options; `render` is pure so the same report always
/// yields the same text, which is what makes golden tests and CI history possible.
package protocol Reporter: Sendable {
  /// The `--format` name.
  static var format: String { get }
  /// One line for `--help`.
  static var summary: String { get }
  init(options: ReporterOptions)
  func render(_ report: Report) -> String
  /// Appends the rendered report to `bytes` as UTF-8: what `render` returns, without a
  /// `String` in between for formats that write bytes directly (JSON, SARIF), so a large
  /// report is held once rather than twice.
  func write(_ report: Report, into bytes: inout [UInt8])
}

extension Reporter {
  package func write(_ report: Report, into bytes: inout [UInt8]) {
    bytes.append(contentsOf: render(report).utf8)
  }
}
