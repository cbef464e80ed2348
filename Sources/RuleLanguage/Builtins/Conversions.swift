import PlanModel

/// `int()`, `double()`, `string()` and `type()`, with CEL's range checks.
enum Conversions {
  static func int(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    switch a {
    case .int: return a
    case .double(let d):
      guard d.isFinite, d > -9_223_372_036_854_775_808.0, d < 9_223_372_036_854_775_808.0 else {
        throw EvalError("int(\(Formatting.double(d))): out of range")
      }
      return .int(Int(d.rounded(.towardZero)))
    case .string(let s):
      guard let i = Int(s) else { throw EvalError("int('\(s)'): not an integer") }
      return .int(i)
    default: throw .noOverload("int", a)
    }
  }

  static func double(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    switch a {
    case .double: return a
    case .int(let i): return .double(Double(i))
    case .string(let s):
      guard let d = Double(s) else { throw EvalError("double('\(s)'): not a number") }
      return .double(d)
    default: throw .noOverload("double", a)
    }
  }

  static func string(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    switch a {
    case .string: return a
    case .int(let i): return .string(String(i))
    case .double(let d): return .string(Formatting.double(d))
    case .bool(let b): return .string(b ? "true" : "false")
    case .date(let d): return .string(d.displayText)
    case .duration(let d): return .string(Formatting.duration(d))
    case .type(let t): return .string(t.name)
    default: throw .noOverload("string", a)
    }
  }

  static func type(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    .type(a.typeName)
  }
}

/// Shared text forms of numbers and durations.
enum Formatting {
  /// Shortest round-tripping form; integral values without a fraction (`1`, as CEL prints).
  static func double(_ d: Double) -> String {
    if d.isNaN { return "NaN" }
    if d.isInfinite { return d > 0 ? "+Inf" : "-Inf" }
    if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
    return "\(d)"
  }

  /// ISO 8601: `P1M3D`, `P0D`.
  static func duration(_ d: DurationValue) -> String {
    if d.months == 0 && d.days == 0 { return "P0D" }
    return "P" + (d.months != 0 ? "\(d.months)M" : "") + (d.days != 0 ? "\(d.days)D" : "")
  }
}

/// Lookups that follow refs through the plan's precomputed indices instead of scanning, so
/// rules such as `unknown-dependency` stay linear.
enum PlanLookups {
  static func actionsWithRef(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    guard case .string(let ref) = a else { throw .noOverload("actionsWithRef", a) }
    let indices = ctx.plans.current.actionsByRef[ref] ?? []
    return .list(.entities(EntityList(.action, .current, .array(indices))))
  }

  static func actionsLedBy(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    guard case .string(let lead) = a else { throw .noOverload("actionsLedBy", a) }
    let indices = ctx.plans.current.actionsByLead[Plan.key(forLead: lead)] ?? []
    return .list(.entities(EntityList(.action, .current, .array(indices))))
  }

  static func themeByRef(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    guard case .string(let ref) = a else { throw .noOverload("themeByRef", a) }
    guard let index = ctx.plans.current.themesByRef[ref] else { return .null }
    return .entity(EntityHandle(.theme, .current, index))
  }

  static func recommendationById(_ ctx: inout EvalContext, _ a: Value) throws(EvalError)
    -> Value
  {
    guard case .string(let id) = a else { throw .noOverload("recommendationById", a) }
    let key = Plan.key(forRecommendation: id)
    guard let index = ctx.plans.current.recommendationsByID[key] else { return .null }
    return .entity(EntityHandle(.recommendation, .current, index))
  }
}
