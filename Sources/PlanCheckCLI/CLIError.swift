import PlanModel

/// Why a command could not run as asked (exit status 2).
package enum CLIError: Error, Equatable, Sendable {
  /// A bad option or argument; the message ends with a pointer to `--help`.
  case usage(String, command: String)
  /// A path that does not exist or cannot be read or written.
  case file(path: String, message: String)
  /// Problems in a rule file, config or expression, each with its location.
  case diagnostics([Diagnostic])
  /// Anything else that stops the command.
  case failed(String)

  /// The text for standard error, one problem per line.
  package var text: String {
    switch self {
    case .usage(let message, let command):
      let help = command.isEmpty ? "plancheck --help" : "plancheck \(command) --help"
      return "error: \(message)\nsee '\(help)' for usage\n"
    case .file(let path, let message):
      return "\(path): error: \(message)\n"
    case .diagnostics(let diagnostics):
      return diagnostics.map { $0.formatted + "\n" }.joined()
    case .failed(let message):
      return "error: \(message)\n"
    }
  }
}
