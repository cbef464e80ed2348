import JSONSyntax
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
  /// report is held once rather than twice. With a `drain`, those formats hand the bytes over
  /// in chunks as they go (what is left at the end stays in `bytes`), so a report of a
  /// million findings never sits whole in memory.
  func write(_ report: Report, into bytes: inout [UInt8], drain: ReportDrain?)
}

/// Takes the bytes written so far and leaves the buffer empty.
package typealias ReportDrain = JSONStreamWriter.ByteDrain

extension Reporter {
  package func write(_ report: Report, into bytes: inout [UInt8]) {
    write(report, into: &bytes, drain: nil)
  }

  package func write(_ report: Report, into bytes: inout [UInt8], drain: ReportDrain?) {
    bytes.append(contentsOf: render(report).utf8)
  }
}

/// A reporter that writes bytes itself (JSON, SARIF): its text is its bytes.
package protocol ByteReporter: Reporter {}

extension ByteReporter {
  package func render(_ report: Report) -> String {
    var bytes: [UInt8] = []
    write(report, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Makes room for the whole report (`perFinding` bytes a finding past `fixed`), or, when the
  /// bytes are drained as they are written, for one chunk: regrowth copies are what it avoids.
  func reserve(
    _ bytes: inout [UInt8], for report: Report, fixed: Int, perFinding: Int, draining: Bool
  ) {
    let wanted =
      draining ? JSONStreamWriter.drainSize + 4096 : fixed + report.findings.count * perFinding
    bytes.reserveCapacity(bytes.count + wanted)
  }
}
