import PlanModel

/// The fields rules can read on one kind of entity, with their types: what the checker
/// resolves names against and the runtime reads through.
package struct EntitySchema: Sendable {
  package let kind: EntityKind
  package let fields: [FieldSpec]
  private let byName: [String: Int]
  /// The string field that names an entity in messages (`{self}`, a list of entities).
  let label: FieldSpec?

  init(_ kind: EntityKind, label: String, _ fields: [FieldSpec]) {
    self.kind = kind
    self.fields = fields
    var byName: [String: Int] = [:]
    for (index, field) in fields.enumerated() { byName[field.name] = index }
    self.byName = byName
    self.label = byName[label].map { fields[$0] }
  }

  /// The schema of a listed kind, its fields made by `fields` from a builder for the kind.
  init<E: ListedEntity>(
    _ type: E.Type, label: String, _ fields: (FieldBuilder<E>) -> [FieldSpec]
  ) {
    self.init(E.entityKind, label: label, fields(FieldBuilder()))
  }

  package func field(_ name: String) -> FieldSpec? { byName[name].map { fields[$0] } }

  /// Names a rule can write (records' dotted sub-fields excluded), for suggestions and docs.
  package var fieldNames: [String] { fields.map(\.name).filter { !$0.contains(".") } }

  /// The one table from a kind to its schema.
  package static func of(_ kind: EntityKind) -> EntitySchema {
    switch kind {
    case .plan: planSchema
    case .theme: themeSchema
    case .action: actionSchema
    case .milestone: milestoneSchema
    case .recommendation: recommendationSchema
    case .measure: measureSchema
    }
  }
}
