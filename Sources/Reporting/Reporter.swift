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
}
