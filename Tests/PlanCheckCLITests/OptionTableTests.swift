import Foundation
import PlanModel
import PlanReading
import Reporting
import Testing

@testable import PlanCheckCLI

/// The option table: every option reachable, names unique per command, values typed, and help
/// generated from the table and the reporter and reader registries.
struct OptionTableTests {
  static func spec(_ command: CommandName) -> ArgumentSpec? {
    PlanCheck.specs.first { $0.name == command }
  }

  /// Help text with its wrapping undone, so a phrase can be found across lines.
  static func unwrapped(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  // MARK: the table

  @Test func everyCommandHasASpec() {
    #expect(
      PlanCheck.specs.map(\.name).sorted { $0.rawValue < $1.rawValue }
        == CommandName.allCases.sorted { $0.rawValue < $1.rawValue })
  }

  @Test func tableListsEveryDeclaredOption() throws {
    // The table's `declarations` are read from its stored properties: as many as the source
    // declares, in its order.
    let source = try String(
      contentsOf: URL(fileURLWithPath: Fixture.repositoryRoot)
        .appendingPathComponent("Sources/PlanCheckCLI/Options/OptionTable.swift"),
      encoding: .utf8)
    let declared = source.split(separator: "\n").filter {
      $0.hasPrefix("  let ") && $0.contains(": Option<")
    }
    let names = OptionTable.declarations.map(\.name)
    #expect(names.count == declared.count)
    #expect(declared.count > 20)
    #expect(names.first == "format" && names.last == "help")
    #expect(names.filter { $0 == "format" }.count == 3, "check's, report's and rules' --format")
  }

  @Test func everyDeclaredOptionIsReachable() throws {
    for option in OptionTable.declarations {
      #expect(!option.commands.isEmpty, "--\(option.name) is accepted by no command")
      for command in option.commands {
        let spec = try #require(Self.spec(command))
        #expect(spec.options.contains { $0.name == option.name }, "\(command) --\(option.name)")
        // Any value will do: with --help, values are not converted.
        let value = option.placeholder == nil ? [] : ["x"]
        let parsed = try spec.parse(["--\(option.name)"] + value + ["--help"])
        #expect(parsed[\.help], "\(command) --\(option.name)")
      }
    }
  }

  @Test(arguments: CommandName.allCases)
  func namesAreUniqueWithinACommand(command: CommandName) {
    let options = OptionTable.declarations(for: command)
    let names = options.map(\.name)
    #expect(Set(names).count == names.count, "\(names)")
    let shorts = options.compactMap(\.short)
    #expect(Set(shorts).count == shorts.count, "\(shorts)")
    for option in options {
      #expect(option.name.allSatisfy { $0.isLowercase || $0 == "-" }, "--\(option.name)")
      #expect(!option.help(in: command).isEmpty, "--\(option.name)")
      #expect(option.help(in: command).hasSuffix("."), "--\(option.name)")
    }
  }

  @Test func anOptionTheCommandDoesNotAcceptReadsAsAbsent() throws {
    let report = try #require(Self.spec(.report))
    let parsed = try report.parse(["--format", "markdown:out.md", "--verbose"])
    #expect(parsed[\.reportFormat] == FormatRequest(format: "markdown", path: "out.md"))
    #expect(parsed[\.checkFormats].isEmpty, "check's --format is another option")
    #expect(parsed[\.verbose])
    #expect(!parsed[\.quiet] && !parsed[\.ids])
  }

  // MARK: typed values

  @Test func valuesAreReadAsTheirTypes() throws {
    let check = try #require(Self.spec(.check))
    let parsed = try check.parse([
      "plans", "--as-of", "2024-03-31", "--fail-on", "none", "--color=never", "-f", "text",
      "--format", "json:out.json", "--rules", "a", "--rules", "b", "--stdin-format", "CSV",
      "--compare-to", "git:origin/main:plans/p.json", "--min-severity", "warning", "-q",
    ])
    #expect(parsed.positionals == ["plans"])
    #expect(parsed[\.asOf] == Day(iso: "2024-03-31"))
    #expect(parsed[\.failOn] == .some(nil), "none: nothing fails")
    #expect(parsed[\.color] == .never)
    #expect(
      parsed[\.checkFormats] == [
        FormatRequest(format: "text"), FormatRequest(format: "json", path: "out.json"),
      ])
    #expect(parsed[\.rules] == ["a", "b"], "in the order given")
    #expect(parsed[\.stdinFormat] == .csv, "format names are case-insensitive")
    #expect(
      parsed[\.compareTo]?.source == .git(revision: "origin/main", path: "plans/p.json"))
    #expect(parsed[\.minSeverity] == .warning)
    #expect(parsed[\.quiet] && !parsed[\.verbose])
    #expect(parsed[\.baseline] == nil && parsed[\.only].isEmpty)

    let eval = try #require(Self.spec(.eval))
    let evaluated = try eval.parse(["--index", "2", "--param", "max=3", "--param", "x==y", "e"])
    #expect(evaluated[\.index] == 2)
    #expect(
      evaluated[\.params] == [
        ParamAssignment(name: "max", json: "3"), ParamAssignment(name: "x", json: "=y"),
      ])
  }

  struct BadValue: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let badValues: [BadValue] = [
    BadValue(
      arguments: ["check", "--as-of", "31/03/2024"],
      message: "--as-of must be a date written YYYY-MM-DD, not '31/03/2024'"),
    BadValue(
      arguments: ["report", "--as-of", "2024-02-30"],
      message: "--as-of must be a date written YYYY-MM-DD, not '2024-02-30'"),
    BadValue(
      arguments: ["eval", "--as-of", "tomorrow", "1"],
      message: "--as-of must be a date written YYYY-MM-DD, not 'tomorrow'"),
    BadValue(
      arguments: ["eval", "--index=-1", "1"],
      message: "--index must be a whole number (0 or more), not '-1'"),
    BadValue(
      arguments: ["eval", "--param", "max", "1"], message: "--param must be name=json, not 'max'"),
    BadValue(
      arguments: ["convert", "-", "--from", "yaml"],
      message: "--from must be \(PlanFileFormat.names), not 'yaml'"),
    BadValue(
      arguments: ["check", "-", "--stdin-format", "yaml"],
      message: "--stdin-format must be \(PlanFileFormat.names), not 'yaml'"),
    BadValue(
      arguments: ["rules", "--format", "yaml"],
      message: "--format must be text, json or markdown, not 'yaml'"),
    BadValue(
      arguments: ["report", "--format", "sarif:out.sarif"],
      message:
        "report writes html or markdown, not 'sarif:out.sarif'; use 'check' for other formats"
    ),
    BadValue(
      arguments: ["report", "--compare-to", "git:"],
      message: "--compare-to git: needs a revision, e.g. git:origin/main"),
    BadValue(
      arguments: ["check", "--min-severity", "none"],
      message: "--min-severity must be error, warning or info, not 'none'"),
    BadValue(
      arguments: ["check", "--format", "sarif", "--format", "josn"],
      message:
        "unknown format 'josn'; did you mean 'json'? (formats: "
        + Reporters.all.map { $0.format }.joined(separator: ", ") + ")"),
  ]

  @Test(arguments: badValues)
  func aBadValueIsAUsageError(_ bad: BadValue) {
    // Run in '/', where nothing is read: the value is refused before any work.
    let run = CLIRun(bad.arguments, in: "/")
    #expect(run.status == 2)
    let command = bad.arguments[0]
    #expect(run.err == "error: \(bad.message)\nsee 'plancheck \(command) --help' for usage\n")
    #expect(run.out.isEmpty)
    #expect(CLIRun(bad.arguments + ["--help"], in: "/").status == 0, "--help still wins")
  }

  // MARK: misspelt options

  @Test(arguments: [
    (["check", "--as-off", "2024-01-01"], "as-off", "as-of"),
    (["eval", "--refs", "1.1", "1"], "refs", "ref"),
    (["rules", "--id"], "id", "ids"),
    (["convert", "p.csv", "--form", "csv"], "form", "from"),
    (["report", "--outptu", "r.html"], "outptu", "output"),
    (["test", "--quite"], "quite", "quiet"),
    (["init", "--forse"], "forse", "force"),
    (["columns", "p.xlsx", "--shet", "A"], "shet", "sheet"),
  ])
  func aMisspeltOptionIsRefusedWithASuggestion(
    arguments: [String], typed: String, meant: String
  ) {
    let run = CLIRun(arguments, in: "/")
    #expect(run.status == 2)
    #expect(
      run.err
        == "error: unknown option '--\(typed)'; did you mean '--\(meant)'?\n"
        + "see 'plancheck \(arguments[0]) --help' for usage\n")
  }

  @Test func anotherCommandsOptionIsNamedAsSuch() {
    let run = CLIRun(["check", "--plan", "p.json"], in: "/")
    #expect(run.status == 2)
    #expect(
      run.err
        == "error: unknown option '--plan'; it is an option of 'plancheck eval'\n"
        + "see 'plancheck check --help' for usage\n")
    #expect(
      CLIRun(["columns", "--format", "json"], in: "/").err.hasPrefix(
        "error: unknown option '--format'; it is an option of 'plancheck check', "
          + "'plancheck rules' or 'plancheck report'\n"))
    #expect(
      CLIRun(["check", "--nonsense"], in: "/").err.hasPrefix("error: unknown option '--nonsense'\n")
    )
  }

  @Test func aMisspeltChoiceGetsASuggestion() {
    let run = CLIRun(["check", "--color", "nevr"], in: "/")
    #expect(run.status == 2)
    #expect(
      run.err.hasPrefix(
        "error: --color must be auto, always or never, not 'nevr'; did you mean 'never'?\n"))
  }

  @Test(arguments: CommandName.allCases)
  func everyOptionMisspeltIsRefusedWithItsName(command: CommandName) throws {
    let spec = try #require(Self.spec(command))
    for option in spec.options {
      let typo = option.name + String(option.name.suffix(1))
      #expect(
        throws: CLIError.usage(
          "unknown option '--\(typo)'; did you mean '--\(option.name)'?", command: command.rawValue)
      ) { try spec.parse(["--\(typo)"]) }
    }
  }

  // MARK: help from the table and the registries

  @Test(arguments: CommandName.allCases)
  func everyCommandsHelpListsItsOptions(command: CommandName) throws {
    let spec = try #require(Self.spec(command))
    let run = CLIRun([command.rawValue, "--help"], in: "/")
    #expect(run.status == 0)
    let help = Self.unwrapped(run.out)
    for option in OptionTable.declarations(for: command) {
      let label = (option.short.map { "-\($0), " } ?? "") + "--\(option.name)"
      let value = option.placeholder.map { " <\($0)>" } ?? ""
      let repeated = option.repeatable ? " (repeatable)" : ""
      #expect(
        help.contains(label + value + " " + option.help(in: command) + repeated),
        "\(command) --\(option.name)")
    }
    #expect(spec.options.map(\.name) == OptionTable.declarations(for: command).map(\.name))
  }

  @Test func checkHelpListsEveryReporter() {
    let help = Self.unwrapped(CLIRun(["check", "--help"], in: "/").out)
    let formats = Reporters.all.map { $0.format }
    #expect(formats.count >= 9)
    #expect(help.contains("Report format: \(formats.joined(separator: ", ")); ':path'"))
    for extensionName in FormatRequest.byExtension.map(\.extension) {
      #expect(help.contains(".\(extensionName)"), "--output names .\(extensionName)")
    }
  }

  @Test func helpListsEveryReadableFileKind() {
    let kinds = PlanFileFormat.all.map(\.name)
    let tableKinds = TableReaders.all.flatMap { $0.extensions }
    #expect(kinds == ["json"] + tableKinds)
    let check = Self.unwrapped(CLIRun(["check", "--help"], in: "/").out)
    let convert = Self.unwrapped(CLIRun(["convert", "--help"], in: "/").out)
    #expect(check.contains("Format of a plan read from '-': \(PlanFileFormat.names)."))
    #expect(convert.contains("Format of standard input: \(PlanFileFormat.names)."))
    for reader in TableReaders.all {
      for help in [check, convert] {
        #expect(help.contains(reader.summary), "\(reader.summary)")
        for name in reader.extensions {
          #expect(help.contains("(*.\(name)") || help.contains("*.\(name))"))
        }
      }
    }
    for kind in kinds { #expect(PlanFileFormat.names.contains(kind)) }
  }

  @Test func choicesAreListedAsTheyAreAccepted() throws {
    let rules = Self.unwrapped(CLIRun(["rules", "--help"], in: "/").out)
    #expect(rules.contains("-f, --format <fmt> text (default), json or markdown."))
    let check = Self.unwrapped(CLIRun(["check", "--help"], in: "/").out)
    #expect(check.contains("--color <when> auto (default), always or never."))
    #expect(check.contains("--fail-on <level> error (default), warning, info or none."))
    let spec = try #require(Self.spec(.check))
    for level in ["error", "warning", "info", "none"] {
      #expect(throws: Never.self) { try spec.parse(["--fail-on", level]) }
    }
    for when in ColorChoice.allCases {
      #expect(try spec.parse(["--color", when.rawValue])[\.color] == when)
    }
  }
}
