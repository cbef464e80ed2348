import PlanModel

/// `plancheck report [PATH ...]`: the self-assessment report (HTML, or Markdown).
enum ReportCommand: Command {
  static let spec = ArgumentSpec(
    .report,
    synopsis:
      "plancheck report [<path> ...] --output <report.html> [--format html|markdown] [options]",
    abstract:
      "Write a self-assessment report (HTML or Markdown) for people: board papers, QA reviews.",
    discussion: """
      Runs the same checks as 'check' and writes one self-contained file: summary, RAG \
      distribution, findings by rule and theme, overdue actions, the recommendation coverage \
      matrix, actions per lead and every finding. The format is --format, else the output's \
      extension (.md or .markdown: Markdown), else HTML.
      Exit status as for 'check': 0 no finding at or above --fail-on (default error); 1 such \
      findings (the report is still written); 2 could not run as asked. Use --fail-on none to \
      exit 0 whenever the report was written.
      """,
    positionals: "<path> ...")

  static func run(_ arguments: ParsedArguments, io: inout some CommandIO) throws(CLIError) -> Int32
  {
    let options = try CheckOptions(
      arguments, io: io, formats: arguments[\.reportFormat].map { [$0] } ?? [],
      defaultFormat: defaultFormat(output: arguments[\.output]))
    var session = try CheckSession(options: options, io: io)
    let report = try session.write(try session.run(io: &io), io: &io)
    io.keepUntilExit(report)
    return report.summary.failing > 0 ? ExitCode.findings : ExitCode.success
  }

  /// The formats `report` writes, the first by default.
  static let formats = ["html", "markdown"]

  /// One `--format` value: html or markdown, optionally `:PATH`.
  static func request(_ value: String) -> Result<FormatRequest, OptionValueProblem> {
    switch FormatRequest.request(value) {
    case .success(let request) where formats.contains(request.format): .success(request)
    default:
      .failure(
        OptionValueProblem(
          message: "report writes html or markdown, not '\(value)'; use 'check' for other formats"
        ))
    }
  }

  /// Markdown for an output named `*.md` or `*.markdown`; otherwise HTML.
  static func defaultFormat(output: String?) -> String {
    let name = output?.lowercased() ?? ""
    return name.hasSuffix(".md") || name.hasSuffix(".markdown") ? "markdown" : "html"
  }
}
