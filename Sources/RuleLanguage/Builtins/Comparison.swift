/// Ordering operators. Ints and doubles order numerically across types; plan dates use the
/// definite semantics (`a < b` only when all of a precedes all of b) and are
/// simply false when either side is undated.
enum Comparison {
  enum Relation { case less, lessEqual, greater, greaterEqual }

  static func compare(_ relation: Relation, _ a: Value, _ b: Value) throws(EvalError) -> Bool {
    if case .date(let x) = a, case .date(let y) = b {
      switch relation {
      case .less: return x.before(y)
      case .lessEqual: return x.onOrBefore(y)
      case .greater: return y.before(x)
      case .greaterEqual: return y.onOrBefore(x)
      }
    }
    guard let order = try order(a, b, relation) else { return false }
    switch relation {
    case .less: return order < 0
    case .lessEqual: return order <= 0
    case .greater: return order > 0
    case .greaterEqual: return order >= 0
    }
  }

  /// -1, 0 or 1; nil when a NaN makes every comparison false.
  private static func order(_ a: Value, _ b: Value, _ relation: Relation) throws(EvalError)
    -> Int?
  {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.double(let x), .double(let y)):
      if x.isNaN || y.isNaN { return nil }
      return x < y ? -1 : (x == y ? 0 : 1)
    case (.int(let x), .double(let y)): return Value.numericCompare(x, y)
    case (.double(let x), .int(let y)): return Value.numericCompare(y, x).map { -$0 }
    case (.string(let x), .string(let y)):
      return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : (x.utf8.elementsEqual(y.utf8) ? 0 : 1)
    case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
    case (.duration(let x), .duration(let y)):
      if x.months == y.months { return x.days < y.days ? -1 : (x.days == y.days ? 0 : 1) }
      if x.days == y.days { return x.months < y.months ? -1 : 1 }
      throw EvalError("durations mixing months and days cannot be ordered")
    default:
      throw .noOverload(name(relation), a, b)
    }
  }

  static func name(_ relation: Relation) -> String {
    switch relation {
    case .less: "_<_"
    case .lessEqual: "_<=_"
    case .greater: "_>_"
    case .greaterEqual: "_>=_"
    }
  }

  /// `x in container`: list membership by equality, or a map key.
  static func contains(_ ctx: inout EvalContext, _ element: Value, _ container: Value)
    throws(EvalError) -> Value
  {
    switch container {
    case .list(let list):
      for index in 0..<list.count where list[index].equals(element) { return .bool(true) }
      return .bool(false)
    case .map(let map):
      guard let key = MapKey(element) else { return .bool(false) }
      return .bool(map[key] != nil)
    default: throw .noOverload("@in", element, container)
    }
  }
}
