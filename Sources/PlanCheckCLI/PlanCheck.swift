import Foundation
import PlanModel

/// The command-line entry point: the only layer with side effects.
package enum PlanCheck {
  package static let version = "0.1.0"

  /// The commands, in the order `--help` lists them.
  static let commands: [any Command.Type] = [
    CheckCommand.self, RulesCommand.self, TestCommand.self, EvalCommand.self,
    ConvertCommand.self, ReportCommand.self, InitCommand.self,
  ]

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
      if arguments.count > 1, let command = commands.first(where: { $0.spec.command == arguments[1] }) {
        io.writeOut(command.spec.helpText)
      } else {
        io.writeOut(helpText)
      }
      return ExitCode.success
    default:
      break
    }
    guard let command = commands.first(where: { $0.spec.command == first }) else {
      let names = commands.map(\.spec.command)
      let hint = Spelling.closest(to: first, among: names).map { "; did you mean '\($0)'?" } ?? ""
      io.writeErr(CLIError.usage("unknown command '\(first)'\(hint)", command: "").text)
      return ExitCode.usage
    }
    let rest = Array(arguments.dropFirst())
    do {
      let parsed = try command.spec.parse(rest)
      if parsed.has("help") {
        io.writeOut(command.spec.helpText)
        return ExitCode.success
      }
      return try command.run(parsed, io: &io)
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
    for command in commands {
      let name = command.spec.command
      lines.append("  \(name)\(String(repeating: " ", count: max(1, 10 - name.count)))\(command.spec.abstract)")
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
