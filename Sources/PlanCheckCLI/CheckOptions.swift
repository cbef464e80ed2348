import PlanModel
import PlanReading
import RuleEngine

/// `check`'s (and `report`'s) options, validated.
struct CheckOptions {
  var paths: [String]
  var ruleFiles: [String]
  var defaultRules: Bool
  var configPath: String?
  var formats: [FormatRequest]
  var asOf: Day?
  var compareTo: Comparison?
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
  var stdinFormat: PlanFileFormat?
  var sheet: String?

  /// Reads `check`'s (or `report`'s) options; `formats` are the reports asked for, and
  /// `defaultFormat` the one written when none is (or, for `check`, none `--output` implies).
  init(
    _ arguments: ParsedArguments, io: some CommandIO, formats requested: [FormatRequest],
    defaultFormat: String = "text"
  ) throws(CLIError) {
    let command = arguments.command.rawValue
    paths = arguments.positionals.isEmpty ? ["."] : arguments.positionals
    ruleFiles = arguments[\.rules]
    defaultRules = !arguments[\.noDefaultRules]
    configPath = arguments[\.config]
    let output = arguments[\.output]
    // `check -o results.sarif` means SARIF: with no --format, the output's extension says.
    let implied =
      arguments.command == .check ? output.flatMap(FormatRequest.format(forOutput:)) : nil
    formats = try FormatRequest.route(
      requested.isEmpty ? [FormatRequest(format: implied ?? defaultFormat)] : requested,
      output: output, command: command)
    asOf = arguments[\.asOf]
    compareTo = arguments[\.compareTo]
    baseline = arguments[\.baseline]
    writeBaseline = arguments[\.writeBaseline]
    failOn = arguments[\.failOn]
    minSeverity = arguments[\.minSeverity]
    selection = RuleSelection(enable: arguments[\.enable], disable: arguments[\.disable])
    selection.only = arguments[\.only]
    switch arguments[\.color] ?? .auto {
    case .auto: color = io.stdoutIsTerminal && io.environment["NO_COLOR"] == nil
    case .always: color = true
    case .never: color = false
    }
    quiet = arguments[\.quiet]
    verbose = arguments[\.verbose]
    stdinFormat = arguments[\.stdinFormat]
    sheet = arguments[\.sheet]
  }
}
