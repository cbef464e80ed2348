import PlanModel

/// The arithmetic and logical operators: 64-bit ints whose overflow is an error, IEEE
/// doubles, string and list concatenation, and date ± duration.
enum Arithmetic {
  static func overflow() -> EvalError { EvalError("integer overflow") }

  static func add(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      let (sum, overflowed) = x.addingReportingOverflow(y)
      if overflowed { throw overflow() }
      return .int(sum)
    case (.double(let x), .double(let y)): return .double(x + y)
    case (.string(let x), .string(let y)):
      try ctx.allocate((x.utf8.count + y.utf8.count) / 64)
      return .string(x + y)
    case (.list(let x), .list(let y)):
      try ctx.allocate(x.count + y.count)
      return .list(.values(x.elements + y.elements))
    case (.date(let d), .duration(let u)), (.duration(let u), .date(let d)):
      return .date(try Dates.shift(d, by: u, sign: 1))
    case (.duration(let x), .duration(let y)):
      return .duration(try Dates.checked(months: x.months + y.months, days: x.days + y.days))
    default: throw .noOverload("_+_", a, b)
    }
  }

  static func subtract(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError)
    -> Value
  {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      let (difference, overflowed) = x.subtractingReportingOverflow(y)
      if overflowed { throw overflow() }
      return .int(difference)
    case (.double(let x), .double(let y)): return .double(x - y)
    case (.date(let d), .duration(let u)): return .date(try Dates.shift(d, by: u, sign: -1))
    case (.duration(let x), .duration(let y)):
      return .duration(try Dates.checked(months: x.months - y.months, days: x.days - y.days))
    default: throw .noOverload("_-_", a, b)
    }
  }

  static func multiply(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError)
    -> Value
  {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      let (product, overflowed) = x.multipliedReportingOverflow(by: y)
      if overflowed { throw overflow() }
      return .int(product)
    case (.double(let x), .double(let y)): return .double(x * y)
    default: throw .noOverload("_*_", a, b)
    }
  }

  static func divide(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      guard y != 0 else { throw EvalError("division by zero") }
      let (quotient, overflowed) = x.dividedReportingOverflow(by: y)
      if overflowed { throw overflow() }
      return .int(quotient)
    case (.double(let x), .double(let y)): return .double(x / y)
    default: throw .noOverload("_/_", a, b)
    }
  }

  static func remainder(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError)
    -> Value
  {
    guard case .int(let x) = a, case .int(let y) = b else { throw .noOverload("_%_", a, b) }
    guard y != 0 else { throw EvalError("modulus by zero") }
    let (remainder, overflowed) = x.remainderReportingOverflow(dividingBy: y)
    if overflowed { throw overflow() }
    return .int(remainder)
  }

  static func negate(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    switch a {
    case .int(let x):
      guard x != Int.min else { throw overflow() }
      return .int(-x)
    case .double(let x): return .double(-x)
    case .duration(let d): return .duration(DurationValue(months: -d.months, days: -d.days))
    default: throw .noOverload("-_", a)
    }
  }

  static func not(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    guard case .bool(let b) = a else { throw .noOverload("!_", a) }
    return .bool(!b)
  }
}
