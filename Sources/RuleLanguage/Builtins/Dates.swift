import PlanModel

/// The plan-date extensions: `date()`, durations, day differences and working days.
///
/// Undated plan dates (TBC, ongoing, missing…) are forgiving where a definite answer exists
/// (comparisons are false; date ± duration stays undated) and an error where a number is
/// asked for (`daysBetween`, `workingDaysBetween`, `addWorkingDays`, `.year`): rules guard
/// those with `has()`.
enum Dates {
  /// Largest duration accepted: about 10,000 years either way.
  static let maxDays = 3_650_000
  static let maxMonths = 120_000

  static func checked(months: Int, days: Int) throws(EvalError) -> DurationValue {
    guard abs(months) <= maxMonths, abs(days) <= maxDays else {
      throw EvalError("duration out of range")
    }
    return DurationValue(months: months, days: days)
  }

  /// Moves a date's range by a duration (months first, then days); undated stays undated.
  static func shift(_ date: DateValue, by duration: DurationValue, sign: Int) throws(EvalError)
    -> DateValue
  {
    guard let earliest = date.earliest, let latest = date.latest else { return date }
    func move(_ day: Day) -> Day {
      day.adding(months: sign * duration.months).adding(days: sign * duration.days)
    }
    let (e, l) = (move(earliest), move(latest))
    guard (1...9999).contains(e.year), (1...9999).contains(l.year) else {
      throw EvalError("date out of range")
    }
    return DateValue(earliest: e, latest: l)
  }

  /// The earliest day of a date, or an error naming the undated text.
  static func day(_ date: DateValue, _ function: String) throws(EvalError) -> Day {
    guard let day = date.earliest else {
      let text = date.text.isEmpty ? date.kind.rawValue : date.text
      throw EvalError("\(function): '\(text)' has no day; guard with has()")
    }
    return day
  }

  static func date(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    switch a {
    case .date: return a
    case .string(let text):
      guard let day = Day(iso: text) else {
        throw EvalError("date('\(text)'): expected a day as YYYY-MM-DD")
      }
      return .date(DateValue(day: day))
    default: throw .noOverload("date", a)
    }
  }

  static func days(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    guard case .int(let n) = a else { throw .noOverload("days", a) }
    return .duration(try checked(months: 0, days: n))
  }

  static func months(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    guard case .int(let n) = a else { throw .noOverload("months", a) }
    return .duration(try checked(months: n, days: 0))
  }

  static func daysBetween(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError)
    -> Value
  {
    guard case .date(let x) = a, case .date(let y) = b else {
      throw .noOverload("daysBetween", a, b)
    }
    return .int(Day.days(from: try day(x, "daysBetween"), to: try day(y, "daysBetween")))
  }

  static func workingDaysBetween(_ ctx: inout EvalContext, _ a: Value, _ b: Value)
    throws(EvalError) -> Value
  {
    guard case .date(let x) = a, case .date(let y) = b else {
      throw .noOverload("workingDaysBetween", a, b)
    }
    let (start, end) = (try day(x, "workingDaysBetween"), try day(y, "workingDaysBetween"))
    guard abs(end.ordinal - start.ordinal) <= maxDays else { throw EvalError("date out of range") }
    return .int(WorkingDays.between(start, end))
  }

  static func addWorkingDays(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError)
    -> Value
  {
    guard case .date(let x) = a, case .int(let n) = b else {
      throw .noOverload("addWorkingDays", a, b)
    }
    guard abs(n) <= maxDays / 2 else { throw EvalError("addWorkingDays: count out of range") }
    let result = WorkingDays.add(n, to: try day(x, "addWorkingDays"))
    guard (1...9999).contains(result.year) else { throw EvalError("date out of range") }
    return .date(DateValue(day: result))
  }

  /// `.kind`, `.text`, `.earliest`, … of a date; `.days`, `.months` of a duration.
  static func field(_ field: ValueField, of value: Value) throws(EvalError) -> Value {
    switch (value, field) {
    case (.date(let d), .kind): return .string(d.kind.rawValue)
    case (.date(let d), .text): return .string(d.text)
    case (.date(let d), .earliest):
      return .date(d.earliest.map { DateValue(day: $0) } ?? DateValue(.missing))
    case (.date(let d), .latest):
      return .date(d.latest.map { DateValue(day: $0) } ?? DateValue(.missing))
    case (.date(let d), .year): return .int(try day(d, "year").year)
    case (.date(let d), .month): return .int(try day(d, "month").month)
    case (.date(let d), .day): return .int(try day(d, "day").day)
    case (.date(let d), .ambiguous): return .bool(d.ambiguous)
    case (.date(let d), .startOnly): return .bool(d.startOnly)
    case (.date(let d), .phrases): return .int(d.phrases)
    case (.duration(let d), .days): return .int(d.days)
    case (.duration(let d), .months): return .int(d.months)
    case (.null, _): throw EvalError("no field '\(field.rawValue)' on null")
    default: throw EvalError("no field '\(field.rawValue)' on \(value.typeName.name)")
    }
  }
}
