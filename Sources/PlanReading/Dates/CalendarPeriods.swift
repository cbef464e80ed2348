import PlanModel

/// The periods English public-sector plans count in, as first and last day.
enum CalendarPeriods {
  typealias Period = (Day, Day)

  static func month(_ month: Int, of year: Int) -> Period? {
    guard let first = Day(year: year, month: month, day: 1) else { return nil }
    return (first, first.endOfMonth)
  }

  static func year(_ year: Int) -> Period? {
    guard let first = Day(year: year, month: 1, day: 1),
      let last = Day(year: year, month: 12, day: 31)
    else { return nil }
    return (first, last)
  }

  /// Several whole calendar months, `first` and `last` counted from January of `year`
  /// (so 13 is January of the next year).
  static func months(_ first: Int, through last: Int, of year: Int) -> Period? {
    guard let start = month((first - 1) % 12 + 1, of: year + (first - 1) / 12),
      let end = month((last - 1) % 12 + 1, of: year + (last - 1) / 12)
    else { return nil }
    return (start.0, end.1)
  }

  /// The UK financial year starting 1 April of `startYear`.
  static func financialYear(_ startYear: Int) -> Period? { months(4, through: 15, of: startYear) }

  /// The academic year starting 1 September of `startYear`.
  static func academicYear(_ startYear: Int) -> Period? { months(9, through: 20, of: startYear) }

  /// Quarter 1...4 of the financial year starting in `startYear` (Q1 April to June).
  static func quarter(_ quarter: Int, ofFinancialYear startYear: Int) -> Period? {
    guard (1...4).contains(quarter) else { return nil }
    let first = 4 + (quarter - 1) * 3
    return months(first, through: first + 2, of: startYear)
  }

  /// An English school term: autumn September to December, spring January to the day before
  /// Easter Sunday, summer Easter Monday to July (the Easter holidays fall between).
  static func term(_ season: DateWord.Season, of year: Int) -> Period? {
    switch season {
    case .autumn:
      return months(9, through: 12, of: year)
    case .spring:
      guard let first = Day(year: year, month: 1, day: 1), let easter = Easter.sunday(in: year)
      else { return nil }
      return (first, easter.adding(days: -1))
    case .summer:
      guard let monday = Easter.monday(in: year), let last = Day(year: year, month: 7, day: 31)
      else { return nil }
      return (monday, last)
    }
  }

  /// "Early", "mid" or "late" in a year: January to April, May to August, September to December.
  static func third(_ index: Int, of year: Int) -> Period? {
    months(1 + index * 4, through: 4 + index * 4, of: year)
  }
}
