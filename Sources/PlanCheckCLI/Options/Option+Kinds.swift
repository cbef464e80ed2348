import PlanModel
import PlanReading

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

extension Option where Value == PlanFileFormat? {
  /// A plan file format by name (`json`, `csv`, …: every format `PlanFileFormat.all` has).
  static func planFormat(_ name: String, help: String, in commands: [CommandName])
    -> Option<PlanFileFormat?>
  {
    .single(
      name, value: "format", help: "\(help): \(PlanFileFormat.names).", in: commands
    ) { text in
      guard let format = PlanFileFormat(rawValue: text) else {
        return .failure(
          OptionValueProblem(message: "--\(name) must be \(PlanFileFormat.names), not '\(text)'"))
      }
      return .success(format)
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
