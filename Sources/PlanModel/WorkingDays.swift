/// Working days for statutory deadlines: weekdays that are not England and Wales bank holidays.
///
/// STUB: weekends only; the bank-holiday table lands with issue 2 (dates).
package enum WorkingDays {
  /// Whether `day` is a working day.
  package static func isWorkingDay(_ day: Day) -> Bool { !day.isWeekend }

  /// Working days after `start` up to and including `end` (negative when `end` is earlier).
  package static func between(_ start: Day, _ end: Day) -> Int {
    if end < start { return -between(end, start) }
    var count = 0
    var day = start
    while day < end {
      day = day.adding(days: 1)
      if isWorkingDay(day) { count += 1 }
    }
    return count
  }

  /// The day `count` working days after `day` (before, for negative counts).
  package static func add(_ count: Int, to day: Day) -> Day {
    var remaining = abs(count)
    let step = count < 0 ? -1 : 1
    var current = day
    while remaining > 0 {
      current = current.adding(days: step)
      if isWorkingDay(current) { remaining -= 1 }
    }
    return current
  }
}
