import PlanModel

/// A list value. Lists read from a plan stay views over the plan's own arrays (strings or
/// entity indices), so `plan.actions` or `dependsOn` costs no allocation.
package enum ListValue: Sendable {
  case values([Value])
  case strings([String])
  case entities(EntityList)

  package static let empty = ListValue.values([])

  package var count: Int {
    switch self {
    case .values(let v): v.count
    case .strings(let s): s.count
    case .entities(let e): e.count
    }
  }

  /// The element at `index`, which the caller has checked.
  package subscript(index: Int) -> Value {
    switch self {
    case .values(let v): v[index]
    case .strings(let s): .string(s[index])
    case .entities(let e): .entity(e[index])
    }
  }

  package var elements: [Value] {
    switch self {
    case .values(let v): v
    case .strings(let s): s.map { .string($0) }
    case .entities(let e): (0..<e.count).map { .entity(e[$0]) }
    }
  }
}

/// Entities of one kind in one plan version, by a range or by an index array.
package struct EntityList: Sendable {
  package enum Indices: Sendable {
    case range(Range<Int>)
    case array([Int])
  }

  package var kind: EntityKind
  package var version: PlanVersion
  package var indices: Indices

  package init(_ kind: EntityKind, _ version: PlanVersion, _ indices: Indices) {
    self.kind = kind
    self.version = version
    self.indices = indices
  }

  package var count: Int {
    switch indices {
    case .range(let r): r.count
    case .array(let a): a.count
    }
  }

  package subscript(position: Int) -> EntityHandle {
    switch indices {
    case .range(let r): EntityHandle(kind, version, r.lowerBound + position)
    case .array(let a): EntityHandle(kind, version, a[position])
    }
  }
}
