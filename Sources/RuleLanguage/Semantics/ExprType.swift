import PlanModel

/// The static type of an expression, as the checker infers it. `dyn` is "not known until run
/// time" (an `extra` value, an untyped parameter) and is accepted everywhere.
package indirect enum ExprType: Sendable, Hashable, CustomStringConvertible {
  case dyn, null, bool, int, double, string, date, duration, type
  case list(ExprType)
  case map(ExprType, ExprType)
  case entity(EntityKind)
  case record(RecordKind)
  /// The rule's `params`, with declared names and types.
  case params

  package var description: String {
    switch self {
    case .dyn: "dyn"
    case .null: "null"
    case .bool: "bool"
    case .int: "int"
    case .double: "double"
    case .string: "string"
    case .date: "date"
    case .duration: "duration"
    case .type: "type"
    case .list(let element): "list<\(element)>"
    case .map(let key, let value): "map<\(key), \(value)>"
    case .entity(let kind): kind.name
    case .record(let kind): kind.rawValue
    case .params: "params"
    }
  }

  /// Whether a value of type `actual` may be passed where `self` is expected.
  package func accepts(_ actual: ExprType) -> Bool {
    if self == .dyn || actual == .dyn || self == actual { return true }
    switch (self, actual) {
    case (.list(let want), .list(let have)): return want.accepts(have)
    case (.map(let wk, let wv), .map(let hk, let hv)): return wk.accepts(hk) && wv.accepts(hv)
    case (.map(let wk, _), .record), (.map(let wk, _), .params): return wk.accepts(.string)
    default: return false
    }
  }

  /// The type of a value that may be either (list elements, the branches of `?:`).
  package func joined(with other: ExprType) -> ExprType {
    if self == other { return self }
    switch (self, other) {
    case (.null, let t), (let t, .null):
      switch t {
      case .entity, .record, .list, .map, .params, .dyn: return t
      default: return .dyn
      }
    case (.list(let a), .list(let b)): return .list(a.joined(with: b))
    case (.map(let ak, let av), .map(let bk, let bv)):
      return .map(ak.joined(with: bk), av.joined(with: bv))
    default: return .dyn
    }
  }

  package var isNumeric: Bool { self == .int || self == .double }

  /// Whether `==` between the two types can ever be true; false means a load-time error.
  package func comparableForEquality(with other: ExprType) -> Bool {
    if self == .dyn || other == .dyn || self == .null || other == .null { return true }
    if isNumeric && other.isNumeric { return true }
    switch (self, other) {
    case (.list(let a), .list(let b)): return a.comparableForEquality(with: b)
    case (.map, .map), (.map, .record), (.record, .map), (.params, .map), (.map, .params):
      return true
    default: return self == other
    }
  }

  /// The element type when iterated by a macro or tested with `in`: list elements, map keys.
  package var iterationElement: ExprType? {
    switch self {
    case .list(let element): element
    case .map(let key, _): key
    case .record, .params: .string
    case .dyn: .dyn
    default: nil
    }
  }
}
