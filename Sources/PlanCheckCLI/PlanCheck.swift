import Foundation
import PlanModel

/// The command-line entry point: the only layer with side effects.
package enum PlanCheck {
  /// plancheck's version, written only here: `--version`, help and every report say it,
  /// `Scripts/release` asks the built binary for it, and VersionTests checks the release tags
  /// the integrations name (the GitHub Action, pre-commit hooks, README) against it.
  package static let version = "0.1.0"

  /// The commands' specs, in the order `--help` lists them.
  static let specs: [ArgumentSpec] = [
    CheckCommand.spec, RulesCommand.spec, TestCommand.spec, EvalCommand.spec,
    ConvertCommand.spec, ReportCommand.spec, InitCommand.spec, ColumnsCommand.spec,
  ]

  /// Dispatches by name with concrete types: swift-frontend 6.3.1 crashes in SILGen when a
  /// typed-throws command is called through `any Command.Type`.
  static func dispatch(
    _ name: String, _ rest: [String], io: inout some CommandIO
  ) throws(CLIError) -> Int32? {
    switch name {
    case CheckCommand.spec.command: try invoke(CheckCommand.self, rest, io: &io)
    case RulesCommand.spec.command: try invoke(RulesCommand.self, rest, io: &io)
    case TestCommand.spec.command: try invoke(TestCommand.self, rest, io: &io)
    case EvalCommand.spec.command: try invoke(EvalCommand.self, rest, io: &io)
    case ConvertCommand.spec.command: try invoke(ConvertCommand.self, rest, io: &io)
    case ReportCommand.spec.command: try invoke(ReportCommand.self, rest, io: &io)
    case InitCommand.spec.command: try invoke(InitCommand.self, rest, io: &io)
    case ColumnsCommand.spec.command: try invoke(ColumnsCommand.self, rest, io: &io)
    default: nil
    }
  }

  private static func invoke<C: Command>(
    _ command: C.Type, _ rest: [String], io: inout some CommandIO
  ) throws(CLIError) -> Int32 {
    let parsed = try C.spec.parse(rest)
    if parsed[\.help] {
      io.writeOut(C.spec.helpText)
      return ExitCode.success
    }
    return try C.run(parsed, io: &io)
  }

  /// Runs plancheck with the given arguments on the process's real streams.
  package static func main(arguments: [String]) -> Int32 {
    var io = ProcessIO()
    return run(arguments: arguments, io: &io)
  }

  /// Runs in-process with injected streams, so tests can drive every command.
  package static func run(arguments: [String], io: inout some CommandIO) -> Int32 {
    guard let first = arguments.first else {
      io.writeOut(helpText)
      return ExitCode.success
    }
    switch first {
    case "--version", "version":
      io.writeOut("plancheck \(version)\n")
      return ExitCode.success
    case "--help", "-h", "help":
      let spec = arguments.count > 1 ? specs.first { $0.command == arguments[1] } : nil
      io.writeOut(spec?.helpText ?? helpText)
      return ExitCode.success
    default:
      break
    }
    do {
      if let status = try dispatch(first, Array(arguments.dropFirst()), io: &io) { return status }
      let hint = Spelling.suggestion(for: first, among: specs.map(\.command))
      io.writeErr(CLIError.usage("unknown command '\(first)'\(hint)", command: "").text)
      return ExitCode.usage
    } catch {
      io.writeErr(error.text)
      return ExitCode.usage
    }
  }

  static var helpText: String {
    var lines = [
      "OVERVIEW: plancheck \(version) — rules-based compliance and drift checker for improvement plans",
      "",
      "USAGE: plancheck <command> [options]",
      "",
      "COMMANDS:",
    ]
    for spec in specs {
      let padding = String(repeating: " ", count: max(1, 10 - spec.command.count))
      lines.append("  \(spec.command)\(padding)\(spec.abstract)")
    }
    lines += [
      "",
      "Run 'plancheck <command> --help' for a command's options.",
      "Exit status: 0 no finding at or above --fail-on; 1 such findings; 2 could not run as asked.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}

/// One subcommand: its argument spec and what it does.
protocol Command {
  static var spec: ArgumentSpec { get }
  static func run(_ arguments: ParsedArguments, io: inout some CommandIO) throws(CLIError) -> Int32
}
