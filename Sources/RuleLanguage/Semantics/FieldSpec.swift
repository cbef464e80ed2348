import PlanModel

/// One field of an entity schema: its name (dotted for fields of a record, such as
/// `status.class`), its type, and how to read it straight from the plan.
package struct FieldSpec: Sendable {
  package let name: String
  package let type: ExprType
  let read: @Sendable (PlanPair, EntityHandle) -> Value
  let presence: (@Sendable (PlanPair, EntityHandle) -> Bool)?

  init(
    _ name: String, _ type: ExprType,
    presence: (@Sendable (PlanPair, EntityHandle) -> Bool)? = nil,
    read: @escaping @Sendable (PlanPair, EntityHandle) -> Value
  ) {
    self.name = name
    self.type = type
    self.read = read
    self.presence = presence
  }

  /// `has()` on this field: its own presence test, or the value's.
  func isPresent(_ plans: PlanPair, _ ref: EntityHandle) -> Bool {
    presence?(plans, ref) ?? read(plans, ref).isPresent
  }
}

extension FieldSpec {
  /// Reads a field of one entity, given in place, of the plan that holds it.
  typealias Reader<E> = @Sendable (UnsafePointer<E>, EntityHandle, borrowing Plan) -> Value

  /// A field of the plan itself.
  static func plan(
    _ name: String, _ type: ExprType,
    _ read: @escaping @Sendable (borrowing Plan, EntityHandle) -> Value
  )
    -> FieldSpec
  {
    FieldSpec(name, type) { plans, ref in plans.with(ref.version) { read($0, ref) } }
  }
}

/// Makes the fields of one listed kind (`field("ref", .string) { a, _, _ in … }`): each reads
/// its entity in place, in the buffer `E.withAll(in:)` gives.
struct FieldBuilder<E: ListedEntity>: Sendable {
  func callAsFunction(_ name: String, _ type: ExprType, _ read: @escaping FieldSpec.Reader<E>)
    -> FieldSpec
  {
    FieldSpec(name, type) { plans, ref in
      plans.with(ref.version) { plan in
        E.withAll(in: plan) { buffer in
          guard ref.index >= 0, ref.index < buffer.count, let base = buffer.baseAddress else {
            return .null
          }
          return read(base + ref.index, ref, plan)
        }
      }
    }
  }
}

/// Conversions from model values, shared by the schemas.
extension Value {
  static func date(_ date: PlanDate) -> Value { .date(DateValue(date)) }

  static func entities(_ kind: EntityKind, _ ref: EntityHandle, _ indices: [Int]) -> Value {
    .list(.entities(EntityList(kind, ref.version, .array(indices))))
  }

  static func extra(_ fields: [ExtraField]) -> Value {
    .map(MapValue(fields.map { ($0.name, .string($0.value)) }))
  }

  static func waivers(_ waivers: [Waiver]) -> Value {
    .list(
      .values(
        waivers.map {
          .map(
            MapValue([
              ("rule", .string($0.rule)), ("reason", .string($0.reason)),
              ("until", .date($0.until)), ("used", .bool($0.used)),
            ]))
        }))
  }
}
