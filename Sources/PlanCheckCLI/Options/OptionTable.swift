import PlanModel
import PlanReading
import Reporting
import RuleEngine

/// Every command-line option, declared once: its name, value type, help and the commands that
/// accept them. Commands read options only through these keys (`arguments[\.asOf]`), so a
/// misspelt option does not compile; parsing, `--help` and "did you mean" read the same list.
///
/// The order here is the order `--help` lists a command's options. Options that share a name
/// (`--format`) are different options: each is accepted by its own commands, and a command
/// never accepts two options of one name (OptionTableTests).
package struct OptionTable: Sendable {
  let rulesFormat: Option<RuleDocsFormat?> = .choice(
    "format", short: "f", value: "fmt", names: RuleDocsFormat.allCases.map(\.rawValue),
    listedDefault: RuleDocsFormat.text.rawValue, in: [.rules], match: RuleDocsFormat.init(rawValue:)
  )
  let rules: Option<[String]> = .texts(
    "rules", value: "path", help: "Extra rule file or folder.", in: [.check, .report, .rules])
  let noDefaultRules: Option<Bool> = .flag(
    "no-default-rules", help: "Do not load the shipped rule catalogue.",
    in: [.check, .report, .rules, .test], helpIn: [.test: "Test only the named rule files."])
  let config: Option<String?> = .text(
    "config", value: "file", help: "Use this config instead of the nearest .plancheck.json.",
    in: [.check, .report, .columns, .convert],
    helpIn: [
      .columns: "Config file for status scheme, columns and date order.",
      .convert: "Config file for status scheme, columns and date order.",
    ])
  /// `check`'s reports: any reporter, each to standard output or its own file.
  let checkFormats: Option<[FormatRequest]> = .repeated(
    "format", short: "f", value: "fmt[:path]",
    help: "Report format: \(Reporters.all.map { $0.format }.joined(separator: ", ")); "
      + "':path' writes it to a file.",
    in: [.check], parse: FormatRequest.request)
  /// `report`'s one report, for people.
  let reportFormat: Option<FormatRequest?> = .single(
    "format", short: "f", value: "fmt",
    help: OptionText.spoken(
      ReportCommand.formats.enumerated().map {
        $0.offset == 0 ? "\($0.element) (default)" : $0.element
      }
    ) + ".", in: [.report], parse: ReportCommand.request)
  let ids: Option<Bool> = .flag("ids", help: "Print only rule ids, one per line.", in: [.rules])
  let output: Option<String?> = .text(
    "output", short: "o", value: "file",
    help: "Write the (single) report to this file; without --format, its extension ("
      + FormatRequest.byExtension.map { "." + $0.extension }.joined(separator: ", ")
      + ") picks the format.", in: [.check, .report, .convert, .initialize],
    helpIn: [
      .report: "Write the report to this file; without --format, .md or .markdown means "
        + "Markdown, else HTML.",
      .convert: "Write here instead of standard output.",
      .initialize: "Where to write (default: .plancheck.json).",
    ])
  let from: Option<PlanFileFormat?> = .planFormat(
    "from", help: "Format of standard input", in: [.convert])
  let json: Option<Bool> = .flag(
    "json", help: "Print one JSON line: {\"value\": ..., \"type\": ...} or {\"error\": ...}.",
    in: [.eval])
  let plan: Option<String?> = .text(
    "plan", value: "file", help: "Evaluate against this plan.", in: [.eval])
  let scope: Option<String?> = .text(
    "scope", value: "scope", help: EntityKind.namesInProse + ".",
    in: [.eval])
  let ref: Option<String?> = .text(
    "ref", value: "ref", help: "The entity's ref (action, theme, measure) or id (recommendation).",
    in: [.eval])
  let index: Option<Int?> = .count(
    "index", value: "n", help: "The entity's 0-based position (e.g. for milestones).", in: [.eval])
  let asOf: Option<Day?> = .date(
    "as-of", help: "Check as of this date (YYYY-MM-DD).", in: [.check, .report, .eval],
    helpIn: [.eval: "The as-of date (default: the plan's, else today)."])
  let params: Option<[ParamAssignment]> = .repeated(
    "param", value: "name=json", help: "A value for params.name.", in: [.eval],
    parse: ParamAssignment.parse)
  let compareTo: Option<Comparison?> = .single(
    "compare-to", value: "plan|git:rev[:path]",
    help: "Compare with another version to find drift.", in: [.check, .report],
    parse: Comparison.parse)
  let baseline: Option<String?> = .text(
    "baseline", value: "file", help: "Fail only on findings not in this baseline.",
    in: [.check, .report])
  let writeBaseline: Option<String?> = .text(
    "write-baseline", value: "file",
    help: "Record today's findings as accepted (exit 0 once written).", in: [.check, .report])
  /// `.some(nil)` is `none`: nothing fails the run.
  let failOn: Option<Severity??> = .choice(
    "fail-on", value: "level", names: ["error", "warning", "info", "none"],
    listedDefault: "error", in: [.check, .report], match: FailOn.parse)
  let minSeverity: Option<Severity?> = .choice(
    "min-severity", value: "level", names: ["error", "warning", "info"],
    help: "Show only findings at or above error, warning or info; the rest are not listed, "
      + "counted or failed on.", in: [.check, .report], match: Severity.init(rawValue:))
  let enable: Option<[String]> = .texts(
    "enable", value: "id", help: "Run a rule the config disabled.", in: [.check, .report])
  let disable: Option<[String]> = .texts(
    "disable", value: "id", help: "Do not run this rule.", in: [.check, .report])
  let only: Option<[String]> = .texts(
    "only", value: "id", help: "Run only these rules.", in: [.check, .report])
  let color: Option<ColorChoice?> = .choice(
    "color", value: "when", names: ColorChoice.allCases.map(\.rawValue),
    listedDefault: ColorChoice.auto.rawValue, in: [.check, .report],
    match: ColorChoice.init(rawValue:))
  let quiet: Option<Bool> = .flag(
    "quiet", short: "q", help: "Print nothing to standard output; use the exit status.",
    in: [.check, .test], helpIn: [.test: "Print only failures."])
  let verbose: Option<Bool> = .flag(
    "verbose",
    help: "Also print, to standard error, how each table's columns were mapped and why "
      + "(as 'plancheck columns' does).", in: [.check, .report])
  let stdinFormat: Option<PlanFileFormat?> = .planFormat(
    "stdin-format", help: "Format of a plan read from '-'", in: [.check, .report])
  let sheet: Option<String?> = .text(
    "sheet", value: "name", help: "The worksheet to read from .xlsx workbooks given directly.",
    in: [.check, .report, .columns, .convert],
    helpIn: [
      .columns: "The worksheet to read from an .xlsx workbook.",
      .convert: "The sheet to read from a workbook.",
    ])
  let force: Option<Bool> = .flag(
    "force", help: "Overwrite an existing file.", in: [.initialize])
  let help: Option<Bool> = .flag(
    "help", short: "h", help: "Show help for this command.", in: CommandName.allCases)

  /// The one table.
  static let shared = OptionTable()

  /// Every declaration, in the table's order: its stored properties, read once, so an option
  /// declared above cannot be left out of parsing or help.
  static let declarations: [OptionDeclaration] = Mirror(reflecting: shared).children.compactMap {
    ($0.value as? any DeclaredOption)?.declaration
  }

  /// The options `command` accepts, in the order its help lists them.
  static func declarations(for command: CommandName) -> [OptionDeclaration] {
    declarations.filter { $0.commands.contains(command) }
  }
}
