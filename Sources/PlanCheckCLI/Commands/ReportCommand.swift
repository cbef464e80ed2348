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
      matrix, actions per lead and every finding. Exit 0 when the report was written, unless \
      --fail-on is given.
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
    let options = try CheckOptions(arguments, io: io, command: spec.command, defaultFormat: "html")
    var session = try CheckSession(options: options, io: io)
    let report = try session.write(try session.run(io: &io), io: &io)
    io.keepUntilExit(report)
    guard arguments.value("fail-on") != nil else { return ExitCode.success }
    return report.summary.failing > 0 ? ExitCode.findings : ExitCode.success
  }
}
