import Foundation
import JSONSyntax
import PlanModel
import RuleEngine

/// `plancheck rules [list|show ID]`: documents the active rules.
enum RulesCommand: Command {
  static let spec = ArgumentSpec(
    .rules,
    synopsis: "plancheck rules [list | show <id>] [--format text|json|markdown] [--rules <path>]",
    abstract: "Document the rules: list them, or show one in full.",
    positionals: "list | show <id>")

  static func run(_ arguments: ParsedArguments, io: inout some CommandIO) throws(CLIError) -> Int32
  {
    let paths = arguments[\.rules].map { (path: $0, base: io.workingDirectory, display: $0) }
    let set = try RuleLoading.load(defaults: !arguments[\.noDefaultRules], paths: paths)
    let format = arguments[\.rulesFormat] ?? .text
    let words = arguments.positionals
    var rules = set.rules
    switch words.first ?? "list" {
    case "list":
      guard words.count <= 1 else {
        throw .usage("'rules list' takes no more arguments", command: spec.command)
      }
    case "show":
      guard words.count == 2 else {
        throw .usage("'rules show' needs one rule id", command: spec.command)
      }
      guard let rule = set.rule(words[1]) else {
        let hint = Spelling.suggestion(for: words[1], among: set.rules.map(\.id))
        throw .usage("no rule '\(words[1])'\(hint)", command: spec.command)
      }
      rules = [rule]
    case let other:
      throw .usage(
        "unknown subcommand '\(other)'; use 'list' or 'show <id>'", command: spec.command)
    }
    if arguments[\.ids] {
      io.writeOut(rules.map { $0.id + "\n" }.joined())
      return ExitCode.success
    }
    let detailed = words.first == "show"
    switch format {
    case .json: io.writeOut(RuleDocs.json(rules))
    case .markdown: io.writeOut(RuleDocs.markdown(rules, detailed: detailed))
    case .text: io.writeOut(detailed ? RuleDocs.text(rules[0]) : RuleDocs.table(rules))
    }
    return ExitCode.success
  }
}

/// Renders rule documentation from the rule definitions themselves.
enum RuleDocs {
  static func table(_ rules: [CompiledRule]) -> String {
    let width = (rules.map(\.id.count).max() ?? 10) + 2
    var out = ""
    for rule in rules {
      let d = rule.definition
      out += d.id.padding(toLength: width, withPad: " ", startingAt: 0)
      out += d.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
      out += d.scope.name.padding(toLength: 16, withPad: " ", startingAt: 0) + d.title + "\n"
    }
    return out + "\(rules.count) rules; 'plancheck rules show <id>' for one in full\n"
  }

  static func text(_ rule: CompiledRule) -> String {
    let d = rule.definition
    var lines = [
      "\(d.id): \(d.title)", "  severity:  \(d.severity.rawValue)",
      "  scope:     \(d.scope.name)",
    ]
    if let when = d.when { lines.append("  when:      \(when.text)") }
    lines.append("  check:     \(d.check.text)")
    lines.append("  message:   \(d.message.text)")
    if !d.params.isEmpty {
      lines.append(
        "  params:    "
          + d.params.keys.sorted().map { name in
            let kind = d.params[name].map { " (\($0.kind.rawValue))" } ?? ""
            return "\(name)\(kind) = \(JSONWriter.compact(d.params[name]?.defaultValue))"
          }.joined(separator: ", "))
    }
    if !d.tags.isEmpty { lines.append("  tags:      \(d.tags.joined(separator: ", "))") }
    lines.append("  defined:   \(d.span.file)")
    lines.append("  examples:  \(d.passExamples.count) pass, \(d.failExamples.count) fail")
    lines.append("")
    lines.append(d.rationale)
    return lines.joined(separator: "\n") + "\n"
  }

  static func markdown(_ rules: [CompiledRule], detailed: Bool) -> String {
    var out = "| Rule | Severity | Scope | Title |\n| --- | --- | --- | --- |\n"
    for rule in rules {
      let d = rule.definition
      out +=
        "| `\(d.id)` | \(d.severity.rawValue) | \(d.scope.name) | \(d.title.replacingOccurrences(of: "|", with: "\\|")) |\n"
    }
    guard detailed, let rule = rules.first else { return out }
    let d = rule.definition
    out += "\n\(d.rationale)\n\n```\n"
    if let when = d.when { out += "when:  \(when.text)\n" }
    out += "check: \(d.check.text)\n```\n"
    return out
  }

  static func json(_ rules: [CompiledRule]) -> String {
    let items = rules.map { rule -> JSONValue in
      let d = rule.definition
      var members: [(String, JSONValue)] = [
        ("id", .string(d.id)), ("title", .string(d.title)),
        ("severity", .string(d.severity.rawValue)),
        ("scope", .string(d.scope.name)),
      ]
      if let when = d.when { members.append(("when", .string(when.text))) }
      members += [
        ("check", .string(d.check.text)), ("message", .string(d.message.text)),
        ("rationale", .string(d.rationale)), ("tags", .array(d.tags.map(JSONValue.string))),
        ("source", .string(d.span.file)),
      ]
      if !d.params.isEmpty {
        let params = d.params.keys.sorted().compactMap { name -> (String, JSONValue)? in
          guard let parameter = d.params[name] else { return nil }
          var declaration: [(String, JSONValue)] = [
            ("type", .string(parameter.kind.rawValue)), ("default", parameter.defaultValue),
          ]
          if !parameter.summary.isEmpty {
            declaration.append(("description", .string(parameter.summary)))
          }
          return (name, .object(declaration))
        }
        members.append(("params", .object(params)))
      }
      return .object(members)
    }
    return JSONWriter.write(.array(items))
  }
}
