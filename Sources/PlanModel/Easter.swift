/// Easter Sunday in the Gregorian calendar, which both school terms and bank holidays hang on.
package enum Easter {
  /// Easter Sunday of `year` by the anonymous Gregorian computus (Meeus/Jones/Butcher);
  /// nil outside the years a `Day` can hold.
  package static func sunday(in year: Int) -> Day? {
    guard (1...9999).contains(year) else { return nil }
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return Day(year: year, month: month, day: day)
  }

  /// Good Friday, two days before Easter Sunday.
  package static func goodFriday(in year: Int) -> Day? { sunday(in: year)?.adding(days: -2) }

  /// Easter Monday, the day after Easter Sunday.
  package static func monday(in year: Int) -> Day? { sunday(in: year)?.adding(days: 1) }
}
