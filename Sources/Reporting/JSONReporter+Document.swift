import PlanModel

/// The shape of the JSON output; field names are the documented schema's.
extension JSONReporter {
  struct Document: Encodable {
    var schemaVersion: Int
    var tool: Tool
    var asOf: String
    var failOn: String
    var summary: Summary
    var plans: [PlanEntry]
    var findings: [FindingEntry]
    var skippedRules: [SkippedEntry]
    var ruleErrors: [RuleErrorEntry]
    var diagnostics: [DiagnosticEntry]
    var staleBaselineEntries: [String]
  }

  struct Tool: Encodable {
    var name: String
    var version: String
  }

  struct Summary: Encodable {
    var plans, actions, rules, errors, warnings, infos, waived, skippedRules, failing: Int

    init(_ summary: ReportSummary) {
      plans = summary.plans
      actions = summary.actions
      rules = summary.rules
      errors = summary.errors
      warnings = summary.warnings
      infos = summary.infos
      waived = summary.waived
      skippedRules = summary.skippedRules
      failing = summary.failing
    }
  }

  struct PlanEntry: Encodable {
    var file: String
    var plan: String
    var title: String
    var actions: Int

    init(_ result: PlanResult) {
      file = result.file
      plan = result.planID
      title = result.title
      actions = result.actionCount
    }
  }

  struct FindingEntry: Encodable {
    var rule: String
    var severity: Severity
    var message: String
    var file: String
    var line: Int
    var column: Int
    var pointer: String?
    var row: Int?
    var entity: Entity
    var plan: String
    var fingerprint: String
    var waived: Bool
    var suppression: SuppressionEntry?

    init(_ finding: Finding) {
      rule = finding.ruleID
      severity = finding.severity
      message = finding.message
      file = finding.span.file
      line = finding.span.line
      column = finding.span.column
      pointer = finding.span.pointer
      row = finding.span.row
      entity = Entity(kind: finding.entity.kind, ref: finding.entity.ref)
      plan = finding.planID
      fingerprint = finding.fingerprint
      waived = finding.isSuppressed
      suppression = finding.suppression.map(SuppressionEntry.init)
    }
  }

  struct Entity: Encodable {
    var kind: String
    var ref: String
  }

  struct SuppressionEntry: Encodable {
    /// `waiver` or `baseline`.
    var kind: String
    var reason: String
    /// Where the waiver is written (waivers only).
    var file: String?
    var line: Int?

    init(_ suppression: Suppression) {
      reason = suppression.justification
      switch suppression {
      case .waiver(_, let span):
        kind = "waiver"
        file = span.file
        line = span.line > 0 ? span.line : nil
      case .baseline:
        kind = "baseline"
      }
    }
  }

  struct SkippedEntry: Encodable {
    var rule: String
    var reason: String
  }

  struct RuleErrorEntry: Encodable {
    var rule: String
    var plan: String
    var file: String
    var message: String
  }

  struct DiagnosticEntry: Encodable {
    var code: String
    var severity: Severity
    var message: String
    var file: String
    var line: Int
    var column: Int

    init(_ diagnostic: Diagnostic) {
      code = diagnostic.code
      severity = diagnostic.severity
      message = diagnostic.message
      file = diagnostic.span.file
      line = diagnostic.span.line
      column = diagnostic.span.column
    }
  }
}
