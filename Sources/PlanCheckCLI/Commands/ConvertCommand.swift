import Foundation
import PlanModel
import PlanReading

/// `plancheck convert FILE`: writes a plan (JSON, CSV, TSV) as canonical JSON.
enum ConvertCommand: Command {
  static let spec = ArgumentSpec(
    .convert,
    synopsis: "plancheck convert <file> [--output <file>] [--from <format>] [--sheet <name>]",
    abstract: "Write a plan (JSON or any table format) as canonical plancheck JSON.",
    discussion: """
      The output is the canonical form: converting it again gives the same bytes. Dates keep \
      the plan's own text. Plan files are \(PlanFileFormat.described). Use '-' to read \
      standard input (with --from to say its format).
      """,
    positionals: "<file>")

  static func run(_ arguments: ParsedArguments, io: inout some CommandIO) throws(CLIError) -> Int32
  {
    let (path, result) = try PlanInput.loadOnly(
      arguments, command: spec.command, from: arguments[\.from], io: &io)
    for diagnostic in result.diagnostics { io.writeErr(diagnostic.formatted + "\n") }
    guard let plan = result.plan, !result.hasErrors else {
      io.writeErr("error: '\(path)' is not a valid plan; nothing written\n")
      return ExitCode.usage
    }
    let json = PlanJSONEncoder.encode(plan)
    if let output = arguments[\.output] {
      try refuseOverwriting(input: path, tables: plan, output: output, io: io)
      try OutputFile.write(json, to: output, relativeTo: io.workingDirectory)
    } else {
      io.writeOut(json)
    }
    return ExitCode.success
  }

  /// Input files are never modified (a promise): `-o` naming the plan or a table it reads is
  /// refused before anything is written.
  private static func refuseOverwriting(
    input: String, tables plan: Plan, output: String, io: some CommandIO
  ) throws(CLIError) {
    func canonical(_ path: String) -> String {
      URL(fileURLWithPath: PlanInput.absolute(path, in: io.workingDirectory))
        .resolvingSymlinksInPath().standardizedFileURL.path
    }
    var inputs: Set<String> = []
    if input != "-" { inputs.insert(canonical(input)) }
    for file in [plan.actions.first?.span.file, plan.measures.first?.span.file].compactMap({ $0 })
    where file != "<stdin>" {
      inputs.insert(canonical(file))
    }
    guard inputs.contains(canonical(output)) else { return }
    throw .file(
      path: output,
      message: "cannot write the converted plan here: it is an input; choose another path")
  }
}
