import PlanModel

/// Any declared option, for the table's list of declarations.
protocol DeclaredOption: Sendable {
  var declaration: OptionDeclaration { get }
}

/// A declared option with the type of its value: `arguments[\.asOf]` is a `Day?`, and an option
/// that is not declared in `OptionTable` cannot be read at all.
package struct Option<Value>: DeclaredOption {
  package let declaration: OptionDeclaration
  /// The value from the converted values given, in order (none when the option is absent).
  let read: @Sendable ([any Sendable]) -> Value
}

extension Option where Value == Bool {
  /// An option without a value: true when given.
  static func flag(
    _ name: String, short: Character? = nil, help: String, in commands: [CommandName],
    helpIn: [CommandName: String] = [:]
  ) -> Option<Bool> {
    let declaration = OptionDeclaration(
      name: name, short: short, placeholder: nil, arity: .flag, commands: commands, help: help,
      helpByCommand: helpIn, convert: { _ in .success(true) })
    return Option(declaration: declaration) { !$0.isEmpty }
  }
}

extension Option {
  /// An option given at most once, its text converted by `parse`; nil when absent.
  static func single<Element: Sendable>(
    _ name: String, short: Character? = nil, value placeholder: String, help: String,
    in commands: [CommandName], helpIn: [CommandName: String] = [:],
    parse: @escaping @Sendable (String) -> Result<Element, OptionValueProblem>
  ) -> Option<Element?> where Value == Element? {
    let declaration = OptionDeclaration(
      name: name, short: short, placeholder: placeholder, arity: .single, commands: commands,
      help: help, helpByCommand: helpIn, convert: { parse($0).map { $0 as any Sendable } })
    // Not `$0.last as? Element`: for an optional Element (`--fail-on none`), a missing value
    // would cast to `.some(nil)`.
    return Option<Element?>(declaration: declaration) { values in
      guard let last = values.last else { return nil }
      return last as? Element
    }
  }

  /// An option that may be given again and again, each text converted by `parse`.
  static func repeated<Element: Sendable>(
    _ name: String, short: Character? = nil, value placeholder: String, help: String,
    in commands: [CommandName], helpIn: [CommandName: String] = [:],
    parse: @escaping @Sendable (String) -> Result<Element, OptionValueProblem>
  ) -> Option<[Element]> where Value == [Element] {
    let declaration = OptionDeclaration(
      name: name, short: short, placeholder: placeholder, arity: .repeated, commands: commands,
      help: help, helpByCommand: helpIn, convert: { parse($0).map { $0 as any Sendable } })
    return Option<[Element]>(declaration: declaration) { $0.compactMap { $0 as? Element } }
  }

  /// An option whose value is one of `names` (matched by `match`); help lists them, marking
  /// `listedDefault`, unless `help` words it otherwise.
  static func choice<Element: Sendable>(
    _ name: String, short: Character? = nil, value placeholder: String, names: [String],
    listedDefault: String? = nil, help: String? = nil, in commands: [CommandName],
    match: @escaping @Sendable (String) -> Element?
  ) -> Option<Element?> where Value == Element? {
    let listed = names.map { $0 == listedDefault ? "\($0) (default)" : $0 }
    return .single(
      name, short: short, value: placeholder, help: help ?? OptionText.spoken(listed) + ".",
      in: commands
    ) { text in
      guard let value = match(text) else {
        return .failure(
          OptionValueProblem(
            message: "--\(name) must be \(OptionText.spoken(names)), not '\(text)'"
              + Spelling.suggestion(for: text, among: names)))
      }
      return .success(value)
    }
  }
}
