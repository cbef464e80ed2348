/// One command's arguments, parsed: positionals, and each option's values already converted to
/// its declared type. Options are read only through `OptionTable`'s keys.
package struct ParsedArguments: Sendable {
  /// The command the arguments were parsed for.
  package let command: CommandName
  package var positionals: [String] = []
  /// Converted values by option name (a flag's value is `true`); names are unique within
  /// one command.
  private var values: [String: [any Sendable]] = [:]

  init(command: CommandName) { self.command = command }

  mutating func record(_ value: any Sendable, for name: String) {
    values[name, default: []].append(value)
  }

  /// The value of a declared option: `arguments[\.asOf]`. An option this command does not
  /// accept reads as absent (false, nil or empty), as if it had not been given.
  package subscript<Value>(option: KeyPath<OptionTable, Option<Value>>) -> Value {
    let key = OptionTable.shared[keyPath: option]
    guard key.declaration.commands.contains(command) else { return key.read([]) }
    return key.read(values[key.declaration.name] ?? [])
  }
}
