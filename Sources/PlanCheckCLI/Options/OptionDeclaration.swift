/// One option as the parser and help see it, whatever the type of its value.
package struct OptionDeclaration: Sendable {
  package enum Arity: Sendable {
    /// No value: present or not.
    case flag
    /// One value, given at most once.
    case single
    /// A value each time it is given, in order.
    case repeated
  }

  package let name: String
  package let short: Character?
  /// The value's placeholder in help (`file`, `date`); nil for a flag.
  package let placeholder: String?
  package let arity: Arity
  /// The commands that accept the option.
  package let commands: [CommandName]
  let help: String
  /// Where a command words the option's help its own way.
  let helpByCommand: [CommandName: String]
  /// Converts one value's text to the option's element type, or says why it cannot.
  let convert: @Sendable (String) -> Result<any Sendable, OptionValueProblem>

  package var repeatable: Bool { arity == .repeated }

  /// The help text `command` shows for the option.
  package func help(in command: CommandName) -> String { helpByCommand[command] ?? help }
}

/// Why an option's value was refused, as the whole message (`--color must be auto, always or
/// never, not 'x'`); the parser adds the command, so the error points at its `--help`.
package struct OptionValueProblem: Error, Equatable {
  package let message: String
}
