import Foundation
import PlanModel
import PlanReading
import Reporting
import RuleEngine

extension CheckSession {
  /// Applies the baseline, then renders every requested format; files are written atomically.
  /// Returns the report as written (baselined findings waived), which decides the exit status.
  @discardableResult
  func write(_ report: Report, io: inout some CommandIO) throws(CLIError) -> Report {
    var report = report
    let found = report.findings
    // The baseline is read before anything is written, so a bad one leaves no file behind.
    if let path = options.baseline {
      report.staleBaselineEntries = try readBaseline(path).apply(to: &report.findings)
    }
    if let level = options.minSeverity {
      let before = report.findings.count
      report.findings.removeAll { $0.severity < level }
      report.minSeverity = level
      report.belowMinSeverity = before - report.findings.count
    }
    report.fullReportPath = options.formats.first { $0.path != nil && $0.format != "github" }?.path
    try refuseOverwritingInputs(report)
    for request in options.formats {
      guard let reporter = Reporters.named(request.format) else { continue }
      let color = request.path == nil && options.color
      let settings = reporterOptions(color: color, environment: io.environment)
      let format = reporter.init(options: settings)
      if let path = request.path {
        // Bytes straight to the file, a megabyte at a time for JSON and SARIF: a large
        // report is never also a String, nor held whole.
        try OutputFile.stream(to: path, relativeTo: workingDirectory) { drain in
          var bytes: [UInt8] = []
          format.write(report, into: &bytes, drain: drain)
          return bytes
        }
      } else if !options.quiet {
        io.writeOut(format.render(report))
      }
    }
    // Last, so a run that could not write its reports leaves no new baseline behind.
    if let path = options.writeBaseline {
      let baseline = Baseline(findings: found)
      try OutputFile.write(baseline.encoded(), to: path, relativeTo: workingDirectory)
      let count = SummaryPhrases.count(baseline.entries.count, "finding")
      io.writeErr("plancheck: wrote baseline '\(path)': \(count) accepted\n")
    }
    if options.quiet == false, options.formats.allSatisfy({ $0.path != nil }) {
      let summary = report.summary
      func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
      io.writeErr(
        "plancheck: \(count(summary.errors, "error")), \(count(summary.warnings, "warning")), "
          + "\(count(summary.infos, "info")) in \(count(summary.plans, "plan")); reports written; "
          + SummaryPhrases.gate(report, failOnLabel: report.failOn?.rawValue ?? "none") + "\n")
    }
    return report
  }

  private func readBaseline(_ path: String) throws(CLIError) -> Baseline {
    let full = PlanInput.absolute(path, in: workingDirectory)
    guard FileManager.default.fileExists(atPath: full) else {
      throw .file(path: path, message: "cannot read baseline file")
    }
    let bytes = try PlanInput.readFile(
      full, display: path, kind: "baseline file", limit: LoadOptions().maxFileSize)
    do {
      return try Baseline.decode(bytes, file: path)
    } catch {
      throw .diagnostics([error])
    }
  }

  func reporterOptions(color: Bool, environment: [String: String]) -> ReporterOptions {
    ReporterOptions(
      color: color, timestamp: CheckSession.timestamp(environment: environment),
      hostname: ProcessInfo.processInfo.hostName)
  }

  /// Zone-less ISO time of the run (JUnit needs one); `SOURCE_DATE_EPOCH` fixes it for
  /// reproducible builds.
  static func timestamp(environment: [String: String]) -> String {
    var seconds = Int(Date().timeIntervalSince1970)
    if let fixed = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) { seconds = fixed }
    let day = Day(ordinal: seconds / 86_400)
    let rest = seconds % 86_400
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(day.iso)T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))"
  }

  /// Input files are never modified (a promise): a report or baseline path that names a plan or
  /// table this run read is refused before anything is written.
  private func refuseOverwritingInputs(_ report: Report) throws(CLIError) {
    func canonical(_ path: String) -> String {
      URL(fileURLWithPath: PlanInput.absolute(path, in: workingDirectory))
        .resolvingSymlinksInPath().standardizedFileURL.path
    }
    var inputs: Set<String> = []
    for result in report.plans where result.file != "-" {
      inputs.insert(canonical(result.file))
      if let table = result.plan?.actions.first?.span.file, table != result.file {
        inputs.insert(canonical(table))
      }
    }
    let outputs = options.formats.compactMap(\.path) + [options.writeBaseline].compactMap { $0 }
    for path in outputs where inputs.contains(canonical(path)) {
      throw .file(
        path: path,
        message: "cannot write a report here: the file is an input of this run; choose another path"
      )
    }
  }
}
