import Foundation
import PlanModel

/// The charts, each beside a table holding the same numbers (the chart's text alternative).
extension HTMLReporter {
  func ragFigure(_ writer: inout HTMLWriter, _ facts: ReportFacts) {
    writer.raw("<h3 id=\"rag\">Actions by RAG status</h3>\n")
    let total = facts.statusCounts.values.reduce(0, +)
    guard total > 0 else {
      writer.element("p", ["class": "none"], "No actions to rate.")
      writer.newline()
      return
    }
    let classes = HTMLVocabulary.statusClasses
    let bars = classes.map { statusClass in
      HTMLChart.Bar(
        label: HTMLVocabulary.shortName(statusClass), count: facts.statusCounts[statusClass] ?? 0,
        style: HTMLVocabulary.cssClass(statusClass))
    }
    let words = bars.filter { $0.count > 0 }.map { "\($0.count) \($0.label)" }
    let name = "Bar chart of actions by RAG status: " + words.joined(separator: ", ") + "."
    figure(
      &writer, sideBySide: true,
      caption: "RAG distribution of \(SummaryPhrases.count(total, "action"))"
    ) {
      HTMLChart.columns(&$0, name: name, bars: bars)
    } table: { writer in
      writer.table(
        caption: "Actions by RAG status", headers: ["Status", "Actions", "Share"],
        rows: classes.count, classes: "numbers"
      ) { writer, row, column in
        let count = facts.statusCounts[classes[row]] ?? 0
        switch column {
        case 0:
          writer.element(
            "span",
            ["class": "swatch " + HTMLVocabulary.cssClass(classes[row]), "aria-hidden": "true"],
            "")
          writer.text(HTMLVocabulary.name(classes[row]))
        case 1: writer.text("\(count)")
        default: writer.text("\((count * 100 + total / 2) / total) %")
        }
      }
    }
  }

  func chartsSection(_ writer: inout HTMLWriter, _ report: Report, _ facts: ReportFacts) {
    openSection(&writer, id: "charts", "Findings at a glance")
    writer.raw("<h3 id=\"by-rule\">Findings by rule</h3>\n")
    if facts.findingsByRule.isEmpty {
      writer.element("p", ["class": "none"], "No findings.")
      writer.newline()
    } else {
      findingsByRule(&writer, facts.findingsByRule)
    }
    writer.raw("<h3 id=\"by-theme\">Findings by theme</h3>\n")
    if facts.findingsByTheme.isEmpty {
      writer.element("p", ["class": "none"], "No active findings on actions.")
      writer.newline()
    } else {
      findingsByTheme(&writer, facts)
    }
    if facts.findingsOffActions > 0 {
      writer.element(
        "p", ["class": "muted"],
        "\(SummaryPhrases.count(facts.findingsOffActions, "active finding")) concern "
          + "recommendations, measures, the plan itself or unreadable files, so belong to no theme."
      )
      writer.newline()
    }
    writer.raw("</section>\n")
  }

  private func findingsByRule(_ writer: inout HTMLWriter, _ counts: [ReportFacts.RuleCount]) {
    let bars = counts.map { count in
      HTMLChart.Bar(
        label: count.rule.id, count: count.active, style: "sev-" + count.rule.severity.rawValue)
    }
    let name =
      "Bar chart of active findings by rule: "
      + bars.map { "\($0.label) \($0.count)" }.joined(separator: ", ") + "."
    figure(&writer, caption: "Active findings per rule, coloured by the rule's severity") {
      HTMLChart.rows(&$0, name: name, bars: bars)
    } table: { writer in
      writer.table(
        caption: "Findings by rule", headers: ["Rule", "Severity", "Active", "Waived"],
        rows: counts.count
      ) { writer, row, column in
        let count = counts[row]
        switch column {
        case 0:
          writer.element("span", ["class": "mono"], count.rule.id)
          if count.rule.title != count.rule.id {
            writer.raw("<br>")
            writer.element("span", ["class": "muted"], count.rule.title)
          }
        case 1: severity(&writer, count.rule.severity)
        case 2: writer.text("\(count.active)")
        default: writer.text("\(count.waived)")
        }
      }
    }
  }

  private func findingsByTheme(_ writer: inout HTMLWriter, _ facts: ReportFacts) {
    let bars = facts.findingsByTheme.map {
      HTMLChart.Bar(label: $0.label, count: $0.count, style: "")
    }
    let name =
      "Bar chart of active findings on actions by theme: "
      + bars.map { "\($0.label) \($0.count)" }.joined(separator: ", ") + "."
    figure(&writer, caption: "Active findings on actions and their milestones, by theme") {
      HTMLChart.rows(&$0, name: name, bars: bars)
    } table: { writer in
      writer.table(
        caption: "Findings by theme", headers: ["Theme", "Active findings"],
        rows: facts.findingsByTheme.map { [$0.label, "\($0.count)"] })
    }
  }

  func overdueSection(_ writer: inout HTMLWriter, _ report: Report, _ facts: ReportFacts) {
    openSection(&writer, id: "overdue", "Overdue actions")
    let overdue = facts.overdue
    guard !overdue.isEmpty else {
      writer.element(
        "p", ["class": "none"],
        facts.measured.contains(.overdue)
          ? "No open action is past its end date on \(report.asOf.iso)."
          : "Not checked: no rule that finds overdue actions ran.")
      writer.raw("\n</section>\n")
      return
    }
    writer.element(
      "p",
      "\(SummaryPhrases.count(overdue.count, "open action")) ended before "
        + "\(HTMLVocabulary.date(report.asOf)): each is placed at the last day its end date "
        + "can mean, with a line to the as-of date.")
    writer.newline()
    let marks = overdue.map { item in
      HTMLChart.Mark(
        label: item.action.ref.isEmpty ? "(no ref)" : item.action.ref, day: item.end,
        note: "\(item.daysOverdue) days")
    }
    let oldest = overdue.map(\.daysOverdue).max() ?? 0
    let name =
      "Timeline of \(SummaryPhrases.count(overdue.count, "overdue action")) by end date, "
      + "up to \(report.asOf.iso); the longest overdue by \(oldest) days."
    writer.raw("<figure>\n")
    writer.element("figcaption", "Overdue open actions by end date")
    writer.newline()
    HTMLChart.timeline(&writer, name: name, marks: marks, asOf: report.asOf)
    writer.raw("</figure>\n")
    let qualify = report.plans.count > 1
    writer.table(
      caption: "Open actions past their end date",
      headers: ["Ref", "Action", "Lead", "End date", "Days overdue", "Status"], rows: overdue.count
    ) { writer, row, column in
      let item = overdue[row]
      switch column {
      case 0:
        writer.text(item.action.ref.isEmpty ? "(no ref)" : item.action.ref)
        if qualify, report.plans.indices.contains(item.planIndex) {
          writer.raw("<br>")
          writer.element("span", ["class": "muted"], report.plans[item.planIndex].planID)
        }
      case 1: writer.text(item.action.title)
      case 2: lead(&writer, item.action.lead)
      case 3:
        writer.text(HTMLVocabulary.dateText(item.action.end))
        if item.action.end.kind != .day {
          writer.raw("<br>")
          writer.element("span", ["class": "muted nowrap"], "ends by \(item.end.iso)")
        }
      case 4: writer.element("span", ["class": "overdue"], "\(item.daysOverdue)")
      default: status(&writer, item.action.status)
      }
    }
    writer.raw("</section>\n")
  }

  /// A chart and its table, side by side (stacked on narrow screens) or one above the other.
  private func figure(
    _ writer: inout HTMLWriter, sideBySide: Bool = false, caption: String,
    chart: (inout HTMLWriter) -> Void, table: (inout HTMLWriter) -> Void
  ) {
    if sideBySide {
      writer.raw("<div class=\"figure-pair\">\n<figure>\n")
    } else {
      writer.raw("<div class=\"figure-stack\">\n<figure>\n")
    }
    writer.element("figcaption", caption)
    writer.newline()
    chart(&writer)
    writer.raw("</figure>\n<div>\n")
    table(&writer)
    writer.raw("</div>\n</div>\n")
  }

  /// A severity written out, with a symbol, in its colour.
  func severity(_ writer: inout HTMLWriter, _ severity: Severity) {
    let symbol =
      switch severity {
      case .error: "✗ "
      case .warning: "⚠ "
      case .info: "ℹ "
      }
    writer.element(
      "span", ["class": "sev sev-" + severity.rawValue],
      symbol + HTMLVocabulary.severityName(severity))
  }

  /// A status as a coloured badge with its class name, then the plan's own label.
  func status(_ writer: inout HTMLWriter, _ status: Status) {
    let statusClass = status.statusClass
    writer.element(
      "span", ["class": "badge " + HTMLVocabulary.cssClass(statusClass)],
      HTMLVocabulary.shortName(statusClass))
    let name = HTMLVocabulary.shortName(statusClass)
    if status.isMissing {
      writer.raw(" ")
      writer.element("span", ["class": "muted"], "no status given")
    } else if status.label.caseInsensitiveCompare(name) != .orderedSame {
      writer.raw(" ")
      writer.text(status.label)
    }
  }

  /// A lead, or a visible "no lead" mark.
  func lead(_ writer: inout HTMLWriter, _ lead: String) {
    if lead.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
      writer.text(lead)
    } else {
      writer.element("span", ["class": "overdue"], "✗ no lead")
    }
  }
}
