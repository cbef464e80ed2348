import PlanModel

extension EntitySchema {
  /// The plan's fields, with the period and inspection records' sub-fields.
  static let planSchema = EntitySchema(
    .plan,
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
      all("actions", .action) { $0.actions.count },
      all("milestones", .milestone) { $0.milestones.count },
      all("recommendations", .recommendation) { $0.recommendations.count },
      all("measures", .measure) { $0.measures.count },
      all("themes", .theme) { $0.themes.count },
      .plan("waivers", .list(.record(.waiver))) { p, _ in .waivers(p.waivers) },
      .plan("extra", .map(.string, .string)) { p, _ in .extra(p.extra) },
      .plan("line", .int) { p, _ in .int(p.span.line) },
      .plan("index", .int) { _, _ in .int(0) },
    ])

  private static func all(
    _ name: String, _ kind: EntityKind, _ count: @escaping @Sendable (borrowing Plan) -> Int
  ) -> FieldSpec {
    .plan(name, .list(.entity(kind))) { p, ref in
      .list(.entities(EntityList(kind, ref.version, .range(0..<count(p)))))
    }
  }
}
