import PlanModel

/// Deciding what each test case says: the JUnit reading of a run.
extension JUnitReporter {
  enum Outcome {
    case passed
    case skipped(message: String)
    case failed(type: String, message: String, body: String)
    case errored(message: String, body: String)
  }

  enum Kind { case failure, error, skipped }

  struct Case {
    var name: String
    var classname: String
    var outcome: Outcome
  }

  struct Suite {
    var name: String
    var package: String
    var cases: [Case] = []
    var systemOut = ""
    var systemErr = ""
    var time: Double = 0

    func count(_ kind: Kind) -> Int {
      cases.filter { testCase in
        switch (kind, testCase.outcome) {
        case (.failure, .failed), (.error, .errored), (.skipped, .skipped): true
        default: false
        }
      }.count
    }
  }

  /// One suite per plan, then the run suite when something belongs to no plan.
  func suites(_ report: Report) -> [Suite] {
    let grouped = PlanFindings(report)
    let planFiles = Set(report.plans.map(\.file))
    let diagnostics = FindingOrder.sorted(report.diagnostics)
    var suites: [Suite] = report.plans.enumerated().map { index, plan in
      planSuite(
        plan, findings: grouped.findings(ofPlan: index),
        diagnostics: diagnostics.filter { $0.span.file == plan.file }, report: report)
    }
    let looseDiagnostics = diagnostics.filter { !planFiles.contains($0.span.file) }
    if report.plans.isEmpty || !grouped.unassigned.isEmpty || !looseDiagnostics.isEmpty {
      suites.append(
        runSuite(findings: grouped.unassigned, diagnostics: looseDiagnostics, report: report))
    }
    return suites
  }

  private func planSuite(
    _ plan: PlanResult, findings: [Finding], diagnostics: [Diagnostic], report: Report
  ) -> Suite {
    let name = Self.token(plan.file, fallback: "plan")
    let classname = Self.token(plan.planID, fallback: name)
    var suite = Suite(name: name, package: classname, time: plan.elapsed)
    let runs = Dictionary(plan.ruleRuns.map { ($0.ruleID, $0) }) { first, _ in first }
    let byRule = Dictionary(grouping: findings, by: \.ruleID)
    for id in ruleIDs(report, findings: findings) {
      let outcome = outcome(
        rule: id, findings: byRule[id] ?? [], run: runs[id], report: report,
        notRun: "not run on this plan")
      suite.cases.append(Case(name: id, classname: classname, outcome: outcome))
    }
    suite.systemOut = systemOut(findings, report: report)
    suite.systemErr = systemErr(diagnostics, runs: plan.ruleRuns)
    return suite
  }

  private func runSuite(findings: [Finding], diagnostics: [Diagnostic], report: Report) -> Suite {
    var suite = Suite(name: "plancheck", package: "plancheck")
    let notRun = report.plans.isEmpty ? "no plan was checked" : "no finding outside the plans"
    let byRule = Dictionary(grouping: findings, by: \.ruleID)
    for id in ruleIDs(report, findings: findings) {
      let outcome = outcome(
        rule: id, findings: byRule[id] ?? [], run: nil, report: report, notRun: notRun)
      suite.cases.append(Case(name: id, classname: "plancheck", outcome: outcome))
    }
    suite.systemOut = systemOut(findings, report: report)
    suite.systemErr = systemErr(diagnostics, runs: [])
    return suite
  }

  /// The rules that ran, the skipped ones, and any rule id only findings mention.
  private func ruleIDs(_ report: Report, findings: [Finding]) -> [String] {
    let ids = report.rules.map(\.id) + report.skippedRules.map(\.id) + findings.map(\.ruleID)
    return Set(ids).sorted()
  }

  private func outcome(
    rule id: String, findings: [Finding], run: RuleRun?, report: Report, notRun: String
  ) -> Outcome {
    if let skipped = report.skippedRules.first(where: { $0.id == id }) {
      return .skipped(message: skipped.reason)
    }
    let failing = findings.filter(report.isFailing)
    if let run, let first = run.errors.first {
      let message = "\(SummaryPhrases.count(run.errors.count, "run-time error")): \(first)"
      return .errored(message: message, body: errorBody(run.errors, failing: failing))
    }
    if let first = failing.first {
      let message = "\(SummaryPhrases.count(failing.count, "finding")): \(first.message)"
      return .failed(
        type: id, message: message, body: failureBody(failing, rule: report.rule(id)))
    }
    if !findings.isEmpty {
      let suppressed = findings.filter(\.isSuppressed).count
      guard suppressed == findings.count else { return .passed }
      return .skipped(message: "\(SummaryPhrases.count(suppressed, "finding")) waived")
    }
    guard let run else { return .skipped(message: notRun) }
    return run.evaluated == 0 ? .skipped(message: "not applicable: no entity in scope") : .passed
  }

  private func failureBody(_ findings: [Finding], rule: RuleDescriptor?) -> String {
    var lines = findings.map(Self.line)
    if let rationale = rule?.rationale, !rationale.isEmpty {
      lines += ["", "Why: " + rationale]
    }
    return lines.joined(separator: "\n")
  }

  private func errorBody(_ errors: [String], failing: [Finding]) -> String {
    var lines = errors
    if !failing.isEmpty { lines += ["", "Findings before the error:"] + failing.map(Self.line) }
    return lines.joined(separator: "\n")
  }

  /// Findings below the threshold and suppressed ones, so nothing disappears from CI.
  private func systemOut(_ findings: [Finding], report: Report) -> String {
    findings.filter { !report.isFailing($0) }.map { finding in
      let suffix = finding.suppression.map { " (waived: \($0.justification))" } ?? ""
      return Self.labelledLine(finding) + suffix + "\n"
    }.joined()
  }

  private func systemErr(_ diagnostics: [Diagnostic], runs: [RuleRun]) -> String {
    let ruleErrors = runs.sorted { $0.ruleID < $1.ruleID }.flatMap { run in
      run.errors.map { "rule \(run.ruleID) failed at run time: \($0)\n" }
    }
    return diagnostics.map { $0.formatted + "\n" }.joined() + ruleErrors.joined()
  }

  /// `file:line:col: message`, as a failure lists its findings (the test case names the rule).
  static func line(_ finding: Finding) -> String {
    "\(finding.span.description): \(finding.message)"
  }

  /// `file:line:col: severity [rule]: message`, for the suite's shared output.
  static func labelledLine(_ finding: Finding) -> String {
    "\(finding.span.description): \(finding.severity.rawValue) [\(finding.ruleID)]: "
      + finding.message
  }

  /// A non-blank `xs:token` value.
  static func token(_ value: String, fallback: String) -> String {
    value.allSatisfy(\.isWhitespace) ? fallback : value
  }
}
