import Foundation
import PlanModel
import PlanReading
import Reporting
import RuleEngine

/// One `check` run: config and rules loaded and validated up front (exit 2 on any problem),
/// then every plan checked, then reports written.
struct CheckSession {
  static let invalidPlan = RuleDescriptor(
    id: "invalid-plan", title: "Plan file can be read", severity: .error, scope: "plan",
    rationale:
      "A plan that cannot be read cannot be checked; the CI gate must not pass it silently.",
    tags: ["structure"], source: "built-in")

  let options: CheckOptions
  let setup: ConfigSetup
  let engine: Engine
  let workingDirectory: String
  let failOn: Severity?

  init(options: CheckOptions, io: some CommandIO) throws(CLIError) {
    self.options = options
    workingDirectory = io.workingDirectory
    let setup = try ConfigSetup.resolve(explicit: options.configPath, io: io)
    self.setup = setup
    let configDirectory = setup.directory
    let configRules = setup.config.ruleFiles.map {
      (path: $0, base: configDirectory, display: $0)
    }
    let flagRules = options.ruleFiles.map { (path: $0, base: io.workingDirectory, display: $0) }
    let rules = try RuleLoading.load(defaults: options.defaultRules, paths: configRules + flagRules)
    engine = Engine(rules: rules)
    failOn = options.failOn ?? setup.config.failOn ?? .error
    try validateRuleIDs(rules)
    // A mistyped path must not pass a CI gate as "0 plans, no findings" (SPEC §6: exit 2).
    for path in options.paths where path != "-" {
      let full = PlanInput.absolute(path, in: io.workingDirectory)
      guard FileManager.default.fileExists(atPath: full) else {
        throw .file(path: path, message: "no such file or folder")
      }
    }
  }

  /// Rule ids named in config or flags must exist: a typo must not silently disable nothing.
  private func validateRuleIDs(_ rules: RuleSet) throws(CLIError) {
    let known = Set(rules.rules.map(\.id) + [CheckSession.invalidPlan.id])
    // Config, every override and the flags at once: each id any of them names.
    let selection = RuleSelection(
      config: setup.config, overrides: setup.config.overrides, flags: options.selection)
    for id in selection.mentionedIDs where !known.contains(id) {
      let hint = Spelling.suggestion(for: id, among: known)
      throw .usage(
        "unknown rule id '\(id)'\(hint) ('plancheck rules list' shows them)", command: "check")
    }
    let invalidPlan = CheckSession.invalidPlan.id
    if selection.decisions.last(where: { $0.id == invalidPlan })?.enabled == false {
      throw .usage(
        "'\(invalidPlan)' cannot be turned off: a plan that cannot be read is always reported",
        command: "check")
    }
  }

  /// Checks every plan and assembles the report.
  mutating func run(io: inout some CommandIO) throws(CLIError) -> Report {
    let explicitAsOf = options.asOf ?? setup.config.asOf
    var report = Report(asOf: explicitAsOf ?? CheckSession.today(), failOn: failOn)
    report.tool.version = PlanCheck.version
    let files = findPlans(into: &report)
    guard !files.isEmpty else {
      // A gate pointed at the wrong folder must not pass green.
      let named = options.paths.map { "'\($0)'" }.joined(separator: ", ")
      throw .failed(
        "no plan files in \(named): plancheck reads JSON plans (with \"actions\"), *.csv, "
          + "*.tsv and *.xlsx tables; check the path and the config's include/exclude globs")
    }
    if case .file = try options.compareTo.map(Comparison.init)?.source, files.count > 1 {
      throw .usage(
        "--compare-to a file compares one plan; name one plan, or use git:REV", command: "check")
    }
    var planAsOfs: Set<Day> = []
    for file in files {
      try checkPlan(file, explicitAsOf: explicitAsOf, into: &report, asOfs: &planAsOfs, io: &io)
    }
    if explicitAsOf == nil, planAsOfs.count == 1, let only = planAsOfs.first { report.asOf = only }
    report.rules =
      ([CheckSession.invalidPlan]
      + engine.rules.descriptors.filter { id in
        report.plans.contains { $0.ruleRuns.contains { $0.ruleID == id.id } }
          || options.selection.isActive(id.id)
      }).sorted { $0.id < $1.id }
    // Once, in place, in the order every format shows: the reporters then take it as it is.
    FindingOrder.sortInPlace(&report.findings)
    report.skippedRules = Dictionary(grouping: report.skippedRules, by: \.id).values.compactMap(
      \.first
    ).sorted { $0.id < $1.id }
    return report
  }

  static func today() -> Day {
    let seconds = Int(Date().timeIntervalSince1970)
    return Day(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
  }
}
