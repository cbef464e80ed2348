import PlanModel
import PlanReading

/// `plancheck check [PATH ...]`: the product. Loads plans, runs the rules, writes reports.
enum CheckCommand: Command {
  static let spec = ArgumentSpec(
    command: "check",
    synopsis: "plancheck check [<path> ...] [options]",
    abstract: "Check plan files or folders against the rules (default: the current folder).",
    discussion: """
      Plan files are \(PlanFileFormat.described); folders are searched recursively. A \
      workbook is read from its first sheet unless --sheet or a JSON plan names another. '-' \
      reads one plan from standard input (JSON, or --stdin-format).
      The as-of date is --as-of, else the config's asOf, else each plan's asOf, else today; \
      it is printed in every report so a run can be reproduced.
      Exit status: 0 no finding at or above --fail-on (default error); 1 such findings (an \
      unreadable plan is a finding of rule 'invalid-plan'); 2 could not run as asked.
      """,
    options: [
      .init("rules", value: "path", repeatable: true, help: "Extra rule file or folder."),
      .init("no-default-rules", help: "Do not load the shipped rule catalogue."),
      .init(
        "config", value: "file", help: "Use this config instead of the nearest .plancheck.json."),
      .init(
        "format", short: "f", value: "fmt[:path]", repeatable: true,
        help:
          "Report format: text, json, junit, sarif, github, markdown, csv, html, gitlab; ':path' writes it to a file."
      ),
      .init(
        "output", short: "o", value: "file",
        help:
          "Write the (single) report to this file; without --format, its extension (.json, .sarif, .xml, .md, .csv, .html) picks the format."
      ),
      .init("as-of", value: "date", help: "Check as of this date (YYYY-MM-DD)."),
      .init(
        "compare-to", value: "plan|git:rev[:path]",
        help: "Compare with another version to find drift."),
      .init("baseline", value: "file", help: "Fail only on findings not in this baseline."),
      .init(
        "write-baseline", value: "file",
        help: "Record today's findings as accepted (exit 0 once written)."),
      .init("fail-on", value: "level", help: "error (default), warning, info or none."),
      .init(
        "min-severity", value: "level",
        help:
          "Show only findings at or above error, warning or info; the rest are not listed, counted or failed on."
      ),
      .init("enable", value: "id", repeatable: true, help: "Run a rule the config disabled."),
      .init("disable", value: "id", repeatable: true, help: "Do not run this rule."),
      .init("only", value: "id", repeatable: true, help: "Run only these rules."),
      .init("color", value: "when", help: "auto (default), always or never."),
      .init("quiet", short: "q", help: "Print nothing to standard output; use the exit status."),
      .init(
        "verbose",
        help: "Also print, to standard error, how each table's columns were mapped and why "
          + "(as 'plancheck columns' does)."),
      .init(
        "stdin-format", value: "format",
        help: "Format of a plan read from '-': \(PlanFileFormat.names)."),
      .init(
        "sheet", value: "name", help: "The worksheet to read from .xlsx workbooks given directly."),
    ],
    positionals: "<path> ...")

  static func run(_ arguments: ParsedArguments, io: inout some CommandIO) throws(CLIError) -> Int32
  {
    let options = try CheckOptions(arguments, io: io)
    var session = try CheckSession(options: options, io: io)
    let report = try session.write(try session.run(io: &io), io: &io)
    io.keepUntilExit(report)
    // Writing a baseline accepts today's findings: the step that records them succeeds.
    if options.writeBaseline != nil { return ExitCode.success }
    return report.summary.failing > 0 ? ExitCode.findings : ExitCode.success
  }
}
