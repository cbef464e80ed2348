import PlanModel

extension EntitySchema {
  static let milestoneSchema = EntitySchema(
    .milestone,
    [
      .milestone("text", .string) { m, _, _ in .string(m.pointee.text) },
      .milestone("due", .date) { m, _, _ in .date(m.pointee.due) },
      .milestone("done", .bool) { m, _, _ in .bool(m.pointee.done) },
      .milestone("action", .entity(.action)) { m, ref, plan in
        plan.actions.indices.contains(m.pointee.action)
          ? .entity(EntityHandle(.action, ref.version, m.pointee.action)) : .null
      },
      .milestone("line", .int) { m, _, _ in .int(m.pointee.span.line) },
      .milestone("index", .int) { _, ref, _ in .int(ref.index) },
    ])

  static let recommendationSchema = EntitySchema(
    .recommendation,
    [
      .recommendation("id", .string) { r, _, _ in .string(r.pointee.id) },
      .recommendation("text", .string) { r, _, _ in .string(r.pointee.text) },
      .recommendation("source", .string) { r, _, _ in .string(r.pointee.source) },
      .recommendation("area", .string) { r, _, _ in .string(r.pointee.area) },
      .recommendation("priority", .bool) { r, _, _ in .bool(r.pointee.priority) },
      .recommendation("actions", .list(.entity(.action))) { r, ref, _ in
        .entities(.action, ref, r.pointee.actions)
      },
      .recommendation("line", .int) { r, _, _ in .int(r.pointee.span.line) },
      .recommendation("index", .int) { _, ref, _ in .int(ref.index) },
    ])

  static let measureSchema = EntitySchema(
    .measure,
    [
      .measure("ref", .string) { m, _, _ in .string(m.pointee.ref) },
      .measure("label", .string) { m, _, _ in .string(m.pointee.label) },
      .measure("title", .string) { m, _, _ in .string(m.pointee.title) },
      .measure("owner", .string) { m, _, _ in .string(m.pointee.owner) },
      .measure("frequency", .string) { m, _, _ in .string(m.pointee.frequency) },
      .measure("target", .string) { m, _, _ in .string(m.pointee.target) },
      .measure("due", .date) { m, _, _ in .date(m.pointee.due) },
      .measure("baseline", .string) { m, _, _ in .string(m.pointee.baseline) },
      .measure("latest", .string) { m, _, _ in .string(m.pointee.latest) },
      .measure("extra", .map(.string, .string)) { m, _, _ in .extra(m.pointee.extra) },
      .measure("waivers", .list(.record(.waiver))) { m, _, _ in .waivers(m.pointee.waivers) },
      .measure("line", .int) { m, _, _ in .int(m.pointee.span.line) },
      .measure("index", .int) { _, ref, _ in .int(ref.index) },
    ])

  static let themeSchema = EntitySchema(
    .theme,
    [
      .theme("ref", .string) { t, _, _ in .string(t.pointee.ref) },
      .theme("title", .string) { t, _, _ in .string(t.pointee.title) },
      .theme("actions", .list(.entity(.action))) { t, ref, _ in
        .entities(.action, ref, t.pointee.actions)
      },
      .theme("line", .int) { t, _, _ in .int(t.pointee.span.line) },
      .theme("index", .int) { _, ref, _ in .int(ref.index) },
    ])
}
