/// A calendar day in the proleptic Gregorian calendar, stored as days since 1970-01-01.
///
/// Plain integer arithmetic keeps date comparisons and differences cheap on hot paths;
/// conversions to and from year, month and day use Howard Hinnant's civil-date algorithms.
package struct Day: Sendable, Hashable, Comparable, Codable {
  package var ordinal: Int

  package init(ordinal: Int) { self.ordinal = ordinal }

  /// Returns nil when the components do not name a real day (e.g. 31/13/2023, 29/02/2023).
  package init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), (1...9999).contains(year),
      day >= 1, day <= Day.daysIn(month: month, year: year)
    else { return nil }
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    ordinal = era * 146_097 + doe - 719_468
  }

  /// Parses `YYYY-MM-DD` exactly.
  package init?(iso text: some StringProtocol) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let byte = bytes[index]
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  package var components: (year: Int, month: Int, day: Int) {
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  package var year: Int { components.year }
  package var month: Int { components.month }
  package var day: Int { components.day }

  /// ISO weekday: 1 = Monday ... 7 = Sunday.
  package var weekday: Int {
    let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday
    return (w < 0 ? w + 7 : w) + 1
  }

  package var isWeekend: Bool { weekday >= 6 }

  package func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

  /// Adds calendar months, clamping the day to the end of the target month (31 Jan + 1 month = 28/29 Feb).
  package func adding(months: Int) -> Day {
    let (y, m, d) = components
    let total = y * 12 + (m - 1) + months
    let ny = total >= 0 ? total / 12 : (total - 11) / 12
    let nm = total - ny * 12 + 1
    let clampedYear = min(max(ny, 1), 9999)
    let nd = min(d, Day.daysIn(month: nm, year: clampedYear))
    return Day(year: clampedYear, month: nm, day: nd) ?? self
  }

  /// The last day of this day's month.
  package var endOfMonth: Day {
    let (y, m, _) = components
    return Day(year: y, month: m, day: Day.daysIn(month: m, year: y)) ?? self
  }

  package static func days(from start: Day, to end: Day) -> Int { end.ordinal - start.ordinal }

  package static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  package static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  package static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// `YYYY-MM-DD`.
  package var iso: String {
    let (y, m, d) = components
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
  }

  package init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let day = Day(iso: text) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM-DD, got '\(text)'"))
    }
    self = day
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}

extension Day: CustomStringConvertible {
  package var description: String { iso }
}
