import PlanModel

extension EntitySchema {
  /// The action's fields, the status record's sub-fields, and the relations.
  static let actionSchema = EntitySchema(Action.self, label: "ref") { field in
    [
      field("ref", .string) { a, _, _ in .string(a.pointee.ref) },
      // Stored properties only: `Action.label` would copy the action first (see `Action.label`).
      field("label", .string) { a, _, _ in
        .string(
          a.pointee.ref.isEmpty
            ? Action.unnamedLabel(title: a.pointee.title, span: a.pointee.span) : a.pointee.ref)
      },
      field("title", .string) { a, _, _ in .string(a.pointee.title) },
      field("objective", .string) { a, _, _ in .string(detail(a, "") { $0.objective }) },
      field("theme", .string) { a, _, _ in .string(a.pointee.theme) },
      field("measure", .string) { a, _, _ in .string(a.pointee.measure) },
      field("lead", .string) { a, _, _ in .string(a.pointee.lead) },
      field("start", .date) { a, _, _ in .date(a.pointee.start) },
      field("end", .date) { a, _, _ in .date(a.pointee.end) },
      statusField,
      field("status.label", .string) { a, _, _ in .string(a.pointee.status.label) },
      field("status.class", .string) { a, _, _ in
        .string(a.pointee.status.statusClass.rawValue)
      },
      field("status.isOpen", .bool) { a, _, _ in .bool(a.pointee.status.isOpen) },
      field("status.colour", .string) { a, _, _ in
        .string(a.pointee.status.colour?.rawValue ?? "")
      },
      field("status.colourClass", .string) { a, _, _ in
        .string(a.pointee.status.colourClass?.rawValue ?? "")
      },
      field("status.isColourOnly", .bool) { a, _, _ in .bool(a.pointee.status.isColourOnly) },
      field("milestones", .list(.entity(.milestone))) { a, ref, plan in
        let range = a.pointee.milestones.clamped(to: 0..<plan.milestones.count)
        return .list(.entities(EntityList(.milestone, ref.version, .range(range))))
      },
      field("recommendations", .list(.string)) { a, _, _ in
        .list(.strings(a.pointee.recommendations))
      },
      field("links", .list(.string)) { a, _, _ in .list(.strings(detail(a, []) { $0.links })) },
      field("progress", .string) { a, _, _ in .string(detail(a, "") { $0.progress }) },
      field("updated", .date) { a, _, _ in .date(detail(a, .missing) { $0.updated }) },
      field("evidence", .string) { a, _, _ in .string(detail(a, "") { $0.evidence }) },
      field("actualStart", .date) { a, _, _ in .date(detail(a, .missing) { $0.actualStart }) },
      field("actualEnd", .date) { a, _, _ in .date(detail(a, .missing) { $0.actualEnd }) },
      field("baselineEnd", .date) { a, _, _ in .date(detail(a, .missing) { $0.baselineEnd }) },
      field("dependsOn", .list(.string)) { a, _, _ in
        .list(.strings(detail(a, []) { $0.dependsOn }))
      },
      field("extra", .map(.string, .string)) { a, _, _ in .extra(detail(a, []) { $0.extra }) },
      field("waivers", .list(.record(.waiver))) { a, _, _ in
        .waivers(detail(a, []) { $0.waivers })
      },
      field("sameRef", .list(.entity(.action))) { a, ref, _ in
        .entities(.action, ref, a.pointee.sameRef)
      },
      field("themeRef", .entity(.theme)) { a, ref, _ in
        a.pointee.themeIndex.map { .entity(EntityHandle(.theme, ref.version, $0)) } ?? .null
      },
      field("line", .int) { a, _, _ in .int(a.pointee.span.line) },
      field("index", .int) { _, ref, _ in .int(ref.index) },
    ]
  }

  /// The status as a record; present when the plan gives a label.
  private static let statusField = FieldSpec(
    "status", .record(.status),
    presence: { plans, ref in
      plans.with(ref.version) { plan in
        PlanPair.element(plan.actions, ref.index, false) { !$0.pointee.status.label.isEmpty }
      }
    },
    read: { plans, ref in
      plans.with(ref.version) { plan in
        PlanPair.element(plan.actions, ref.index, .null) { a in
          let status = a.pointee.status
          return .map(
            MapValue([
              ("label", .string(status.label)), ("class", .string(status.statusClass.rawValue)),
              ("isOpen", .bool(status.isOpen)),
              ("colour", .string(status.colour?.rawValue ?? "")),
              ("colourClass", .string(status.colourClass?.rawValue ?? "")),
              ("isColourOnly", .bool(status.isColourOnly)),
            ]))
        }
      }
    })

  /// A field kept out of line (`ActionDetails`), read in place: calling `Action`'s getter on
  /// `a.pointee` would copy the whole action first.
  @inline(__always)
  private static func detail<T>(
    _ a: UnsafePointer<Action>, _ empty: T, _ read: (borrowing ActionDetails) -> T
  ) -> T {
    a.pointee.details.isEmpty ? empty : read(a.pointee.details[0])
  }
}
