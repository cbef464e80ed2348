import Foundation
import JSONSyntax
import PlanReading
import RuleEngine

/// `plancheck init`: writes a starter `.plancheck.json` that names every setting.
enum InitCommand: Command {
  static let spec = ArgumentSpec(
    .initialize,
    synopsis: "plancheck init [--force] [--output <file>]",
    abstract: "Write a starter .plancheck.json in the current folder.",
    discussion: """
      The starter config lists every setting with a neutral value, so editing it is easier \
      than remembering the keys. plancheck finds it by walking up from the working folder. \
      Its include globs name every plan file format: \(PlanFileFormat.described).
      """,
    positionals: nil)

  /// The starter config; its `params` are every shipped rule's parameters at their
  /// defaults, so writing it changes no result.
  static var starter: String {
    """
    {
      "failOn": "error",
      "include": [\(PlanFileFormat.includeGlobs.map { "\"\($0)\"" }.joined(separator: ", "))],
      "exclude": [".build/**"],
      "rules": [],
      "enable": [],
      "disable": [],
      "severity": {},
      "params": {
    \(defaultParams())
      },
      "dateOrder": "dmy",
      "waivers": [],
      "overrides": []
    }

    """
  }

  /// `"rule": { "name": default, … }` lines for every shipped rule with parameters.
  static func defaultParams() -> String {
    let rules = BuiltinRules.load().rules.filter { !$0.params.isEmpty }.sorted { $0.id < $1.id }
    return rules.map { rule in
      let values = rule.params.keys.sorted().map { name in
        "\"\(name)\": \(JSONWriter.compact(rule.params[name]?.defaultValue))"
      }
      return "    \"\(rule.id)\": { \(values.joined(separator: ", ")) }"
    }.joined(separator: ",\n")
  }

  static func run(_ arguments: ParsedArguments, io: inout some CommandIO) throws(CLIError) -> Int32
  {
    let path = arguments[\.output] ?? ".plancheck.json"
    let full = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: io.workingDirectory))
      .path
    if FileManager.default.fileExists(atPath: full), !arguments[\.force] {
      throw .file(path: path, message: "already exists; use --force to overwrite it")
    }
    try OutputFile.write(starter, to: path, relativeTo: io.workingDirectory)
    io.writeOut("wrote \(path)\n")
    return ExitCode.success
  }
}
