/// Working days for statutory deadlines (the 70 working days of a written statement of action):
/// weekdays that are not England and Wales bank holidays.
///
/// Counting is arithmetic on whole weeks plus a binary search of the holiday table, so a span of
/// years costs the same as a span of days.
package enum WorkingDays {
  /// Spans are clamped to this many days either side of 1970 (about 27 000 years), far beyond any
  /// real date, so no input can overflow the arithmetic.
  private static let limit = 10_000_000

  /// Whether `day` is a working day.
  package static func isWorkingDay(_ day: Day) -> Bool {
    !day.isWeekend && !BankHolidays.contains(day)
  }

  /// Working days after `start` up to and including `end` (negative when `end` is earlier).
  package static func between(_ start: Day, _ end: Day) -> Int {
    if end < start { return -between(end, start) }
    return count(from: start.ordinal + 1, upTo: end.ordinal + 1)
  }

  /// The day `count` working days after `day` (before, for negative counts); `day` itself
  /// need not be a working day. Counts are clamped to about ten thousand years.
  package static func add(_ count: Int, to day: Day) -> Day {
    let n = min(max(count, -3_000_000), 3_000_000)
    if n == 0 { return day }
    let start = clamp(day.ordinal)
    // Five working days take at most seven calendar days; holidays add at most ~10 a year.
    let reach = n.magnitude * 7 / 5 + n.magnitude / 20 + 14
    if n > 0 {
      // The first day whose count after `start` reaches n.
      var low = start + 1
      var high = start + Int(reach)
      while low < high {
        let mid = low + (high - low) / 2
        if self.count(from: start + 1, upTo: mid + 1) >= n { high = mid } else { low = mid + 1 }
      }
      return Day(ordinal: low)
    }
    // The last day whose count up to (not including) `start` reaches |n|.
    var low = start - Int(reach)
    var high = start - 1
    while low < high {
      let mid = high - (high - low) / 2
      if self.count(from: mid, upTo: start) >= -n { low = mid } else { high = mid - 1 }
    }
    return Day(ordinal: high)
  }

  /// Working days among ordinals `first..<end`.
  private static func count(from first: Int, upTo end: Int) -> Int {
    let (a, b) = (clamp(first), clamp(end))
    guard a < b else { return 0 }
    return weekdays(before: b) - weekdays(before: a) - BankHolidays.count(from: a, upTo: b)
  }

  /// Weekdays among ordinals from a fixed Monday up to (not including) `ordinal`; only
  /// differences of this are meaningful.
  private static func weekdays(before ordinal: Int) -> Int {
    let x = ordinal + 3  // 1970-01-01 was a Thursday: x is a multiple of 7 on Mondays
    let weeks = x >= 0 ? x / 7 : (x - 6) / 7
    let rest = x - weeks * 7
    return weeks * 5 + min(rest, 5)
  }

  private static func clamp(_ ordinal: Int) -> Int { min(max(ordinal, -limit), limit) }
}
