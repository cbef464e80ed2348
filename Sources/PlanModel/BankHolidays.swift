/// England and Wales bank holidays: a shipped table for the years plans are written in, and the
/// standing rules for any other year.
///
/// The table is the source of truth where it has a year, because one-off holidays (royal
/// occasions) and moved ones cannot be computed. To update it, add or edit the ISO dates of a
/// year below (as published on gov.uk/bank-holidays) and widen `tableYears`.
package enum BankHolidays {
  /// Years the table covers; other years use `standard(in:)`.
  package static let tableYears = 2010...2030

  /// Every England and Wales bank holiday of `tableYears`, substitute days included.
  static let table: [String] = [
    // 2010
    "2010-01-01", "2010-04-02", "2010-04-05", "2010-05-03", "2010-05-31", "2010-08-30",
    "2010-12-27", "2010-12-28",
    // 2011: 2011-04-29 royal wedding
    "2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02", "2011-05-30",
    "2011-08-29", "2011-12-26", "2011-12-27",
    // 2012: 2012-06-04 spring (moved); 2012-06-05 diamond jubilee
    "2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05",
    "2012-08-27", "2012-12-25", "2012-12-26",
    // 2013
    "2013-01-01", "2013-03-29", "2013-04-01", "2013-05-06", "2013-05-27", "2013-08-26",
    "2013-12-25", "2013-12-26",
    // 2014
    "2014-01-01", "2014-04-18", "2014-04-21", "2014-05-05", "2014-05-26", "2014-08-25",
    "2014-12-25", "2014-12-26",
    // 2015
    "2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31",
    "2015-12-25", "2015-12-28",
    // 2016
    "2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29",
    "2016-12-26", "2016-12-27",
    // 2017
    "2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28",
    "2017-12-25", "2017-12-26",
    // 2018
    "2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27",
    "2018-12-25", "2018-12-26",
    // 2019
    "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26",
    "2019-12-25", "2019-12-26",
    // 2020: 2020-05-08 ve day (early may moved)
    "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31",
    "2020-12-25", "2020-12-28",
    // 2021
    "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30",
    "2021-12-27", "2021-12-28",
    // 2022: 2022-06-02 spring (moved); 2022-06-03 platinum jubilee; 2022-09-19 state funeral
    "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
    "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27",
    // 2023: 2023-05-08 coronation
    "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
    "2023-08-28", "2023-12-25", "2023-12-26",
    // 2024
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
    "2024-12-25", "2024-12-26",
    // 2025
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
    "2025-12-25", "2025-12-26",
    // 2026
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
    "2026-12-25", "2026-12-28",
    // 2027
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
    "2027-12-27", "2027-12-28",
    // 2028
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28",
    "2028-12-25", "2028-12-26",
    // 2029
    "2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27",
    "2029-12-25", "2029-12-26",
    // 2030
    "2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26",
    "2030-12-25", "2030-12-26",
  ]

  /// Years precomputed into `known` around the table, so the usual lookups are binary searches.
  private static let knownYears = 1900...2199

  /// Sorted ordinals of every holiday in `knownYears` (table years from the table).
  private static let known: [Int] = knownYears.flatMap { holidaysUncached(in: $0) }.map(\.ordinal)

  /// Whether `day` is an England and Wales bank holiday.
  package static func contains(_ day: Day) -> Bool {
    let year = day.year
    if knownYears.contains(year) {
      let index = lowerBound(day.ordinal)
      return index < known.count && known[index] == day.ordinal
    }
    return holidaysUncached(in: year).contains(day)
  }

  /// The bank holidays of `year`, in order (every one falls on a weekday).
  package static func holidays(in year: Int) -> [Day] {
    if knownYears.contains(year) {
      guard let first = Day(year: year, month: 1, day: 1) else { return [] }
      let start = lowerBound(first.ordinal)
      let end = lowerBound(first.ordinal + (Day.isLeap(year) ? 366 : 365))
      return known[start..<end].map { Day(ordinal: $0) }
    }
    return holidaysUncached(in: year)
  }

  /// How many bank holidays fall in `first..<end` (ordinals, half-open).
  package static func count(from first: Int, upTo end: Int) -> Int {
    guard first < end else { return 0 }
    let firstYear = Day(ordinal: first).year
    let lastYear = Day(ordinal: end - 1).year
    if knownYears.contains(firstYear), knownYears.contains(lastYear) {
      return lowerBound(end) - lowerBound(first)
    }
    // Far from today: count year by year, only for years a Day can name.
    let years = (max(firstYear, 1), min(lastYear, 9999))
    guard years.0 <= years.1 else { return 0 }
    var total = 0
    for year in years.0...years.1 {
      total += holidays(in: year).count { $0.ordinal >= first && $0.ordinal < end }
    }
    return total
  }

  /// The first index in `known` whose ordinal is not less than `ordinal`.
  private static func lowerBound(_ ordinal: Int) -> Int {
    var low = 0
    var high = known.count
    while low < high {
      let mid = (low + high) / 2
      if known[mid] < ordinal { low = mid + 1 } else { high = mid }
    }
    return low
  }

  private static func holidaysUncached(in year: Int) -> [Day] {
    guard tableYears.contains(year) else { return standard(in: year) }
    let prefix = String(year) + "-"
    return table.lazy.filter { $0.hasPrefix(prefix) }.compactMap { Day(iso: $0) }.sorted()
  }
}
