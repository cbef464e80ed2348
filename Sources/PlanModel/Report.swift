/// Everything one run produced: the input to every reporter.
package struct Report: Sendable {
  package var tool = ToolInfo()
  /// The as-of date used for the run (printed in every report so a run is reproducible).
  package var asOf: Day
  /// Findings at or above this severity fail the run; nil means `--fail-on none`.
  package var failOn: Severity?
  /// The rules that ran, sorted by id.
  package var rules: [RuleDescriptor] = []
  package var plans: [PlanResult] = []
  /// Sorted by file, line, column, rule id.
  package var findings: [Finding] = []
  package var skippedRules: [SkippedRule] = []
  /// Problems with inputs and rule failures at run time.
  package var diagnostics: [Diagnostic] = []
  /// Baseline entries that no longer occur (so the baseline can be pruned).
  package var staleBaselineEntries: [String] = []
  /// Where the full report was written, if known (for summaries that truncate).
  package var fullReportPath: String?
  /// `--min-severity`: findings below it were left out of the report, and how many.
  package var minSeverity: Severity?
  package var belowMinSeverity = 0

  package init(asOf: Day, failOn: Severity? = .error) {
    self.asOf = asOf
    self.failOn = failOn
  }

  package var summary: ReportSummary { ReportSummary(self) }

  /// How to say the as-of date: one date, or the range when plans were checked at their own.
  package var asOfPhrase: String {
    let dates = Set(plans.compactMap(\.asOf))
    guard dates.count > 1, let first = dates.min(), let last = dates.max() else {
      return "as of \(asOf.iso)"
    }
    return "as of each plan's own date (\(first.iso) to \(last.iso))"
  }

  /// Whether a finding counts against `failOn`.
  package func isFailing(_ finding: Finding) -> Bool {
    guard let failOn, !finding.isSuppressed else { return false }
    return finding.severity >= failOn
  }

  package func rule(_ id: String) -> RuleDescriptor? { rules.first { $0.id == id } }
}

package struct ToolInfo: Sendable, Hashable {
  package var name = "plancheck"
  /// The running plancheck's version: the command line sets it from `PlanCheck.version`, the
  /// one place the version is written.
  package var version = ""
  package var informationURI = "https://github.com/plancheck/plancheck"
  package init() {}
}

/// What reporters need to know about a rule.
package struct RuleDescriptor: Sendable, Hashable {
  package var id: String
  package var title: String
  package var severity: Severity
  package var scope: String
  package var rationale: String
  package var tags: [String]
  /// Where the rule is defined (a shipped rule: `Rules/<topic>/<id>.json`).
  package var source: String
  /// The report figure the rule's findings make (`"report": {"figure": ...}`), if any.
  package var figure: ReportFigure?
  /// The heading the HTML report lists the rule's findings under among the changes since the
  /// last version (`"report": {"group": ...}`); empty for none.
  package var group: String

  package init(
    id: String, title: String, severity: Severity, scope: String, rationale: String,
    tags: [String] = [], source: String = "", figure: ReportFigure? = nil, group: String = ""
  ) {
    self.id = id
    self.title = title
    self.severity = severity
    self.scope = scope
    self.rationale = rationale
    self.tags = tags
    self.source = source
    self.figure = figure
    self.group = group
  }
}

/// A figure of the reports for people (HTML, Markdown) drawn from the findings of the rules
/// that declare it, so disabling or changing such a rule changes the figure.
package enum ReportFigure: String, Sendable, Hashable, CaseIterable {
  /// Open actions past their due date: the overdue timeline, each lead's overdue count, and
  /// a recommendation answered only by overdue actions. Findings on actions.
  case overdue
  /// Recommendations that no action answers ("No action" in the coverage matrix). Findings
  /// on recommendations.
  case unansweredRecommendation = "unanswered-recommendation"
  /// Recommendations with work left but no open action with a named lead. Findings on
  /// recommendations.
  case unledRecommendation = "unled-recommendation"
}

/// A rule that did not run, and why ("uses prev; no --compare-to given").
package struct SkippedRule: Sendable, Hashable {
  package var id: String
  package var reason: String
  package init(id: String, reason: String) {
    self.id = id
    self.reason = reason
  }
}

/// One plan file's part of a run.
package struct PlanResult: Sendable {
  /// The plan file as given (relative where it was given relative).
  package var file: String
  package var planID: String
  package var title: String
  /// The plan itself, for reports that draw it (nil when it could not be read).
  package var plan: Plan?
  /// Per active rule: how many entities it was evaluated on, and run-time errors.
  package var ruleRuns: [RuleRun] = []
  /// Seconds spent checking this plan.
  package var elapsed: Double = 0
  /// The as-of date this plan was checked at (its own, unless the run gave one).
  package var asOf: Day?

  package init(file: String, planID: String, title: String, plan: Plan?) {
    self.file = file
    self.planID = planID
    self.title = title
    self.plan = plan
  }

  package var actionCount: Int { plan?.actions.count ?? 0 }
}

/// How one rule fared on one plan.
package struct RuleRun: Sendable, Hashable {
  package var ruleID: String
  /// Entities the rule's condition was evaluated on (0 = not applicable).
  package var evaluated: Int
  /// Run-time errors ("type error on action 1.2: ..."), at most a few kept.
  package var errors: [String]
  package init(ruleID: String, evaluated: Int, errors: [String] = []) {
    self.ruleID = ruleID
    self.evaluated = evaluated
    self.errors = errors
  }
}

/// Counts shown in every summary.
package struct ReportSummary: Sendable, Hashable {
  package var plans = 0
  package var actions = 0
  package var rules = 0
  package var errors = 0
  package var warnings = 0
  package var infos = 0
  /// Findings suppressed by a waiver.
  package var waived = 0
  /// Findings accepted in the `--baseline` file.
  package var baselined = 0
  package var skippedRules = 0
  /// Unsuppressed findings at or above fail-on.
  package var failing = 0

  package init(_ report: Report) {
    plans = report.plans.count
    actions = report.plans.reduce(0) { $0 + $1.actionCount }
    rules = report.rules.count
    skippedRules = report.skippedRules.count
    for finding in report.findings {
      switch finding.suppression {
      case .waiver?:
        waived += 1
        continue
      case .baseline?:
        baselined += 1
        continue
      case nil: break
      }
      switch finding.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .info: infos += 1
      }
      if report.isFailing(finding) { failing += 1 }
    }
  }
}
