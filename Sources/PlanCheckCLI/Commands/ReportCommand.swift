import PlanModel

/// `plancheck report [PATH ...]`: the self-assessment report (HTML, or Markdown).
enum ReportCommand: Command {
  static let spec = ArgumentSpec(
    command: "report",
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
    options: CheckCommand.spec.options.filter { !["format", "quiet", "help"].contains($0.name) } + [
      .init("format", short: "f", value: "fmt", help: "html (default) or markdown.")
    ],
    positionals: "<path> ...")

  static func run(_ arguments: ParsedArguments, io: inout some CommandIO) throws(CLIError) -> Int32
  {
    for request in arguments.all("format")
    where !["html", "markdown"].contains(request.split(separator: ":").first.map(String.init) ?? "")
    {
      throw .usage(
        "report writes html or markdown, not '\(request)'; use 'check' for other formats",
        command: spec.command)
    }
    let options = try CheckOptions(
      arguments, io: io, command: spec.command,
      defaultFormat: defaultFormat(output: arguments.value("output")))
    var session = try CheckSession(options: options, io: io)
    let report = try session.write(try session.run(io: &io), io: &io)
    io.keepUntilExit(report)
    return report.summary.failing > 0 ? ExitCode.findings : ExitCode.success
  }

  /// Markdown for an output named `*.md` or `*.markdown`; otherwise HTML.
  static func defaultFormat(output: String?) -> String {
    let name = output?.lowercased() ?? ""
    return name.hasSuffix(".md") || name.hasSuffix(".markdown") ? "markdown" : "html"
  }
}
