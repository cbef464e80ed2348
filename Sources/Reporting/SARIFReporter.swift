import JSONSyntax
import PlanModel

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
///
/// Paths are relative to `%SRCROOT%` (the directory plancheck ran in) so alerts are stable
/// across checkouts; `partialFingerprints` carry the finding's rule + plan + entity
/// fingerprint so an alert survives edits elsewhere in the file; waived and baselined
/// findings are results with `suppressions`, not dropped.
///
/// The log is streamed straight into bytes (see `SARIFReporter+Log.swift`), keys in sorted
/// order, absent optional properties left out.
package struct SARIFReporter: ByteReporter {
  package static let format = "sarif"
  package static let summary = "SARIF 2.1.0, for GitHub code scanning"
  static let schemaURI =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  static let fingerprintKey = "plancheck/v1"
  static let baseID = "%SRCROOT%"
  /// GitHub code scanning rejects a file with more tags than this on a rule.
  static let maxTags = 20
  /// GitHub's limit on a rule's `shortDescription` and `fullDescription`.
  static let maxDescription = 1_024

  private let options: ReporterOptions

  package init(options: ReporterOptions) { self.options = options }

  package func write(_ report: Report, into bytes: inout [UInt8], drain: ReportDrain?) {
    // About 1 KB per finding in practice; reserving avoids most regrowth copies.
    reserve(&bytes, for: report, fixed: 16_384, perFinding: 1_024, draining: drain != nil)
    let catalog = RuleCatalog(report)
    JSONStreamWriter.write(into: &bytes, drain: drain) { json in
      json.object { json in
        json.field("$schema", Self.schemaURI)
        json.array("runs") { json in
          json.object { json in writeRun(report, catalog: catalog, to: &json) }
        }
        json.field("version", "2.1.0")
      }
    }
  }

  private func writeRun(_ report: Report, catalog: RuleCatalog, to json: inout JSONStreamWriter) {
    json.array("invocations") { json in
      json.object { json in
        json.field("executionSuccessful", true)
        json.array("toolExecutionNotifications") { json in
          Self.writeNotifications(report, catalog: catalog, to: &json)
        }
      }
    }
    json.object("originalUriBaseIds") { json in
      json.object(Self.baseID) { json in
        json.object("description") { json in
          json.field("text", "The directory plancheck ran in.")
        }
      }
    }
    json.object("properties") { json in
      json.field("asOf", report.asOf.iso)
      json.field("failOn", options.failOnLabel(for: report))
      let stale = report.staleBaselineEntries.sorted()
      if !stale.isEmpty { json.array("staleBaselineEntries", strings: stale) }
    }
    json.array("results") { json in
      for finding in FindingOrder.sorted(report.findings) {
        Self.writeResult(finding, catalog: catalog, to: &json)
      }
    }
    json.object("tool") { json in
      json.object("driver") { json in
        json.field("informationUri", report.tool.informationURI)
        json.field("name", report.tool.name)
        json.array("rules") { json in
          for descriptor in catalog.rules { Self.writeRule(descriptor, to: &json) }
        }
        json.field("semanticVersion", report.tool.version)
        json.field("version", report.tool.version)
      }
    }
  }
}
