extension BankHolidays {
  /// The standing England and Wales bank holidays of `year` by rule, with substitute days for
  /// New Year, Christmas and Boxing Day falling at a weekend: what a year outside the table is
  /// assumed to have (no one-off or moved holidays can be known in advance).
  package static func standard(in year: Int) -> [Day] {
    guard (1...9999).contains(year) else { return [] }
    var days: [Day] = []
    if let newYear = Day(year: year, month: 1, day: 1) { days.append(nextWeekday(newYear)) }
    if let friday = Easter.goodFriday(in: year) { days.append(friday) }
    if let monday = Easter.monday(in: year) { days.append(monday) }
    if let early = firstMonday(year: year, month: 5) { days.append(early) }
    if let spring = lastMonday(year: year, month: 5) { days.append(spring) }
    if let summer = lastMonday(year: year, month: 8) { days.append(summer) }
    days += christmas(in: year)
    return days.sorted()
  }

  /// Christmas Day and Boxing Day, each moved to the next free weekday when at a weekend.
  private static func christmas(in year: Int) -> [Day] {
    guard let christmas = Day(year: year, month: 12, day: 25) else { return [] }
    let boxing = christmas.adding(days: 1)
    switch christmas.weekday {
    case 5: return [christmas, boxing.adding(days: 2)]  // Friday: Boxing Day on Monday 28th
    case 6: return [christmas.adding(days: 2), christmas.adding(days: 3)]  // Saturday: 27th, 28th
    case 7: return [boxing, boxing.adding(days: 1)]  // Sunday: 26th, and 27th for Christmas
    default: return [christmas, boxing]
    }
  }

  private static func nextWeekday(_ day: Day) -> Day {
    day.isWeekend ? day.adding(days: 8 - day.weekday) : day
  }

  private static func firstMonday(year: Int, month: Int) -> Day? {
    guard let first = Day(year: year, month: month, day: 1) else { return nil }
    return first.adding(days: (8 - first.weekday) % 7)
  }

  private static func lastMonday(year: Int, month: Int) -> Day? {
    guard let first = Day(year: year, month: month, day: 1) else { return nil }
    let last = first.endOfMonth
    return last.adding(days: -((last.weekday + 6) % 7))
  }
}
