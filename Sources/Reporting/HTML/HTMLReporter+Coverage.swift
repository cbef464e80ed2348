import PlanModel

/// The recommendation coverage matrix and the actions per lead, one table per plan.
extension HTMLReporter {
  func coverageSection(_ writer: inout HTMLWriter, _ report: Report, _ facts: ReportFacts) {
    openSection(&writer, id: "coverage", "Recommendation coverage")
    writer.element(
      "p",
      "Each inspection recommendation with the actions that cite it. Marked: ✗ no action; "
        + "⚠ work remains but no open action has a named lead; ⚠ every open action is overdue.")
    writer.newline()
    var any = false
    for (index, result) in report.plans.enumerated() {
      guard let plan = result.plan, !plan.recommendations.isEmpty else { continue }
      any = true
      writer.element("h3", HTMLReporter.planName(result))
      writer.newline()
      coverageTable(&writer, plan: plan, figures: facts.figures(ofPlan: index), asOf: report.asOf)
    }
    if !any {
      writer.element("p", ["class": "none"], "No plan lists inspection recommendations.")
      writer.newline()
    }
    writer.raw("</section>\n")
  }

  private func coverageTable(
    _ writer: inout HTMLWriter, plan: Plan, figures: PlanFigures, asOf: Day
  ) {
    let coverage = RecommendationCoverage(plan: plan, figures: figures)
    let gaps = coverage.gapCount
    writer.table(
      caption: "\(SummaryPhrases.count(coverage.rows.count, "recommendation")), "
        + "\(gaps) with \(gaps == 1 ? "a gap" : "gaps")",
      headers: ["Recommendation", "Text", "Actions citing it", "Coverage"],
      rows: coverage.rows.count, classes: "coverage"
    ) { writer, row, column in
      let line = coverage.rows[row]
      switch column {
      case 0:
        writer.text(line.recommendation.id)
        if line.recommendation.priority {
          writer.raw("<br>")
          writer.element("span", ["class": "priority"], "Area for priority action")
        }
      case 1:
        writer.text(line.recommendation.text)
        if !line.recommendation.source.isEmpty {
          writer.raw("<br>")
          writer.element("span", ["class": "muted"], line.recommendation.source)
        }
      case 2: citingActions(&writer, line.actions, plan: plan, figures: figures, asOf: asOf)
      default:
        for verdict in line.verdict {
          writer.element("span", ["class": line.gaps.isEmpty ? "ok" : "gap"], verdict)
        }
      }
    }
  }

  private func citingActions(
    _ writer: inout HTMLWriter, _ indices: [Int], plan: Plan, figures: PlanFigures, asOf: Day
  ) {
    guard !indices.isEmpty else {
      writer.element("span", ["class": "none"], "None")
      return
    }
    writer.raw("<ul class=\"actions\">")
    for index in indices {
      let action = plan.actions[index]
      writer.raw("<li>")
      writer.element("span", ["class": "ref"], action.ref.isEmpty ? "(no ref)" : action.ref)
      if !action.title.isEmpty {
        writer.raw(" ")
        writer.text(action.title)
      }
      writer.raw("<br>Lead: ")
      lead(&writer, action.lead)
      writer.raw(" · End: ")
      writer.text(HTMLVocabulary.dateText(action.end))
      if let end = ReportFacts.overdueEnd(action, at: index, figures) {
        writer.raw(" ")
        writer.element(
          "span", ["class": "overdue"], "(overdue by \(asOf.ordinal - end.ordinal) days)")
      }
      writer.raw("<br>")
      status(&writer, action.status)
      writer.raw("</li>")
    }
    writer.raw("</ul>")
  }

  func leadsSection(_ writer: inout HTMLWriter, _ report: Report, _ facts: ReportFacts) {
    openSection(&writer, id: "leads", "Actions per lead")
    var any = false
    for (index, result) in report.plans.enumerated() where result.plan != nil {
      any = true
      writer.element("h3", HTMLReporter.planName(result))
      writer.newline()
      let loads = facts.leadsByPlan.indices.contains(index) ? facts.leadsByPlan[index] : []
      guard !loads.isEmpty else {
        writer.element("p", ["class": "none"], "No open actions.")
        writer.newline()
        continue
      }
      writer.table(
        caption: "Open actions by lead, most overdue first",
        headers: ["Lead", "Open actions", "Overdue", "Open action refs"], rows: loads.count
      ) { writer, row, column in
        let load = loads[row]
        switch column {
        case 0: lead(&writer, load.lead)
        case 1: writer.text("\(load.open)")
        case 2:
          if load.overdue > 0 {
            writer.element("span", ["class": "overdue"], "\(load.overdue) overdue")
          } else {
            writer.text("0")
          }
        default: writer.text(load.refs.map { $0.isEmpty ? "(no ref)" : $0 }.joined(separator: ", "))
        }
      }
    }
    if !any {
      writer.element("p", ["class": "none"], "No plans were read.")
      writer.newline()
    }
    writer.raw("</section>\n")
  }
}
