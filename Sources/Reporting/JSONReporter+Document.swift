import JSONSyntax
import PlanModel

/// The objects of the JSON output; field names are the documented schema's, written in
/// sorted order.
extension JSONReporter {
  static func writeSummary(_ summary: ReportSummary, to json: inout JSONStreamWriter) {
    json.field("actions", summary.actions)
    json.field("baselined", summary.baselined)
    json.field("errors", summary.errors)
    json.field("failing", summary.failing)
    json.field("infos", summary.infos)
    json.field("plans", summary.plans)
    json.field("rules", summary.rules)
    json.field("skippedRules", summary.skippedRules)
    json.field("waived", summary.waived)
    json.field("warnings", summary.warnings)
  }

  static func writePlan(_ result: PlanResult, to json: inout JSONStreamWriter) {
    json.object { json in
      json.field("actions", result.actionCount)
      json.field("file", result.file)
      json.field("plan", result.planID)
      if let tables = result.plan?.tables, !tables.isEmpty {
        json.array("tables") { json in
          for table in tables { writeTable(table, to: &json) }
        }
      }
      json.field("title", result.title)
    }
  }

  /// How a table's columns were read: the header row and each column's field and reason.
  private static func writeTable(_ table: TableMapping, to json: inout JSONStreamWriter) {
    json.object { json in
      json.array("columns") { json in
        for column in table.columns {
          json.object { json in
            json.field("field", ifPresent: column.field)
            json.field("header", column.header)
            json.field("reason", column.reason)
          }
        }
      }
      json.field("file", table.file)
      json.field("headerRow", table.headerRow)
      json.field("sheet", ifPresent: table.sheet)
    }
  }

  static func writeFinding(_ finding: Finding, cell: String?, to json: inout JSONStreamWriter) {
    json.object { json in
      json.field("cell", ifPresent: cell)
      json.field("column", finding.span.column)
      json.object("entity") { json in
        json.field("kind", finding.entity.kind.name)
        json.field("ref", finding.entity.ref)
      }
      json.field("file", finding.span.file)
      json.field("fingerprint", finding.fingerprint)
      json.field("line", finding.span.line)
      json.field("message", finding.message)
      json.field("plan", finding.planID)
      json.field("pointer", ifPresent: finding.span.pointer)
      json.field("row", ifPresent: finding.span.row)
      json.field("rule", finding.ruleID)
      json.field("severity", finding.severity.rawValue)
      if let suppression = finding.suppression {
        json.object("suppression") { json in writeSuppression(suppression, to: &json) }
      }
      json.field("waived", finding.isSuppressed)
    }
  }

  /// `kind` is `waiver` or `baseline`; a waiver also says where it is written.
  private static func writeSuppression(_ suppression: Suppression, to json: inout JSONStreamWriter)
  {
    switch suppression {
    case .waiver(_, let span):
      json.field("file", span.file)
      json.field("kind", "waiver")
      json.field("line", ifPresent: span.line > 0 ? span.line : nil)
    case .baseline:
      json.field("kind", "baseline")
    }
    json.field("reason", suppression.justification)
  }

  static func writeRuleErrors(_ report: Report, to json: inout JSONStreamWriter) {
    for plan in report.plans {
      for run in plan.ruleRuns.sorted(by: { $0.ruleID < $1.ruleID }) {
        for message in run.errors {
          json.object { json in
            json.field("file", plan.file)
            json.field("message", message)
            json.field("plan", plan.planID)
            json.field("rule", run.ruleID)
          }
        }
      }
    }
  }

  static func writeDiagnostic(_ diagnostic: Diagnostic, to json: inout JSONStreamWriter) {
    json.object { json in
      json.field("code", diagnostic.code)
      json.field("column", diagnostic.span.column)
      json.field("file", diagnostic.span.file)
      json.field("line", diagnostic.span.line)
      json.field("message", diagnostic.message)
      json.field("severity", diagnostic.severity.rawValue)
    }
  }
}
