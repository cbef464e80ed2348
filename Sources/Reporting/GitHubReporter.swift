import PlanModel

/// GitHub Actions workflow commands (`::error file=…,line=…::message`), which GitHub shows
/// as annotations on the pull request's changed files.
///
/// GitHub shows only ten annotations per level per step, so errors come first and at most
/// ten of each level are written; a closing plain line says how many were left out and
/// where the full report is. Waived findings are not annotated.
package struct GitHubReporter: Reporter {
  package static let format = "github"
  package static let summary = "GitHub Actions annotations (10 per level), errors first"
  /// Annotations GitHub displays per level per step.
  package static let limitPerLevel = 10

  private let options: ReporterOptions

  package init(options: ReporterOptions) { self.options = options }

  package func render(_ report: Report) -> String {
    let annotations = self.annotations(report)
    var lines: [String] = []
    var hidden: [Severity: Int] = [:]
    for severity in [Severity.error, .warning, .info] {
      let level = annotations.filter { $0.severity == severity }
      lines += level.prefix(Self.limitPerLevel).map(command)
      hidden[severity] = max(0, level.count - Self.limitPerLevel)
    }
    lines.append(closingLine(report, hidden: hidden, report.fullReportPath))
    return lines.joined(separator: "\n") + "\n"
  }

  /// One annotation to be: diagnostics and unsuppressed findings, in one order.
  private struct Annotation {
    var severity: Severity
    var span: SourceSpan
    var title: String
    var message: String
  }

  private func annotations(_ report: Report) -> [Annotation] {
    let diagnostics = FindingOrder.sorted(report.diagnostics).map {
      Annotation(severity: $0.severity, span: $0.span, title: $0.code, message: $0.message)
    }
    let findings = FindingOrder.bySeverity(report.findings.filter { !$0.isSuppressed }).map {
      Annotation(severity: $0.severity, span: $0.span, title: $0.ruleID, message: $0.message)
    }
    return diagnostics + findings
  }

  private func command(_ annotation: Annotation) -> String {
    var properties: [(String, String)] = []
    if !annotation.span.file.isEmpty { properties.append(("file", annotation.span.file)) }
    if annotation.span.line > 0 {
      properties.append(("line", String(annotation.span.line)))
      if annotation.span.column > 0 { properties.append(("col", String(annotation.span.column))) }
    }
    properties.append(("title", annotation.title))
    let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
    return "::\(Self.command(annotation.severity)) \(list)::\(Self.escapeData(annotation.message))"
  }

  private func closingLine(
    _ report: Report, hidden: [Severity: Int], _ reportPath: String?
  ) -> String {
    var line =
      "plancheck: " + SummaryPhrases.line(report) + "; "
      + SummaryPhrases.gate(report, failOnLabel: options.failOnLabel(for: report))
    let notShown = [Severity.error, .warning, .info].compactMap { severity -> String? in
      guard let count = hidden[severity], count > 0 else { return nil }
      return SummaryPhrases.count(count, Self.command(severity))
    }
    if !notShown.isEmpty {
      let path = options.fullReportPath ?? reportPath
      let place = path.map { "see \($0)" } ?? "run plancheck check locally"
      line +=
        ". Not shown as annotations: " + notShown.joined(separator: ", ")
        + "; for the full report \(place)"
    }
    return ControlCharacters.singleLine(line)
  }

  private static func command(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "notice"
    }
  }

  /// The message part, escaped as @actions/core does: `%`, CR and LF. Other control
  /// characters are replaced so plan text cannot drive the log's terminal emulation.
  package static func escapeData(_ value: String) -> String {
    var result = ""
    for scalar in ControlCharacters.keepingLineBreaks(value).unicodeScalars {
      switch scalar {
      case "%": result += "%25"
      case "\r": result += "%0D"
      case "\n": result += "%0A"
      case "\t": result += " "
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A property value: as data, plus `:` and `,`, which would end the value.
  package static func escapeProperty(_ value: String) -> String {
    var result = ""
    for scalar in escapeData(value).unicodeScalars {
      switch scalar {
      case ":": result += "%3A"
      case ",": result += "%2C"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
