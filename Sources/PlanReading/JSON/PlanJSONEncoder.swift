import JSONSyntax
import PlanModel

/// Writes a plan as canonical JSON (`plancheck convert`): keys in `PlanJSONKeys` order, empty
/// fields left out, dates as their original text, statuses as their labels, milestones as
/// objects, tables inline.
///
/// Reading the output back and encoding it again gives the same bytes.
package enum PlanJSONEncoder {
  package static let formatVersion = 1

  package static func encode(_ plan: Plan) -> String { JSONWriter.write(value(of: plan)) }

  package static func value(of plan: Plan) -> JSONValue {
    var root = JSONObjectBuilder()
    root.add("plancheck", .number(formatVersion))
    root.text("id", plan.id)
    root.text("title", plan.title)
    // The default kind is left out, as empty fields are.
    if plan.kind != .actionPlan { root.add("kind", .string(plan.kind.rawValue)) }
    root.text("organisation", plan.organisation)
    var period = JSONObjectBuilder()
    period.date("start", plan.periodStart)
    period.date("end", plan.periodEnd)
    root.object("period", period)
    root.date("asOf", plan.asOf)
    root.date("published", plan.published)
    var inspection = JSONObjectBuilder()
    inspection.text("type", plan.inspection.type)
    inspection.date("reportReceived", plan.inspection.reportReceived)
    inspection.date("nextInspection", plan.inspection.nextInspection)
    root.object("inspection", inspection)
    root.add("statusScheme", scheme(plan.statusScheme))
    // Only a stated order is written: an unstated one stays an assumption on re-reading.
    if plan.dateOrderDeclared || plan.dateOrder != .dmy {
      root.add("dateOrder", .string(plan.dateOrder.rawValue))
    }
    root.array("themes", plan.themes.map(theme))
    root.array("recommendations", plan.recommendations.map(recommendation))
    root.array("actions", plan.actions.map { action($0, milestones: plan.milestones) })
    root.array("measures", plan.measures.map(measure))
    root.array("waivers", plan.waivers.map(waiver))
    root.array("sourceTables", plan.tables.map(sourceTable))
    root.object("extra", extra(plan.extra))
    return root.value
  }

  /// A built-in scheme by name; any other as `{"name", "labels"}`.
  private static func scheme(_ scheme: StatusScheme) -> JSONValue {
    if StatusScheme.builtIn(named: scheme.name) == scheme { return .string(scheme.name) }
    let labels = scheme.entries.map { entry in
      JSONValue.object([
        ("label", .string(entry.label)), ("class", .string(entry.statusClass.rawValue)),
      ])
    }
    var members: [(String, JSONValue)] = [
      ("name", .string(scheme.name)), ("labels", .array(labels)),
    ]
    if !scheme.colours.isEmpty {
      let colours = ColourFamily.allCases.compactMap { family -> (String, JSONValue)? in
        guard let meaning = scheme.colours[family] else { return nil }
        return (family.rawValue, .string(meaning?.rawValue ?? "none"))
      }
      members.append(("colours", .object(colours)))
    }
    return .object(members)
  }

  /// How a table's columns were read, kept so a converted plan still says where it came from.
  private static func sourceTable(_ table: TableMapping) -> JSONValue {
    var object = JSONObjectBuilder()
    object.text("file", table.file)
    object.text("sheet", table.sheet ?? "")
    object.add("headerRow", .number(table.headerRow))
    let columns = table.columns.map { column -> JSONValue in
      var entry = JSONObjectBuilder()
      entry.add("header", .string(column.header))
      entry.text("field", column.field ?? "")
      entry.text("reason", column.reason)
      return entry.value
    }
    object.array("columns", columns)
    return object.value
  }

  private static func theme(_ theme: Theme) -> JSONValue {
    var object = JSONObjectBuilder()
    object.text("ref", theme.ref)
    object.text("title", theme.title)
    return object.value
  }

  private static func recommendation(_ recommendation: Recommendation) -> JSONValue {
    var object = JSONObjectBuilder()
    object.text("id", recommendation.id)
    object.text("text", recommendation.text)
    object.text("source", recommendation.source)
    object.text("area", recommendation.area)
    object.flag("priority", recommendation.priority)
    return object.value
  }

  private static func action(_ action: Action, milestones: [Milestone]) -> JSONValue {
    var object = JSONObjectBuilder()
    object.text("ref", action.ref)
    object.text("title", action.title)
    object.text("objective", action.objective)
    object.text("theme", action.theme)
    object.text("measure", action.measure)
    object.text("lead", action.lead)
    object.date("start", action.start)
    object.date("end", action.end)
    if let colour = action.status.colour {
      var status = JSONObjectBuilder()
      status.text("label", action.status.writtenLabel)
      status.text("colour", colour.rawValue)
      object.add("status", status.value)
    } else {
      object.text("status", action.status.label)
    }
    let own = action.milestones.clamped(to: milestones.indices)
    object.array("milestones", milestones[own].map(milestone))
    object.list("recommendations", action.recommendations)
    object.list("links", action.links)
    object.text("progress", action.progress)
    object.date("updated", action.updated)
    object.text("evidence", action.evidence)
    object.date("actualStart", action.actualStart)
    object.date("actualEnd", action.actualEnd)
    object.date("baselineEnd", action.baselineEnd)
    object.list("dependsOn", action.dependsOn)
    object.array("waivers", action.waivers.map(waiver))
    object.object("extra", extra(action.extra))
    return object.value
  }

  private static func milestone(_ milestone: Milestone) -> JSONValue {
    var object = JSONObjectBuilder()
    object.text("text", milestone.text)
    object.date("due", milestone.due)
    object.flag("done", milestone.done)
    return object.value
  }

  private static func measure(_ measure: Measure) -> JSONValue {
    var object = JSONObjectBuilder()
    object.text("ref", measure.ref)
    object.text("title", measure.title)
    object.text("owner", measure.owner)
    object.text("frequency", measure.frequency)
    object.text("target", measure.target)
    object.date("due", measure.due)
    object.text("baseline", measure.baseline)
    object.text("latest", measure.latest)
    object.array("waivers", measure.waivers.map(waiver))
    object.object("extra", extra(measure.extra))
    return object.value
  }

  private static func waiver(_ waiver: Waiver) -> JSONValue {
    var object = JSONObjectBuilder()
    object.text("rule", waiver.rule)
    object.text("reason", waiver.reason)
    object.date("until", waiver.until)
    return object.value
  }

  /// Unmapped fields; a repeated name (two table columns with one header) gets " (2)", " (3)"
  /// so the object stays valid JSON.
  private static func extra(_ fields: [ExtraField]) -> JSONObjectBuilder {
    var object = JSONObjectBuilder()
    var seen: [String: Int] = [:]
    for field in fields {
      let count = (seen[field.name] ?? 0) + 1
      seen[field.name] = count
      let name = count == 1 ? field.name : "\(field.name) (\(count))"
      object.add(name, .string(field.value))
    }
    return object
  }
}
