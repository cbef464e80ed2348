import PlanModel

/// The commands, by the word typed after `plancheck`.
package enum CommandName: String, CaseIterable, Sendable {
  case check, rules, test, eval, convert, report, columns
  case initialize = "init"
}

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
            message: "--\(name) must be \(OptionText.spoken(names)), not '\(text)'"))
      }
      return .success(value)
    }
  }
}

extension Option where Value == String? {
  /// An option whose value is kept as text (a path, a rule id, a name).
  static func text(
    _ name: String, short: Character? = nil, value placeholder: String, help: String,
    in commands: [CommandName], helpIn: [CommandName: String] = [:]
  ) -> Option<String?> {
    .single(
      name, short: short, value: placeholder, help: help, in: commands, helpIn: helpIn,
      parse: { .success($0) })
  }
}

extension Option where Value == [String] {
  /// A repeatable option whose values are kept as text.
  static func texts(
    _ name: String, value placeholder: String, help: String, in commands: [CommandName]
  ) -> Option<[String]> {
    .repeated(name, value: placeholder, help: help, in: commands, parse: { .success($0) })
  }
}

extension Option where Value == Day? {
  /// A calendar date written `YYYY-MM-DD`.
  static func date(
    _ name: String, help: String, in commands: [CommandName],
    helpIn: [CommandName: String] = [:]
  ) -> Option<Day?> {
    .single(name, value: "date", help: help, in: commands, helpIn: helpIn) { text in
      guard let day = Day(iso: text) else {
        return .failure(
          OptionValueProblem(message: "--\(name) must be a date written YYYY-MM-DD, not '\(text)'"))
      }
      return .success(day)
    }
  }
}

extension Option where Value == Int? {
  /// A whole number, 0 or more.
  static func count(
    _ name: String, value placeholder: String, help: String, in commands: [CommandName]
  )
    -> Option<Int?>
  {
    .single(name, value: placeholder, help: help, in: commands) { text in
      guard let number = Int(text), number >= 0 else {
        return .failure(
          OptionValueProblem(message: "--\(name) must be a whole number (0 or more), not '\(text)'")
        )
      }
      return .success(number)
    }
  }
}

/// Wording shared by option help and messages.
enum OptionText {
  /// `a, b or c`.
  static func spoken(_ items: [String], last: String = "or") -> String {
    guard items.count > 1, let final = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(last) " + final
  }
}
