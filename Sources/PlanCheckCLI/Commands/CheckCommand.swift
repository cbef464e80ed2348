import PlanModel
import PlanReading

/// `plancheck check [PATH ...]`: the product. Loads plans, runs the rules, writes reports.
enum CheckCommand: Command {
  static let spec = ArgumentSpec(
    .check,
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
    positionals: "<path> ...")

  static func run(_ arguments: ParsedArguments, io: inout some CommandIO) throws(CLIError) -> Int32
  {
    let options = try CheckOptions(arguments, io: io, formats: arguments[\.checkFormats])
    var session = try CheckSession(options: options, io: io)
    let report = try session.write(try session.run(io: &io), io: &io)
    io.keepUntilExit(report)
    // Writing a baseline accepts today's findings: the step that records them succeeds.
    if options.writeBaseline != nil { return ExitCode.success }
    return report.summary.failing > 0 ? ExitCode.findings : ExitCode.success
  }
}
