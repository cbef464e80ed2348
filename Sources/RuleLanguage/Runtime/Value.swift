import PlanModel

/// A run-time value. Entities are references (kind, version, index) into the plans the
/// evaluation context holds, and relation lists are index views, so reading a plan copies
/// nothing per evaluation.
package enum Value: Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case date(DateValue)
  case duration(DurationValue)
  case list(ListValue)
  case map(MapValue)
  case entity(EntityHandle)
  case type(TypeName)

  /// The run-time type, as `type()` returns it.
  package var typeName: TypeName {
    switch self {
    case .null: .null
    case .bool: .bool
    case .int: .int
    case .double: .double
    case .string: .string
    case .date: .date
    case .duration: .duration
    case .list: .list
    case .map: .map
    case .entity(let ref): .entity(ref.kind)
    case .type: .type
    }
  }

  /// Presence as `has()` sees it: false for null, empty strings, lists and maps, undated
  /// plan dates, false, zero and zero durations (proto3's "not set").
  package var isPresent: Bool {
    switch self {
    case .null: false
    case .bool(let b): b
    case .int(let i): i != 0
    case .double(let d): d != 0
    case .string(let s): !s.isEmpty
    case .date(let d): d.isDated
    case .duration(let d): d.days != 0 || d.months != 0
    case .list(let l): l.count > 0
    case .map(let m): m.count > 0
    case .entity, .type: true
    }
  }
}

/// The name of a run-time type: what `type(x)` yields and `int`, `string`, … denote.
package enum TypeName: Sendable, Hashable {
  case null, bool, int, double, string, date, duration, list, map, type
  case entity(EntityKind)

  package var name: String {
    switch self {
    case .null: "null_type"
    case .bool: "bool"
    case .int: "int"
    case .double: "double"
    case .string: "string"
    case .date: "date"
    case .duration: "duration"
    case .list: "list"
    case .map: "map"
    case .type: "type"
    case .entity(let kind): kind.name
    }
  }

  /// The name `plancheck eval --json` reports; entities are shown as maps of their fields.
  package var jsonName: String {
    switch self {
    case .null: "null"
    case .entity: "map"
    default: name
    }
  }

  /// Type names usable as identifiers (`type(x) == int`).
  package static let identifiers: [String: TypeName] = [
    "null_type": .null, "bool": .bool, "int": .int, "double": .double, "string": .string,
    "date": .date, "duration": .duration, "list": .list, "map": .map, "type": .type,
  ]
}

/// A span of calendar time added to dates: months first, then days.
package struct DurationValue: Sendable, Hashable {
  package var months: Int
  package var days: Int

  package init(months: Int = 0, days: Int = 0) {
    self.months = months
    self.days = days
  }
}

/// An entity of a plan: which kind, in which version of the plan, at which index.
package struct EntityHandle: Sendable, Hashable {
  package var kind: EntityKind
  package var version: PlanVersion
  package var index: Int

  package init(_ kind: EntityKind, _ version: PlanVersion = .current, _ index: Int) {
    self.kind = kind
    self.version = version
    self.index = index
  }
}

/// Which plan an entity lives in: the one being checked, or the one it is compared with.
package enum PlanVersion: UInt8, Sendable, Hashable {
  case current, previous
}
