import PlanModel

/// The table of builtins, declared once: operators, CEL's standard functions and the plan
/// extensions. The checker resolves calls against it, the runtime runs it, docs list it.
package enum Builtins {
  package static let all: [Builtin] = operators + comparisons + functions + planFunctions

  private static let byName: [String: [Builtin]] = Dictionary(grouping: all, by: \.name)

  package static func overloads(named name: String) -> [Builtin] { byName[name] ?? [] }

  /// Names a rule can call (for suggestions and docs), without operators.
  package static var functionNames: [String] {
    Array(Set(all.filter { $0.style != .operator }.map(\.name))).sorted()
  }

  private static let operators: [Builtin] = [
    Builtin(
      "_+_", .operator, [.int, .int], .int, "integer addition; overflow is an error",
      .binary(Arithmetic.add)),
    Builtin(
      "_+_", .operator, [.double, .double], .double, "floating-point addition",
      .binary(Arithmetic.add)),
    Builtin(
      "_+_", .operator, [.string, .string], .string, "string concatenation", .binary(Arithmetic.add)
    ),
    Builtin(
      "_+_", .operator, [.list(.dyn), .list(.dyn)], .list(.dyn), "list concatenation",
      .binary(Arithmetic.add)),
    Builtin(
      "_+_", .operator, [.date, .duration], .date, "a date moved later by a duration",
      .binary(Arithmetic.add)),
    Builtin(
      "_+_", .operator, [.duration, .date], .date, "a date moved later by a duration",
      .binary(Arithmetic.add)),
    Builtin(
      "_+_", .operator, [.duration, .duration], .duration, "sum of durations",
      .binary(Arithmetic.add)),
    Builtin(
      "_-_", .operator, [.int, .int], .int, "integer subtraction; overflow is an error",
      .binary(Arithmetic.subtract)),
    Builtin(
      "_-_", .operator, [.double, .double], .double, "floating-point subtraction",
      .binary(Arithmetic.subtract)),
    Builtin(
      "_-_", .operator, [.date, .duration], .date, "a date moved earlier by a duration",
      .binary(Arithmetic.subtract)),
    Builtin(
      "_-_", .operator, [.duration, .duration], .duration, "difference of durations",
      .binary(Arithmetic.subtract)),
    Builtin(
      "_*_", .operator, [.int, .int], .int, "integer multiplication; overflow is an error",
      .binary(Arithmetic.multiply)),
    Builtin(
      "_*_", .operator, [.double, .double], .double, "floating-point multiplication",
      .binary(Arithmetic.multiply)),
    Builtin(
      "_/_", .operator, [.int, .int], .int, "integer division, truncating; by zero is an error",
      .binary(Arithmetic.divide)),
    Builtin(
      "_/_", .operator, [.double, .double], .double, "floating-point division (IEEE)",
      .binary(Arithmetic.divide)),
    Builtin(
      "_%_", .operator, [.int, .int], .int, "integer remainder; by zero is an error",
      .binary(Arithmetic.remainder)),
    Builtin("-_", .operator, [.int], .int, "integer negation", .unary(Arithmetic.negate)),
    Builtin(
      "-_", .operator, [.double], .double, "floating-point negation", .unary(Arithmetic.negate)),
    Builtin("-_", .operator, [.duration], .duration, "negated duration", .unary(Arithmetic.negate)),
    Builtin("!_", .operator, [.bool], .bool, "logical not", .unary(Arithmetic.not)),
    Builtin(
      "@in", .operator, [.dyn, .list(.dyn)], .bool, "list membership", .binary(Comparison.contains)),
    Builtin(
      "@in", .operator, [.dyn, .map(.dyn, .dyn)], .bool, "map key membership",
      .binary(Comparison.contains)),
  ]

  private static let orderedTypes: [(ExprType, ExprType)] = [
    (.int, .int), (.int, .double), (.double, .int), (.double, .double), (.string, .string),
    (.bool, .bool), (.date, .date), (.duration, .duration),
  ]

  private static let comparisons: [Builtin] = [
    ("_<_", Comparison.Relation.less, "less than; dates: definitely before"),
    ("_<=_", .lessEqual, "less or equal; dates: no day after"),
    ("_>_", .greater, "greater than; dates: definitely after"),
    ("_>=_", .greaterEqual, "greater or equal; dates: no day before"),
  ].flatMap { name, relation, summary in
    orderedTypes.map { lhs, rhs in
      Builtin(
        name, .operator, [lhs, rhs], .bool, summary,
        .binary { _, a, b throws(EvalError) in
          .bool(try Comparison.compare(relation, a, b))
        })
    }
  }

  private static let functions: [Builtin] = [
    Builtin("size", .both, [.string], .int, "number of code points", .unary(StringFunctions.size)),
    Builtin("size", .both, [.list(.dyn)], .int, "number of elements", .unary(StringFunctions.size)),
    Builtin(
      "size", .both, [.map(.dyn, .dyn)], .int, "number of entries", .unary(StringFunctions.size)),
    Builtin(
      "contains", .member, [.string, .string], .bool, "substring test",
      .binary(StringFunctions.contains)),
    Builtin(
      "startsWith", .member, [.string, .string], .bool, "prefix test",
      .binary(StringFunctions.startsWith)),
    Builtin(
      "endsWith", .member, [.string, .string], .bool, "suffix test",
      .binary(StringFunctions.endsWith)),
    Builtin(
      "matches", .both, [.string, .string], .bool,
      "regular-expression search (vetted; see RegexPattern)", .binary(matches)),
    Builtin(
      "lowerAscii", .member, [.string], .string, "ASCII letters to lower case",
      .unary(StringFunctions.lowerAscii)),
    Builtin(
      "upperAscii", .member, [.string], .string, "ASCII letters to upper case",
      .unary(StringFunctions.upperAscii)),
    Builtin(
      "trim", .member, [.string], .string, "without leading and trailing white space",
      .unary(StringFunctions.trim)),
    Builtin(
      "indexOf", .member, [.string, .string], .int,
      "code-point index of the first occurrence, or -1", .binary(StringExtensions.indexOf)),
    Builtin(
      "lastIndexOf", .member, [.string, .string], .int,
      "code-point index of the last occurrence, or -1", .binary(StringExtensions.lastIndexOf)),
    Builtin(
      "substring", .member, [.string, .int], .string, "the code points from start to the end",
      .binary(StringExtensions.substringFrom)),
    Builtin(
      "substring", .member, [.string, .int, .int], .string, "the code points start ..< end",
      .ternary(StringExtensions.substringRange)),
    Builtin(
      "replace", .member, [.string, .string, .string], .string, "every occurrence replaced",
      .ternary(StringExtensions.replace)),
    Builtin(
      "split", .member, [.string, .string], .list(.string), "parts between separators",
      .binary(StringFunctions.split)),
    Builtin(
      "join", .member, [.list(.string)], .string, "elements concatenated",
      .unary(StringFunctions.join)),
    Builtin(
      "join", .member, [.list(.string), .string], .string, "elements joined by a separator",
      .binary(StringFunctions.join)),
    Builtin(
      "distinct", .member, [.list(.string)], .list(.string),
      "the strings without repeats, in first-seen order", .unary(StringFunctions.distinct)),
    Builtin("int", .global, [.int], .int, "identity", .unary(Conversions.int)),
    Builtin(
      "int", .global, [.double], .int, "truncated toward zero; out of range is an error",
      .unary(Conversions.int)),
    Builtin("int", .global, [.string], .int, "parsed decimal integer", .unary(Conversions.int)),
    Builtin("double", .global, [.double], .double, "identity", .unary(Conversions.double)),
    Builtin("double", .global, [.int], .double, "nearest double", .unary(Conversions.double)),
    Builtin("double", .global, [.string], .double, "parsed number", .unary(Conversions.double)),
    Builtin(
      "string", .global, [.dyn], .string, "text form of a scalar; a date's original text",
      .unary(Conversions.string)),
    Builtin("type", .global, [.dyn], .type, "the value's type", .unary(Conversions.type)),
  ]

  private static let planFunctions: [Builtin] = [
    Builtin(
      "date", .global, [.string], .date, "the day YYYY-MM-DD as a plan date", .unary(Dates.date)),
    Builtin("date", .global, [.date], .date, "identity", .unary(Dates.date)),
    Builtin("days", .global, [.int], .duration, "a duration of n days", .unary(Dates.days)),
    Builtin(
      "months", .global, [.int], .duration, "a duration of n calendar months", .unary(Dates.months)),
    Builtin(
      "daysBetween", .global, [.date, .date], .int,
      "days from a's earliest day to b's; undated is an error", .binary(Dates.daysBetween)),
    Builtin(
      "workingDaysBetween", .global, [.date, .date], .int,
      "working days after a up to b (England and Wales)", .binary(Dates.workingDaysBetween)),
    Builtin(
      "addWorkingDays", .global, [.date, .int], .date,
      "the day n working days after d's earliest day", .binary(Dates.addWorkingDays)),
    Builtin(
      "actionsWithRef", .global, [.string], .list(.entity(.action)),
      "actions of the current plan with this ref (indexed)", readsPlan: true,
      .unary(PlanLookups.actionsWithRef)),
    Builtin(
      "actionsLedBy", .global, [.string], .list(.entity(.action)),
      "actions of the current plan with this lead, ignoring case and spacing (indexed)",
      readsPlan: true, .unary(PlanLookups.actionsLedBy)),
    Builtin(
      "themeByRef", .global, [.string], .entity(.theme),
      "the theme (section) with this ref, or null (indexed)", readsPlan: true,
      .unary(PlanLookups.themeByRef)),
    Builtin(
      "recommendationById", .global, [.string], .entity(.recommendation),
      "the recommendation with this id, or null (indexed)", readsPlan: true,
      .unary(PlanLookups.recommendationById)),
  ]

  private static func matches(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError)
    -> Value
  {
    let (subject, pattern) = try StringFunctions.strings("matches", a, b)
    try ctx.step()
    return .bool(try RegexPattern.compiled(pattern).matches(subject))
  }
}
