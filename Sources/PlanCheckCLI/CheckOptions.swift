import Foundation
import PlanModel
import RuleEngine

/// `check`'s (and `report`'s) options, validated.
struct CheckOptions {
  var paths: [String]
  var ruleFiles: [String]
  var defaultRules: Bool
  var configPath: String?
  var formats: [FormatRequest]
  var asOf: Day?
  var compareTo: String?
  var baseline: String?
  var writeBaseline: String?
  /// nil = use config, else default error; `.some(nil)` = none.
  var failOn: Severity??
  /// Findings below this severity are left out of every report and count.
  var minSeverity: Severity?
  var selection = RuleSelection()
  var color: Bool
  var quiet: Bool
  /// Print each table's column mapping to standard error.
  var verbose = false
  var stdinFormat: String?
  var sheet: String?

  init(
    _ arguments: ParsedArguments, io: some CommandIO, command: String = "check",
    defaultFormat: String = "text"
  ) throws(CLIError) {
    paths = arguments.positionals.isEmpty ? ["."] : arguments.positionals
    ruleFiles = arguments.all("rules")
    defaultRules = !arguments.has("no-default-rules")
    configPath = arguments.value("config")
    let formatValues = arguments.all("format")
    let output = arguments.value("output")
    // `check -o results.sarif` means SARIF: with no --format, the output's extension says.
    let implied = command == "check" ? output.flatMap(FormatRequest.format(forOutput:)) : nil
    formats = try FormatRequest.parse(
      formatValues.isEmpty ? [implied ?? defaultFormat] : formatValues, output: output,
      command: command)
    if let text = arguments.value("as-of") {
      guard let day = Day(iso: text) else {
        throw .usage("--as-of must be a date written YYYY-MM-DD, not '\(text)'", command: command)
      }
      asOf = day
    }
    compareTo = arguments.value("compare-to")
    baseline = arguments.value("baseline")
    writeBaseline = arguments.value("write-baseline")
    if let text = arguments.value("fail-on") {
      guard let level = FailOn.parse(text) else {
        throw .usage(
          "--fail-on must be error, warning, info or none, not '\(text)'", command: command)
      }
      failOn = .some(level)
    }
    if let text = arguments.value("min-severity") {
      guard let level = Severity(rawValue: text) else {
        throw .usage(
          "--min-severity must be error, warning or info, not '\(text)'", command: command)
      }
      minSeverity = level
    }
    selection = RuleSelection(enable: arguments.all("enable"), disable: arguments.all("disable"))
    selection.only = arguments.all("only")
    switch arguments.value("color") ?? "auto" {
    case "auto": color = io.stdoutIsTerminal && io.environment["NO_COLOR"] == nil
    case "always": color = true
    case "never": color = false
    case let other:
      throw .usage("--color must be auto, always or never, not '\(other)'", command: command)
    }
    quiet = arguments.has("quiet")
    verbose = arguments.has("verbose")
    stdinFormat = arguments.value("stdin-format")
    sheet = arguments.value("sheet")
  }
}
