import PlanModel
import RuleEngine

/// `plancheck test [RULEFILE ...]`: runs the rules' own pass/fail examples.
enum TestCommand: Command {
  static let spec = ArgumentSpec(
    .test,
    synopsis: "plancheck test [<rule file or folder> ...] [--no-default-rules]",
    abstract: "Run the rules' own pass/fail examples.",
    discussion: """
      Each 'pass' example must yield no finding of its rule and each 'fail' example at least \
      one. With no arguments the shipped rules are tested; with files or folders, those rules \
      (plus the shipped ones unless --no-default-rules). Exit 1 if any example misbehaves.
      """,
    positionals: "<rule file> ...")

  static func run(_ arguments: ParsedArguments, io: inout some CommandIO) throws(CLIError) -> Int32
  {
    let paths = arguments.positionals.map { (path: $0, base: io.workingDirectory, display: $0) }
    let defaults = paths.isEmpty || !arguments[\.noDefaultRules]
    let rules = try RuleLoading.load(defaults: defaults, paths: paths)
    let runner = RuleExampleRunner(engine: Engine(rules: rules))
    let (count, failures) = runner.run()
    for failure in failures {
      io.writeErr(
        "\(failure.span.description): error: rule '\(failure.rule)': \(failure.message)\n")
    }
    let withoutExamples = rules.rules.filter {
      $0.definition.passExamples.isEmpty && $0.definition.failExamples.isEmpty
    }
    if !arguments[\.quiet] {
      for rule in withoutExamples {
        io.writeOut("warning: rule '\(rule.id)' has no examples (\(rule.definition.span.file))\n")
      }
      io.writeOut("\(count - failures.count) passed, \(failures.count) failed\n")
    }
    return failures.isEmpty ? ExitCode.success : ExitCode.findings
  }
}
