import PlanModel

/// The machine-readable format, documented by `Rules/schema/findings.schema.json`.
///
/// Every finding is listed, suppressed ones included (with `waived` and `suppression`),
/// so scripts can make their own decisions. Bump `schemaVersion` on any breaking change.
package struct JSONReporter: Reporter {
  package static let format = "json"
  package static let summary = "versioned JSON document (Rules/schema/findings.schema.json)"
  package static let schemaVersion = 1

  private let options: ReporterOptions

  package init(options: ReporterOptions) { self.options = options }

  package func render(_ report: Report) -> String {
    JSONOutput.encode(document(report))
  }

  func document(_ report: Report) -> Document {
    Document(
      schemaVersion: Self.schemaVersion,
      tool: .init(name: report.tool.name, version: report.tool.version),
      asOf: report.asOf.iso,
      failOn: options.failOnLabel(for: report),
      summary: .init(report.summary),
      plans: report.plans.map(PlanEntry.init),
      findings: FindingOrder.sorted(report.findings).map(FindingEntry.init),
      skippedRules: report.skippedRules.sorted { $0.id < $1.id }.map {
        SkippedEntry(rule: $0.id, reason: $0.reason)
      },
      ruleErrors: ruleErrors(report),
      diagnostics: FindingOrder.sorted(report.diagnostics).map(DiagnosticEntry.init),
      staleBaselineEntries: report.staleBaselineEntries.sorted())
  }

  private func ruleErrors(_ report: Report) -> [RuleErrorEntry] {
    report.plans.flatMap { plan in
      plan.ruleRuns.sorted { $0.ruleID < $1.ruleID }.flatMap { run in
        run.errors.map {
          RuleErrorEntry(rule: run.ruleID, plan: plan.planID, file: plan.file, message: $0)
        }
      }
    }
  }
}
