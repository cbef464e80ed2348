import JSONSyntax
import PlanModel

/// The machine-readable format, documented by `Rules/schema/findings.schema.json`.
///
/// Every finding is listed, suppressed ones included (with `waived` and `suppression`),
/// so scripts can make their own decisions. Bump `schemaVersion` on any breaking change.
///
/// The document is streamed straight into bytes (see `JSONReporter+Document.swift`); keys
/// are written in sorted order and absent optional fields are left out.
package struct JSONReporter: ByteReporter {
  package static let format = "json"
  package static let summary = "versioned JSON document (Rules/schema/findings.schema.json)"
  package static let schemaVersion = 1

  private let options: ReporterOptions

  package init(options: ReporterOptions) { self.options = options }

  package func write(_ report: Report, into bytes: inout [UInt8], drain: ReportDrain?) {
    // About 420 bytes per finding in practice; reserving avoids most regrowth copies.
    reserve(&bytes, for: report, fixed: 4096, perFinding: 448, draining: drain != nil)
    JSONStreamWriter.write(into: &bytes, drain: drain) { json in
      json.object { json in writeDocument(report, to: &json) }
    }
  }

  private func writeDocument(_ report: Report, to json: inout JSONStreamWriter) {
    json.field("asOf", report.asOf.iso)
    json.array("diagnostics") { json in
      for diagnostic in FindingOrder.sorted(report.diagnostics) {
        Self.writeDiagnostic(diagnostic, to: &json)
      }
    }
    json.field("failOn", options.failOnLabel(for: report))
    let places = CellPlaces(report)
    json.array("findings") { json in
      for finding in FindingOrder.sorted(report.findings) {
        Self.writeFinding(finding, cell: places.name(of: finding), to: &json)
      }
    }
    json.array("plans") { json in
      for plan in report.plans { Self.writePlan(plan, to: &json) }
    }
    json.array("ruleErrors") { json in Self.writeRuleErrors(report, to: &json) }
    json.field("schemaVersion", Self.schemaVersion)
    json.array("skippedRules") { json in
      for skipped in report.skippedRules.sorted(by: { $0.id < $1.id }) {
        json.object { json in
          json.field("reason", skipped.reason)
          json.field("rule", skipped.id)
        }
      }
    }
    json.array("staleBaselineEntries", strings: report.staleBaselineEntries.sorted())
    json.object("summary") { json in Self.writeSummary(report.summary, to: &json) }
    json.object("tool") { json in
      json.field("name", report.tool.name)
      json.field("version", report.tool.version)
    }
  }
}
