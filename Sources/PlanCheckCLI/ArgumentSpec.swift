import PlanModel

/// The options and positionals a command accepts, declared once so parsing, `--help` and
/// "did you mean" suggestions agree.
package struct ArgumentSpec: Sendable {
  package struct Option: Sendable {
    package var name: String
    package var short: Character?
    /// Nil for a flag; otherwise the value's placeholder in help (`FILE`, `DATE`).
    package var value: String?
    package var repeatable: Bool
    package var help: String

    package init(
      _ name: String, short: Character? = nil, value: String? = nil, repeatable: Bool = false,
      help: String
    ) {
      self.name = name
      self.short = short
      self.value = value
      self.repeatable = repeatable
      self.help = help
    }
  }

  package var command: String
  package var synopsis: String
  package var abstract: String
  package var discussion: String
  package var options: [Option]
  /// Placeholder shown in usage for positionals, or nil if none are accepted.
  package var positionals: String?

  package init(
    command: String, synopsis: String, abstract: String, discussion: String = "",
    options: [Option], positionals: String?
  ) {
    self.command = command
    self.synopsis = synopsis
    self.abstract = abstract
    self.discussion = discussion
    self.options = options + [Option("help", short: "h", help: "Show help for this command.")]
    self.positionals = positionals
  }

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
      if let value = option.value { label += " <\(value)>" }
      return label
    }
    let width = min(30, (labels.map(\.count).max() ?? 0) + 2)
    for (label, option) in zip(labels, options) {
      let padding =
        label.count < width
        ? String(repeating: " ", count: width - label.count)
        : "\n" + String(repeating: " ", count: width + 2)
      let repeatNote = option.repeatable ? " (repeatable)" : ""
      let help = ArgumentSpec.wrap(option.help + repeatNote, width: 90 - width - 2)
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

/// Parsed command-line arguments for one command.
package struct ParsedArguments: Sendable {
  package var values: [String: [String]] = [:]
  package var flags: Set<String> = []
  package var positionals: [String] = []

  package func has(_ flag: String) -> Bool { flags.contains(flag) }
  package func value(_ name: String) -> String? { values[name]?.last }
  package func all(_ name: String) -> [String] { values[name] ?? [] }
}

extension ArgumentSpec {
  /// Parses `arguments` (after the command name). `--name=value` and `--name value` both work;
  /// `--` ends options; a lone `-` is a positional (standard input).
  package func parse(_ arguments: [String]) throws(CLIError) -> ParsedArguments {
    var parsed = ParsedArguments()
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
      guard let placeholder = option.value else {
        if inlineValue != nil {
          throw .usage("option '--\(option.name)' takes no value", command: command)
        }
        parsed.flags.insert(option.name)
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
      if !option.repeatable, parsed.values[option.name] != nil {
        throw .usage("option '--\(option.name)' was given more than once", command: command)
      }
      parsed.values[option.name, default: []].append(value)
    }
    return parsed
  }

  private func resolve(_ argument: String) throws(CLIError) -> (Option, String?) {
    if argument.hasPrefix("--") {
      let body = argument.dropFirst(2)
      let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
      let inline = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
      guard let option = options.first(where: { $0.name == name }) else {
        let hint = Spelling.closest(to: name, among: options.map(\.name)).map {
          "; did you mean '--\($0)'?"
        }
        throw .usage("unknown option '--\(name)'\(hint ?? "")", command: command)
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
