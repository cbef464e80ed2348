import Foundation
import PlanModel
import PlanReading
import Reporting
import RuleEngine

/// One `check` run: config and rules loaded and validated up front (exit 2 on any problem),
/// then every plan checked, then reports written.
struct CheckSession {
  static let invalidPlan = RuleDescriptor(
    id: "invalid-plan", title: "Plan file can be read", severity: .error,
    scope: EntityKind.plan.name,
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
    let parameterProblems = ParameterCheck.problems(in: setup.config, rules: rules)
    if !parameterProblems.isEmpty { throw .diagnostics(parameterProblems) }
    // A mistyped path must not pass a CI gate as "0 plans, no findings" (exit 2).
    for path in options.paths where path != "-" {
      let full = PlanInput.absolute(path, in: io.workingDirectory)
      guard FileManager.default.fileExists(atPath: full) else {
        throw .file(path: path, message: "no such file or folder")
      }
    }
  }

  /// Rule ids named in config or flags must exist: a typo must not silently disable nothing.
  private func validateRuleIDs(_ rules: RuleSet) throws(CLIError) {
    let known = Set(
      rules.rules.map(\.id) + [CheckSession.invalidPlan.id, RemovedPlans.rule.id])
    // Config, every override and the flags at once: each id any of them names.
    let selection = RuleSelection(
      config: setup.config, overrides: setup.config.overrides, flags: options.selection)
    for id in selection.mentionedIDs where !known.contains(id) {
      let hint = Spelling.suggestion(for: id, among: known)
      throw .usage(
        "unknown rule id '\(id)'\(hint) ('plancheck rules list' shows them)", command: "check")
    }
    // A config waiver of a mistyped rule would suppress nothing, silently.
    for entry in setup.config.waivers where !known.contains(entry.waiver.rule) {
      let hint = Spelling.suggestion(for: entry.waiver.rule, among: known)
      throw .file(
        path: entry.waiver.span.description,
        message: "config waiver of unknown rule '\(entry.waiver.rule)'\(hint)")
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
        "no plan files in \(named): plancheck reads \(PlanFileFormat.described); check the "
          + "path and the config's include/exclude globs")
    }
    if case .file = options.compareTo?.source, files.count > 1 {
      throw .usage(
        "--compare-to a file compares one plan; name one plan, or use git:REV", command: "check")
    }
    var planAsOfs: Set<Day> = []
    for file in files {
      try checkPlan(file, explicitAsOf: explicitAsOf, into: &report, asOfs: &planAsOfs, io: &io)
    }
    report.findings += unknownPlanWaivers(checked: report.plans)
    let removed = try removedPlans()
    report.findings += removed
    if explicitAsOf == nil, planAsOfs.count == 1, let only = planAsOfs.first { report.asOf = only }
    report.rules =
      ([CheckSession.invalidPlan] + (removed.isEmpty ? [] : [RemovedPlans.rule])
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

  /// Config waivers naming a plan id no plan of this run has: `waiver-unused` findings, with
  /// the nearest id checked, so a mistyped id is not accepted silently.
  private func unknownPlanWaivers(checked: [PlanResult]) -> [Finding] {
    let id = "waiver-unused"
    let ids = Set(checked.map(\.planID))
    guard let rule = engine.rules.rules.first(where: { $0.id == id }) else { return [] }
    // Named files may be a few plans of many: a waiver for another plan is only suspect
    // when the run covered folders, or when its id is a near miss of one checked.
    let coversFolders = options.paths.contains { path in
      var isFolder: ObjCBool = false
      return path != "-"
        && FileManager.default.fileExists(
          atPath: PlanInput.absolute(path, in: workingDirectory), isDirectory: &isFolder)
        && isFolder.boolValue
    }
    return setup.config.waivers.filter { !ids.contains($0.plan) }.compactMap { entry in
      let selection = RuleSelection(
        config: setup.config, overrides: setup.config.overrides(for: entry.waiver.span.file),
        flags: options.selection)
      guard selection.isActive(id) else { return nil }
      let hint = Spelling.suggestion(for: entry.plan, among: ids)
      guard coversFolders || !hint.isEmpty else { return nil }
      let entity = EntityRef(kind: .waiver, ref: "\(entry.ref) \(entry.waiver.rule)")
      return Finding(
        ruleID: id, severity: selection.severity[id] ?? rule.definition.severity,
        message:
          "The config waiver of '\(entry.waiver.rule)' for '\(entry.ref)' names plan "
          + "'\(entry.plan)', which no plan checked in this run has: fix the plan id or "
          + "remove the waiver\(hint.isEmpty ? "." : hint)",
        span: entry.waiver.span, entity: entity, planID: entry.plan,
        fingerprint: Fingerprint.make(rule: id, plan: entry.plan, entity: entity))
    }
  }

  /// With `--compare-to git:REV`, the plans at REV under the paths checked that are gone.
  private func removedPlans() throws(CLIError) -> [Finding] {
    guard case .git(let revision, nil) = options.compareTo?.source else { return [] }
    let selection = RuleSelection(
      config: setup.config, overrides: [], flags: options.selection)
    guard selection.isActive(RemovedPlans.rule.id) else { return [] }
    let severity = selection.severity[RemovedPlans.rule.id]
    return try RemovedPlans.findings(
      revision: revision, paths: options.paths, workingDirectory: workingDirectory,
      includes: setup.config.includes
    ).map { finding in
      var finding = finding
      if let severity { finding.severity = severity }
      return finding
    }
  }

  static func today() -> Day {
    let seconds = Int(Date().timeIntervalSince1970)
    return Day(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
  }
}
