import Foundation

/// The command-line entry point: the only layer with side effects.
package enum PlanCheck {
  package static let version = "0.1.0"

  /// Runs plancheck with the given arguments on the process's real streams and returns the exit status.
  package static func main(arguments: [String]) -> Int32 {
    var io = ProcessIO()
    return run(arguments: arguments, io: &io)
  }

  /// Runs in-process with injected streams, so tests can drive every command.
  package static func run(arguments: [String], io: inout some CommandIO) -> Int32 {
    if arguments.first == "--version" {
      io.writeOut("plancheck \(version)\n")
      return 0
    }
    io.writeErr("plancheck: not yet implemented\n")
    return 2
  }
}
