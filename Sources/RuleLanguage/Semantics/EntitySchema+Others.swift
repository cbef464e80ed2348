import PlanModel

extension EntitySchema {
  static let milestoneSchema = EntitySchema(Milestone.self, label: "text") { field in
    [
      field("text", .string) { m, _, _ in .string(m.pointee.text) },
      field("due", .date) { m, _, _ in .date(m.pointee.due) },
      field("done", .bool) { m, _, _ in .bool(m.pointee.done) },
      field("action", .entity(.action)) { m, ref, plan in
        plan.actions.indices.contains(m.pointee.action)
          ? .entity(EntityHandle(.action, ref.version, m.pointee.action)) : .null
      },
      field("line", .int) { m, _, _ in .int(m.pointee.span.line) },
      field("index", .int) { _, ref, _ in .int(ref.index) },
    ]
  }

  static let recommendationSchema = EntitySchema(Recommendation.self, label: "id") { field in
    [
      field("id", .string) { r, _, _ in .string(r.pointee.id) },
      field("text", .string) { r, _, _ in .string(r.pointee.text) },
      field("source", .string) { r, _, _ in .string(r.pointee.source) },
      field("area", .string) { r, _, _ in .string(r.pointee.area) },
      field("priority", .bool) { r, _, _ in .bool(r.pointee.priority) },
      field("actions", .list(.entity(.action))) { r, ref, _ in
        .entities(.action, ref, r.pointee.actions)
      },
      field("line", .int) { r, _, _ in .int(r.pointee.span.line) },
      field("index", .int) { _, ref, _ in .int(ref.index) },
    ]
  }

  static let measureSchema = EntitySchema(Measure.self, label: "ref") { field in
    [
      field("ref", .string) { m, _, _ in .string(m.pointee.ref) },
      field("label", .string) { m, _, _ in .string(m.pointee.label) },
      field("title", .string) { m, _, _ in .string(m.pointee.title) },
      field("owner", .string) { m, _, _ in .string(m.pointee.owner) },
      field("frequency", .string) { m, _, _ in .string(m.pointee.frequency) },
      field("target", .string) { m, _, _ in .string(m.pointee.target) },
      field("due", .date) { m, _, _ in .date(m.pointee.due) },
      field("baseline", .string) { m, _, _ in .string(m.pointee.baseline) },
      field("latest", .string) { m, _, _ in .string(m.pointee.latest) },
      field("extra", .map(.string, .string)) { m, _, _ in .extra(m.pointee.extra) },
      field("waivers", .list(.record(.waiver))) { m, _, _ in .waivers(m.pointee.waivers) },
      field("line", .int) { m, _, _ in .int(m.pointee.span.line) },
      field("index", .int) { _, ref, _ in .int(ref.index) },
    ]
  }

  static let themeSchema = EntitySchema(Theme.self, label: "ref") { field in
    [
      field("ref", .string) { t, _, _ in .string(t.pointee.ref) },
      field("title", .string) { t, _, _ in .string(t.pointee.title) },
      field("actions", .list(.entity(.action))) { t, ref, _ in
        .entities(.action, ref, t.pointee.actions)
      },
      field("line", .int) { t, _, _ in .int(t.pointee.span.line) },
      field("index", .int) { _, ref, _ in .int(ref.index) },
    ]
  }
}
