import PlanModel

extension EntitySchema {
  /// The plan's fields, with the period and inspection records' sub-fields.
  static let planSchema = EntitySchema(
    .plan, label: "id",
    [
      .plan("id", .string) { p, _ in .string(p.id) },
      .plan("title", .string) { p, _ in .string(p.title) },
      .plan("kind", .string) { p, _ in .string(p.kind.rawValue) },
      .plan("organisation", .string) { p, _ in .string(p.organisation) },
      FieldSpec(
        "period", .record(.period),
        presence: { plans, ref in
          plans.with(ref.version) { $0.periodStart.isDated || $0.periodEnd.isDated }
        },
        read: { plans, ref in
          plans.with(ref.version) { p in
            .map(MapValue([("start", .date(p.periodStart)), ("end", .date(p.periodEnd))]))
          }
        }),
      .plan("period.start", .date) { p, _ in .date(p.periodStart) },
      .plan("period.end", .date) { p, _ in .date(p.periodEnd) },
      .plan("asOf", .date) { p, _ in .date(p.asOf) },
      .plan("published", .date) { p, _ in .date(p.published) },
      FieldSpec(
        "inspection", .record(.inspection),
        presence: { plans, ref in
          plans.with(ref.version) { p in
            !p.inspection.type.isEmpty || p.inspection.reportReceived.isDated
              || p.inspection.nextInspection.isDated
          }
        },
        read: { plans, ref in
          plans.with(ref.version) { p in
            .map(
              MapValue([
                ("type", .string(p.inspection.type)),
                ("reportReceived", .date(p.inspection.reportReceived)),
                ("nextInspection", .date(p.inspection.nextInspection)),
              ]))
          }
        }),
      .plan("inspection.type", .string) { p, _ in .string(p.inspection.type) },
      .plan("inspection.reportReceived", .date) { p, _ in .date(p.inspection.reportReceived) },
      .plan("inspection.nextInspection", .date) { p, _ in .date(p.inspection.nextInspection) },
      .plan("statusScheme", .string) { p, _ in .string(p.statusScheme.name) },
      .plan("statusLabels", .list(.string)) { p, _ in
        .list(.strings(p.statusScheme.entries.map(\.label)))
      },
      .plan("dateOrder", .string) { p, _ in
        .string(p.dateOrderDeclared ? p.dateOrder.rawValue : "")
      },
      // Each listed kind's list, in this order (entities print their fields in it).
      list(Action.self), list(Milestone.self), list(Recommendation.self), list(Measure.self),
      list(Theme.self),
      .plan("waivers", .list(.record(.waiver))) { p, _ in .waivers(p.waivers) },
      .plan("extra", .map(.string, .string)) { p, _ in .extra(p.extra) },
      .plan("line", .int) { p, _ in .int(p.span.line) },
      .plan("index", .int) { _, _ in .int(0) },
    ])

  /// `plan.actions` and the like: every entity of kind `E`.
  private static func list<E: ListedEntity>(_ type: E.Type) -> FieldSpec {
    .plan(E.plural, .list(.entity(E.entityKind))) { p, ref in
      .list(.entities(EntityList(E.entityKind, ref.version, .range(0..<E.count(in: p)))))
    }
  }
}
