import JSONSyntax
import PlanModel

/// The objects of the SARIF 2.1.0 object model plancheck writes; property names are SARIF's,
/// written in sorted order.
extension SARIFReporter {
  static func writeRule(_ descriptor: RuleDescriptor, to json: inout JSONStreamWriter) {
    let title = descriptor.title.isEmpty ? descriptor.id : descriptor.title
    let rationale = descriptor.rationale.isEmpty ? title : descriptor.rationale
    var markdown = "**\(MarkdownEscaping.inline(title))**\n\n\(MarkdownEscaping.inline(rationale))"
    var text = "\(title)\n\n\(rationale)"
    if !descriptor.source.isEmpty {
      markdown += "\n\nDefined in \(MarkdownEscaping.inline(descriptor.source))."
      text += "\n\nDefined in \(descriptor.source)."
    }
    json.object { json in
      json.object("defaultConfiguration") { json in
        json.field("level", SummaryPhrases.level(descriptor.severity))
      }
      json.object("fullDescription") { json in
        json.field("text", limited(rationale, to: maxDescription))
      }
      json.object("help") { json in
        json.field("markdown", markdown)
        json.field("text", text)
      }
      json.field("id", descriptor.id)
      json.field("name", pascalCase(descriptor.id))
      json.object("properties") { json in
        if !descriptor.scope.isEmpty { json.field("scope", descriptor.scope) }
        json.array("tags", strings: Array(descriptor.tags.prefix(maxTags)))
      }
      json.object("shortDescription") { json in
        json.field("text", limited(title, to: maxDescription))
      }
    }
  }

  static func writeResult(_ finding: Finding, catalog: RuleCatalog, to json: inout JSONStreamWriter)
  {
    json.object { json in
      json.field("level", SummaryPhrases.level(finding.severity))
      json.array("locations") { json in
        writeLocation(finding.span, entity: finding.entity, plan: finding.planID, to: &json)
      }
      json.object("message") { json in
        json.field("text", finding.message.isEmpty ? finding.ruleID : finding.message)
      }
      json.object("partialFingerprints") { json in
        json.field(fingerprintKey, finding.fingerprint)
        // GitHub code scanning tracks alerts by this key; plancheck's fingerprint is already
        // stable across edits (rule + plan + entity), which is what the line hash stands in for.
        json.field("primaryLocationLineHash", "\(finding.fingerprint):1")
      }
      json.object("properties") { json in
        json.field("plan", finding.planID)
        json.field("pointer", ifPresent: finding.span.pointer)
        json.field("row", ifPresent: finding.span.row)
      }
      json.field("ruleId", finding.ruleID)
      json.field("ruleIndex", ifPresent: catalog.index(of: finding.ruleID))
      if let suppression = finding.suppression {
        json.array("suppressions") { json in writeSuppression(suppression, to: &json) }
      }
    }
  }

  /// `text` within `limit` characters (GitHub reads at most 1,024 of a rule description),
  /// cut after the last whole sentence that fits, else at a word, with "…".
  static func limited(_ text: String, to limit: Int) -> String {
    PlanText.clipped(text, ClipRule(limit: limit, breaks: .spaces, sentences: true))
  }

  /// `inSource` for a waiver written in the plan or config, `external` for the baseline.
  private static func writeSuppression(_ suppression: Suppression, to json: inout JSONStreamWriter)
  {
    json.object { json in
      json.field("justification", suppression.justification)
      switch suppression {
      case .waiver(_, let span):
        json.field("kind", "inSource")
        if !span.file.isEmpty {
          json.key("location")
          writeLocation(span, entity: nil, plan: nil, to: &json)
        }
      case .baseline:
        json.field("kind", "external")
      }
      json.field("status", "accepted")
    }
  }

  /// A location object: a physical location (GitHub requires one with a start line, so an
  /// unknown line points at line 1, the top of the file) and the entity as a logical location.
  static func writeLocation(
    _ span: SourceSpan, entity: EntityRef?, plan: String?, to json: inout JSONStreamWriter
  ) {
    json.object { json in
      if let entity {
        let name = entity.description
        let qualified = plan.map { $0.isEmpty ? name : "\($0)/\(name)" } ?? name
        json.array("logicalLocations") { json in
          json.object { json in
            json.field("fullyQualifiedName", qualified)
            json.field("kind", entity.kind.name)
            json.field("name", name)
          }
        }
      }
      json.object("physicalLocation") { json in
        json.object("artifactLocation") { json in writeArtifact(span.file, to: &json) }
        json.object("region") { json in
          if span.line > 0 {
            if span.column > 0 { json.field("startColumn", span.column) }
            json.field("startLine", span.line)
          } else {
            json.field("startLine", 1)
          }
        }
      }
    }
  }

  /// Parse-time diagnostics, then rules that failed at run time.
  static func writeNotifications(
    _ report: Report, catalog: RuleCatalog, to json: inout JSONStreamWriter
  ) {
    for diagnostic in FindingOrder.sorted(report.diagnostics) {
      json.object { json in
        json.object("descriptor") { json in json.field("id", diagnostic.code) }
        json.field("level", SummaryPhrases.level(diagnostic.severity))
        json.array("locations") { json in
          writeLocation(diagnostic.span, entity: nil, plan: nil, to: &json)
        }
        json.object("message") { json in json.field("text", diagnostic.message) }
      }
    }
    for plan in report.plans {
      for run in plan.ruleRuns.sorted(by: { $0.ruleID < $1.ruleID }) {
        for error in run.errors {
          json.object { json in
            json.object("associatedRule") { json in
              json.field("id", run.ruleID)
              json.field("index", ifPresent: catalog.index(of: run.ruleID))
            }
            json.object("descriptor") { json in json.field("id", "rule-runtime-error") }
            json.field("level", "error")
            json.object("message") { json in json.field("text", "\(plan.file): \(error)") }
          }
        }
      }
    }
  }
}
