import PlanModel

/// Drift, every finding, and what went wrong running the check.
extension HTMLReporter {
  /// A heading and the drift findings under it.
  struct DriftGroup {
    var heading: String
    var findings: [Finding]

    /// The most severe of its findings.
    var severity: Severity { findings.map(\.severity).max() ?? .info }
  }

  /// Findings of drift rules (tagged `drift`, or declaring a `"report": {"group": ...}`),
  /// under their rules' group headings, the group with the most severe finding first (ties in
  /// the order the groups first appear among the sorted findings), then the ungrouped ones
  /// as "Other changes"; empty when there are none.
  static func driftFindings(_ report: Report) -> [DriftGroup] {
    let catalog = RuleCatalog(report)
    var groups: [DriftGroup] = []
    var other = DriftGroup(heading: "Other changes", findings: [])
    for finding in FindingOrder.sorted(report.findings) {
      let rule = catalog.rule(finding.ruleID)
      let heading = rule?.group ?? ""
      if !heading.isEmpty {
        if let index = groups.firstIndex(where: { $0.heading == heading }) {
          groups[index].findings.append(finding)
        } else {
          groups.append(DriftGroup(heading: heading, findings: [finding]))
        }
      } else if rule?.tags.contains("drift") == true {
        other.findings.append(finding)
      }
    }
    // The most serious changes first; groups as serious as each other keep their order.
    let ranked = groups.enumerated().sorted { lhs, rhs in
      let (l, r) = (lhs.element.severity, rhs.element.severity)
      return l != r ? l > r : lhs.offset < rhs.offset
    }
    groups = ranked.map(\.element)
    if !other.findings.isEmpty { groups.append(other) }
    return groups
  }

  func driftSection(_ writer: inout HTMLWriter, _ groups: [DriftGroup]) {
    openSection(&writer, id: "drift", "Changes since the last version")
    writer.element(
      "p", "Findings of drift rules, which compare this version of each plan with the previous one."
    )
    writer.newline()
    for group in groups {
      writer.element("h3", group.heading)
      writer.newline()
      findingsTable(
        &writer,
        caption: "\(group.heading): \(SummaryPhrases.count(group.findings.count, "finding"))",
        group.findings)
    }
    writer.raw("</section>\n")
  }

  func findingsSection(_ writer: inout HTMLWriter, _ report: Report, _ facts: ReportFacts) {
    openSection(&writer, id: "findings", "All findings")
    guard !report.findings.isEmpty else {
      writer.element("p", ["class": "none"], "No findings.")
      writer.raw("\n</section>\n")
      return
    }
    writer.element(
      "p",
      "Every finding, by file and line. Waived and baseline-accepted findings are listed with "
        + "their reason; they do not count against the check.")
    writer.newline()
    for (index, result) in report.plans.enumerated() {
      let findings = facts.findings.findings(ofPlan: index)
      writer.element("h3", HTMLReporter.planName(result))
      writer.newline()
      guard !findings.isEmpty else {
        writer.element("p", ["class": "none"], "No findings.")
        writer.newline()
        continue
      }
      findingsTable(&writer, caption: "Findings in \(result.file)", findings)
    }
    if !facts.findings.unassigned.isEmpty {
      writer.raw("<h3>Other files</h3>\n")
      findingsTable(&writer, caption: "Findings in other files", facts.findings.unassigned)
    }
    writer.raw("</section>\n")
  }

  private func findingsTable(_ writer: inout HTMLWriter, caption: String, _ findings: [Finding]) {
    writer.table(
      caption: caption,
      headers: ["Location", "Severity", "Rule", "Entity", "Message", "Waiver"],
      rows: findings.count, classes: "findings"
    ) { writer, row, column in
      let finding = findings[row]
      switch column {
      case 0: writer.element("span", ["class": "mono"], HTMLVocabulary.location(finding.span))
      case 1: severity(&writer, finding.severity)
      case 2: writer.element("span", ["class": "mono"], finding.ruleID)
      case 3: writer.text(finding.entity.description)
      case 4: writer.text(finding.message)
      default:
        switch finding.suppression {
        case .waiver(let reason, _)?:
          writer.element("span", ["class": "waived"], "Waived: " + reason)
        case .baseline?: writer.element("span", ["class": "waived"], "Accepted in baseline")
        case nil: writer.element("span", ["class": "none"], "—")
        }
      }
    }
  }

  func runSection(_ writer: inout HTMLWriter, _ report: Report) {
    openSection(&writer, id: "run", "About this run")
    writer.element(
      "p",
      "\(SummaryPhrases.count(report.rules.count, "rule")) ran; "
        + "\(SummaryPhrases.count(report.skippedRules.count, "rule")) skipped; "
        + "\(SummaryPhrases.count(report.staleBaselineEntries.count, "baseline entry", "baseline entries")) "
        + "no longer occur.")
    writer.newline()
    if !report.skippedRules.isEmpty {
      writer.table(
        caption: "Skipped rules", headers: ["Rule", "Reason"],
        rows: report.skippedRules.sorted { $0.id < $1.id }.map { [$0.id, $0.reason] })
    }
    var problems = FindingOrder.sorted(report.diagnostics).map { diagnostic in
      [
        HTMLVocabulary.location(diagnostic.span), HTMLVocabulary.severityName(diagnostic.severity),
        diagnostic.code, diagnostic.message,
      ]
    }
    for plan in report.plans {
      for run in plan.ruleRuns.sorted(by: { $0.ruleID < $1.ruleID }) {
        problems += run.errors.map {
          [plan.file, "Error", run.ruleID, "failed at run time: " + $0]
        }
      }
    }
    if !problems.isEmpty {
      writer.table(
        caption: "Problems running the check",
        headers: ["Location", "Severity", "Code or rule", "Message"], rows: problems)
    }
    writer.raw("</section>\n")
  }
}
