import PlanModel

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
///
/// Paths are relative to `%SRCROOT%` (the directory plancheck ran in) so alerts are stable
/// across checkouts; `partialFingerprints` carry the finding's rule + plan + entity
/// fingerprint so an alert survives edits elsewhere in the file; waived and baselined
/// findings are results with `suppressions`, not dropped.
package struct SARIFReporter: Reporter {
  package static let format = "sarif"
  package static let summary = "SARIF 2.1.0, for GitHub code scanning"
  static let fingerprintKey = "plancheck/v1"
  static let baseID = "%SRCROOT%"
  /// GitHub code scanning rejects a file with more tags than this on a rule.
  static let maxTags = 20

  private let options: ReporterOptions

  package init(options: ReporterOptions) { self.options = options }

  package func render(_ report: Report) -> String {
    JSONOutput.encode(log(report))
  }

  func log(_ report: Report) -> Log {
    let catalog = RuleCatalog(report)
    let driver = Driver(
      name: report.tool.name, version: report.tool.version,
      semanticVersion: report.tool.version, informationUri: report.tool.informationURI,
      rules: catalog.rules.map(rule))
    let stale = report.staleBaselineEntries.sorted()
    let run = Run(
      tool: Tool(driver: driver),
      results: FindingOrder.sorted(report.findings).map { result($0, catalog: catalog) },
      originalUriBaseIds: [
        Self.baseID: BaseLocation(description: Text(text: "The directory plancheck ran in."))
      ],
      invocations: [
        Invocation(
          executionSuccessful: true,
          toolExecutionNotifications: notifications(report, catalog: catalog))
      ],
      properties: RunProperties(
        asOf: report.asOf.iso, failOn: options.failOnLabel(for: report),
        staleBaselineEntries: stale.isEmpty ? nil : stale))
    return Log(runs: [run])
  }

  private func rule(_ descriptor: RuleDescriptor) -> Rule {
    let title = descriptor.title.isEmpty ? descriptor.id : descriptor.title
    let rationale = descriptor.rationale.isEmpty ? title : descriptor.rationale
    var markdown = "**\(MarkdownEscaping.inline(title))**\n\n\(MarkdownEscaping.inline(rationale))"
    var text = "\(title)\n\n\(rationale)"
    if !descriptor.source.isEmpty {
      markdown += "\n\nDefined in \(MarkdownEscaping.inline(descriptor.source))."
      text += "\n\nDefined in \(descriptor.source)."
    }
    return Rule(
      id: descriptor.id, name: Self.pascalCase(descriptor.id),
      shortDescription: Text(text: title), fullDescription: Text(text: rationale),
      help: Help(text: text, markdown: markdown),
      defaultConfiguration: Configuration(level: SummaryPhrases.level(descriptor.severity)),
      properties: RuleProperties(
        tags: Array(descriptor.tags.prefix(Self.maxTags)),
        scope: descriptor.scope.isEmpty ? nil : descriptor.scope))
  }

  private func result(_ finding: Finding, catalog: RuleCatalog) -> ResultEntry {
    ResultEntry(
      ruleId: finding.ruleID, ruleIndex: catalog.index(of: finding.ruleID),
      level: SummaryPhrases.level(finding.severity),
      message: Text(text: finding.message.isEmpty ? finding.ruleID : finding.message),
      locations: [location(finding.span, entity: finding.entity, plan: finding.planID)],
      partialFingerprints: [Self.fingerprintKey: finding.fingerprint],
      suppressions: finding.suppression.map { [suppression($0)] },
      properties: ResultProperties(
        plan: finding.planID, pointer: finding.span.pointer, row: finding.span.row))
  }

  private func suppression(_ suppression: Suppression) -> SuppressionEntry {
    switch suppression {
    case .waiver(let reason, let span):
      SuppressionEntry(
        kind: "inSource", justification: reason,
        location: span.file.isEmpty ? nil : location(span, entity: nil, plan: nil))
    case .baseline:
      SuppressionEntry(kind: "external", justification: suppression.justification)
    }
  }

  /// A physical location (GitHub requires one with a start line, so an unknown line points at
  /// line 1, the top of the file) and the entity as a logical location.
  func location(_ span: SourceSpan, entity: EntityRef?, plan: String?) -> Location {
    let region =
      span.line > 0
      ? Region(startLine: span.line, startColumn: span.column > 0 ? span.column : nil)
      : Region(startLine: 1)
    let physical = PhysicalLocation(artifactLocation: Self.artifact(span.file), region: region)
    guard let entity else { return Location(physicalLocation: physical) }
    let name = entity.description
    let qualified = plan.map { $0.isEmpty ? name : "\($0)/\(name)" } ?? name
    return Location(
      physicalLocation: physical,
      logicalLocations: [
        LogicalLocation(name: name, fullyQualifiedName: qualified, kind: entity.kind)
      ])
  }

  private func notifications(_ report: Report, catalog: RuleCatalog) -> [NotificationEntry] {
    let diagnostics = FindingOrder.sorted(report.diagnostics).map { diagnostic in
      NotificationEntry(
        level: SummaryPhrases.level(diagnostic.severity), message: Text(text: diagnostic.message),
        descriptor: Reference(id: diagnostic.code),
        locations: [location(diagnostic.span, entity: nil, plan: nil)])
    }
    let ruleErrors = report.plans.flatMap { plan in
      plan.ruleRuns.sorted { $0.ruleID < $1.ruleID }.flatMap { run in
        run.errors.map { error in
          NotificationEntry(
            level: "error", message: Text(text: "\(plan.file): \(error)"),
            descriptor: Reference(id: "rule-runtime-error"),
            associatedRule: Reference(id: run.ruleID, index: catalog.index(of: run.ruleID)))
        }
      }
    }
    return diagnostics + ruleErrors
  }
}
