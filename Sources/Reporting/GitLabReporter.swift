import JSONSyntax
import PlanModel

/// A GitLab Code Quality report: the Code Climate issue subset GitLab reads
/// (`artifacts:reports:codequality`), one issue per unsuppressed finding.
///
/// `fingerprint` is the finding's own (rule + plan + entity), made unique within the report,
/// so GitLab can tell new issues from resolved ones across pipelines. Waived and
/// baseline-accepted findings are left out: GitLab has no notion of a suppressed issue.
package struct GitLabReporter: ByteReporter {
  package static let format = "gitlab"
  package static let summary = "GitLab Code Quality report (artifacts:reports:codequality)"

  private let options: ReporterOptions

  package init(options: ReporterOptions) { self.options = options }

  /// Code Climate's severities, by plancheck severity.
  static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: "critical"
    case .warning: "minor"
    case .info: "info"
    }
  }

  package func write(_ report: Report, into bytes: inout [UInt8], drain: ReportDrain?) {
    reserve(&bytes, for: report, fixed: 64, perFinding: 320, draining: drain != nil)
    var used: Set<String> = []
    JSONStreamWriter.write(into: &bytes, drain: drain) { json in
      json.array { json in
        for finding in FindingOrder.sorted(report.findings) where !finding.isSuppressed {
          var fingerprint = finding.fingerprint
          var copy = 1
          while !used.insert(fingerprint).inserted {
            copy += 1
            fingerprint = "\(finding.fingerprint)-\(copy)"
          }
          json.object { json in write(finding, fingerprint: fingerprint, to: &json) }
        }
      }
    }
  }

  private func write(_ finding: Finding, fingerprint: String, to json: inout JSONStreamWriter) {
    json.field("check_name", finding.ruleID)
    json.field("description", finding.message)
    json.field("fingerprint", fingerprint)
    json.object("location") { json in
      json.object("lines") { json in json.field("begin", max(1, finding.span.line)) }
      json.field("path", Self.relative(finding.span.file))
    }
    json.field("severity", Self.severity(finding.severity))
    json.field("type", "issue")
  }

  /// The path as given, without a leading `./` and with forward slashes: GitLab matches it
  /// against the repository's files.
  static func relative(_ file: String) -> String {
    var path = String(file.map { $0 == "\\" ? "/" : $0 })
    while path.hasPrefix("./") { path.removeFirst(2) }
    return path
  }
}
