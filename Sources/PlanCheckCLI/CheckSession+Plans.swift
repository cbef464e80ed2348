import Foundation
import PlanModel
import PlanReading
import RuleEngine

extension CheckSession {
  /// Expands the paths into plan files (display paths relative to the working folder), applying
  /// include/exclude; files that are not plans are mentioned once, not silently dropped.
  func findPlans(into report: inout Report) -> [String] {
    let absolute = options.paths.map {
      $0 == "-" ? $0 : PlanInput.absolute($0, in: workingDirectory)
    }
    let search = PlanFileFinder().find(absolute)
    report.diagnostics += search.diagnostics
    let display = search.files.map {
      $0 == "-" ? $0 : ConfigSetup.relative($0, to: workingDirectory)
    }
    var included = display.filter { $0 == "-" || setup.config.includes($0) }
    // Reports and baselines plancheck wrote, told by their content whatever their name.
    func isReport(_ path: String) -> Bool {
      path != "-"
        && WrittenReports.format(of: PlanInput.absolute(path, in: workingDirectory)) != nil
    }
    let reportsRead = Set(included.filter(isReport))
    included.removeAll { reportsRead.contains($0) }
    var notPlans: [String] = []
    var reports = reportsRead.sorted()
    for skipped in search.skipped where skipped.kind != .tableOfPlan {
      let path = ConfigSetup.relative(skipped.path, to: workingDirectory)
      if PlanFileFormat(path: path) != nil, isReport(path) {
        reports.append(path)
      } else {
        notPlans.append(path)
      }
    }
    reports.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    let span = SourceSpan(file: options.paths.joined(separator: " "))
    for (files, what) in [
      (notPlans, "file(s) that are not plans"), (reports, "report(s) plancheck wrote"),
    ]
    where !files.isEmpty {
      let more = files.count > 5 ? " and \(files.count - 5) more" : ""
      report.diagnostics.append(
        Diagnostic(
          code: "not-a-plan", severity: .info,
          message: "skipped \(files.count) \(what): "
            + files.prefix(5).joined(separator: ", ") + more,
          span: span))
    }
    for override in setup.config.overrides
    where !included.contains(where: { path in override.files.contains { $0.matches(path) } }) {
      report.diagnostics.append(
        Diagnostic(
          code: "override-unused", severity: .warning,
          message: "this override matches no plan file checked; fix its 'files' globs or remove it",
          span: override.span))
    }
    return included
  }

  /// Loads and checks one plan; a plan that cannot be read becomes an `invalid-plan` finding.
  mutating func checkPlan(
    _ file: String, explicitAsOf: Day?, into report: inout Report, asOfs: inout Set<Day>,
    io: inout some CommandIO
  ) throws(CLIError) {
    let started = DispatchTime.now().uptimeNanoseconds
    var loadOptions = setup.loadOptions
    loadOptions.asOf = explicitAsOf?.iso
    loadOptions.sheet = options.sheet
    let loader = PlanLoader(options: loadOptions)
    let loaded: LoadResult
    if file == "-" {
      loaded = loader.load(
        bytes: io.readStdin(), displayPath: "<stdin>", baseDirectory: workingDirectory,
        format: options.stdinFormat ?? .json)
    } else {
      loaded = loader.load(path: PlanInput.absolute(file, in: workingDirectory), displayPath: file)
    }
    if options.verbose, let tables = loaded.plan?.tables {
      for table in tables { io.writeErr(ColumnsCommand.render(table)) }
    }
    let configurationErrors = loaded.configurationErrors
    guard configurationErrors.isEmpty else { throw .diagnostics(configurationErrors) }
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    report.diagnostics += loaded.diagnostics.filter { $0.severity != .error }
    guard let plan = loaded.plan, errors.isEmpty else {
      report.plans.append(invalid(file, plan: loaded.plan, errors: errors, into: &report))
      return
    }
    let asOf = explicitAsOf ?? plan.asOf.earliest ?? report.asOf
    asOfs.insert(asOf)
    let selection = RuleSelection(
      config: setup.config, overrides: setup.config.overrides(for: file), flags: options.selection)
    let previous = try comparison(for: file, loader: loader)
    var outcome = engine.check(
      plan, previous: previous, selection: selection, asOf: asOf,
      configWaivers: setup.config.waivers)
    if case .git(let revision, _) = options.compareTo?.source, previous == nil {
      // A plan the pull request adds: checked in full, with nothing to drift from.
      let reason = "\(file) is new since \(revision): nothing to compare with"
      outcome.skipped = outcome.skipped.map { SkippedRule(id: $0.id, reason: reason) }
      report.diagnostics.append(
        Diagnostic(
          code: "compare-new-plan", severity: .info,
          message:
            "new plan: '\(file)' does not exist at \(revision), so the drift rules are skipped "
            + "for it and every other rule runs",
          span: SourceSpan(file: file)))
    }
    if report.findings.isEmpty {
      report.findings = outcome.findings  // shares the buffer instead of copying a million
    } else {
      report.findings += outcome.findings
    }
    report.skippedRules += outcome.skipped
    report.diagnostics += outcome.diagnostics
    var result = PlanResult(file: file, planID: plan.id, title: plan.title, plan: plan)
    result.ruleRuns =
      [RuleRun(ruleID: CheckSession.invalidPlan.id, evaluated: 1)] + outcome.ruleRuns
    result.elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    result.asOf = asOf
    report.plans.append(result)
  }

  private func invalid(_ file: String, plan: Plan?, errors: [Diagnostic], into report: inout Report)
    -> PlanResult
  {
    let planID = plan?.id.isEmpty == false ? plan?.id ?? "" : PlanPaths.defaultPlanID(for: file)
    for error in errors {
      let entity = EntityRef(kind: .entity(.plan), ref: planID)
      report.findings.append(
        Finding(
          ruleID: CheckSession.invalidPlan.id, severity: .error, message: error.message,
          span: error.span, entity: entity, planID: planID,
          fingerprint: Fingerprint.make(
            rule: CheckSession.invalidPlan.id, plan: planID, entity: entity,
            discriminator: error.code + error.message)))
    }
    var result = PlanResult(file: file, planID: planID, title: plan?.title ?? "", plan: nil)
    result.ruleRuns = [RuleRun(ruleID: CheckSession.invalidPlan.id, evaluated: 1)]
    return result
  }

  /// The compared version for drift, when `--compare-to` is given; a missing revision or
  /// file stops the run (exit 2) rather than quietly skipping the drift rules.
  func comparison(for file: String, loader: PlanLoader) throws(CLIError) -> Plan? {
    guard let comparison = options.compareTo else { return nil }
    guard file != "-" else {
      throw .usage("--compare-to needs a plan file, not standard input", command: "check")
    }
    return try comparison.load(
      for: PlanInput.absolute(file, in: workingDirectory), displayPath: file, loader: loader,
      workingDirectory: workingDirectory)
  }
}
