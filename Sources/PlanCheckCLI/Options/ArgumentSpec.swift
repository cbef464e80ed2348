import PlanModel

/// What a command accepts: its options (from `OptionTable`) and positionals, and the words of
/// its `--help`.
package struct ArgumentSpec: Sendable {
  package var name: CommandName
  package var synopsis: String
  package var abstract: String
  package var discussion: String
  /// The options the command accepts, in help order; `--help` is among them.
  package var options: [OptionDeclaration]
  /// Placeholder shown in usage for positionals, or nil if none are accepted.
  package var positionals: String?

  package init(
    _ name: CommandName, synopsis: String, abstract: String, discussion: String = "",
    positionals: String?
  ) {
    self.name = name
    self.synopsis = synopsis
    self.abstract = abstract
    self.discussion = discussion
    self.options = OptionTable.declarations(for: name)
    self.positionals = positionals
  }

  /// The word typed after `plancheck`.
  package var command: String { name.rawValue }

  /// Help text in the shape users know from swift-argument-parser tools.
  package var helpText: String {
    var lines = ["OVERVIEW: \(abstract)", "", "USAGE: \(synopsis)"]
    if !discussion.isEmpty {
      lines.append("")
      for paragraph in discussion.split(separator: "\n") {
        lines += ArgumentSpec.wrap(String(paragraph), width: 90)
      }
    }
    lines += ["", "OPTIONS:"]
    let labels = options.map { option -> String in
      var label = option.short.map { "-\($0), " } ?? ""
      label += "--\(option.name)"
      if let value = option.placeholder { label += " <\(value)>" }
      return label
    }
    let width = min(30, (labels.map(\.count).max() ?? 0) + 2)
    for (label, option) in zip(labels, options) {
      let padding =
        label.count < width
        ? String(repeating: " ", count: width - label.count)
        : "\n" + String(repeating: " ", count: width + 2)
      let repeatNote = option.repeatable ? " (repeatable)" : ""
      let help = ArgumentSpec.wrap(option.help(in: name) + repeatNote, width: 90 - width - 2)
      lines.append("  \(label)\(padding)\(help.first ?? "")")
      let hanging = String(repeating: " ", count: width + 2)
      lines += help.dropFirst().map { hanging + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension ArgumentSpec {
  /// Greedy word wrap; a word longer than the width stands on its own line.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if current.isEmpty {
        current = String(word)
      } else if current.count + 1 + word.count <= max(width, 20) {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }
}

extension ArgumentSpec {
  /// Parses `arguments` (after the command name). `--name=value` and `--name value` both work;
  /// `--` ends options; a lone `-` is a positional (standard input). Values are converted to
  /// their options' types only after every argument is read, so `--help` wins over a bad value.
  package func parse(_ arguments: [String]) throws(CLIError) -> ParsedArguments {
    var given: [(option: OptionDeclaration, value: String?)] = []
    var parsed = ParsedArguments(command: name)
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        guard positionals != nil else {
          throw .usage("'\(command)' takes no arguments, but got '\(argument)'", command: command)
        }
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      let (option, inlineValue) = try resolve(argument)
      guard let placeholder = option.placeholder else {
        if inlineValue != nil {
          throw .usage("option '--\(option.name)' takes no value", command: command)
        }
        given.append((option, nil))
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < arguments.count {
        value = arguments[index]
        index += 1
      } else {
        throw .usage("option '--\(option.name)' needs a value <\(placeholder)>", command: command)
      }
      if option.arity == .single, given.contains(where: { $0.option.name == option.name }) {
        throw .usage("option '--\(option.name)' was given more than once", command: command)
      }
      given.append((option, value))
    }
    let wantsHelp = given.contains { $0.option.name == OptionTable.shared.help.declaration.name }
    for (option, text) in given where text == nil || !wantsHelp {
      switch option.convert(text ?? "") {
      case .success(let value): parsed.record(value, for: option.name)
      case .failure(let problem): throw .usage(problem.message, command: command)
      }
    }
    return parsed
  }

  /// `; did you mean '--x'?` for a near miss among this command's options, else which
  /// commands have the option, else nothing.
  private func hint(forUnknown name: String) -> String {
    if let close = Spelling.closest(to: name, among: options.map(\.name)) {
      return "; did you mean '--\(close)'?"
    }
    let others = Set(OptionTable.declarations.filter { $0.name == name }.flatMap(\.commands))
    guard !others.isEmpty else { return "" }
    let names = CommandName.allCases.filter(others.contains).map { "'plancheck \($0.rawValue)'" }
    return "; it is an option of \(OptionText.spoken(names))"
  }

  private func resolve(_ argument: String) throws(CLIError) -> (OptionDeclaration, String?) {
    if argument.hasPrefix("--") {
      let body = argument.dropFirst(2)
      let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
      let inline = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
      guard let option = options.first(where: { $0.name == name }) else {
        throw .usage("unknown option '--\(name)'\(hint(forUnknown: name))", command: command)
      }
      return (option, inline)
    }
    let letters = Array(argument.dropFirst())
    guard letters.count == 1, let option = options.first(where: { $0.short == letters[0] }) else {
      throw .usage("unknown option '\(argument)'", command: command)
    }
    return (option, nil)
  }
}
