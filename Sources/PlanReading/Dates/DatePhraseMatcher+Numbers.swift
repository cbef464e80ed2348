import PlanModel

/// Phrases that start with a number: numeric dates ("31/10/23", "2023-10-31", "03/2019",
/// "2023/24", "2018-2020"), "31st Oct 2023", "1-Oct-23" and offsets ("6 Months").
extension DatePhraseMatcher {
  func numberLed(at index: Int) -> DatePiece? {
    let count = clusterCount(at: index)
    let gluedToWord = index > 0 && !tokens[index].spaced && word(index - 1) != nil
    if count > 1 {
      // A run of numbers is one thing: read it whole, or not at all ("0/1/09/23").
      let span = index..<index + 2 * count - 1
      guard !gluedToWord else { return .invalid(span) }
      return numericDate(at: index, count: count) ?? .invalid(span)
    }
    guard !gluedToWord else { return nil }
    if let piece = dayMonthYear(at: index) { return piece }
    if tokens[index].digits <= 3, let piece = relative(tokens[index].value, at: index) {
      return piece
    }
    return singleNumber(at: index)
  }

  /// How many numbers make the run starting at `index`, like the three of `31/10/2023` (marks
  /// `/ - .` between, no spaces); number k of the run is token `index + 2 * k`. Capped at 8.
  func clusterCount(at index: Int) -> Int {
    var count = 1
    var next = index + 1
    while count < 8, let mark = token(next), case .mark(let byte) = mark.kind, !mark.spaced,
      byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "."),
      let number = token(next + 1), number.kind == .number, !number.spaced
    {
      count += 1
      next += 2
    }
    return count
  }

  /// "6 Months", "3months", "six months", "within 6 weeks" (the offset alone; "within" is
  /// filler).
  func relative(_ amount: Int, at index: Int) -> DatePiece? {
    guard !(token(index)?.ordinal ?? false) else { return nil }
    let next = skipping("-", at: index + 1)
    guard case .unit(let unit)? = word(next) else { return nil }
    let offsetUnit: PlanDate.Offset.Unit =
      switch unit {
      case .days: .days
      case .weeks: .weeks
      case .months: .months
      case .years: .years
      }
    return .relative(PlanDate.Offset(amount: amount, unit: offsetUnit), index..<next + 1)
  }

  /// "31 October 2023", "31st Oct 2023", "1-Oct-23", "4 Mar. 19".
  private func dayMonthYear(at index: Int) -> DatePiece? {
    let day = tokens[index]
    guard day.digits <= 2 else { return nil }
    let monthIndex = skipping("-/.", at: index + 1)
    guard let monthToken = token(monthIndex), let month = monthToken.month,
      monthIndex == index + 1 || !(tokens[index + 1].spaced || monthToken.spaced)
    else { return nil }
    let yearIndex = skipping(",-./'", at: monthIndex + 1)
    guard let yearToken = token(yearIndex), let year = yearToken.year,
      clusterCount(at: yearIndex) == 1
    else { return nil }
    let span = index..<yearIndex + 1
    guard let value = Day(year: year, month: month, day: day.value) else { return .invalid(span) }
    return DatePiece(.day, (value, value), tokens: span)
  }

  /// A lone number: a calendar year (1900-2099), or an Excel serial when allowed.
  private func singleNumber(at index: Int) -> DatePiece? {
    let token = tokens[index]
    guard !token.ordinal else { return nil }
    if token.digits == 4, (1900...2099).contains(token.value) {
      return DatePiece(.year, CalendarPeriods.year(token.value), tokens: index..<index + 1)
    }
    if excelSerials, token.digits == 5, (20000...80000).contains(token.value),
      let day = PlanDateParser.day(excelSerial: token.value)
    {
      return DatePiece(.day, (day, day), tokens: index..<index + 1)
    }
    return nil
  }

  /// Reads a run of two or three numbers; nil when it is not a date.
  private func numericDate(at index: Int, count: Int) -> DatePiece? {
    let span = index..<index + 2 * count - 1
    let (a, b, mark) = (tokens[index], tokens[index + 2], tokens[index + 1].kind)
    guard !a.ordinal, !b.ordinal else { return nil }
    if count == 2 {
      return yearOrMonth(a, b, dash: mark == .mark(UInt8(ascii: "-")), span)
    }
    guard count == 3 else { return nil }
    let c = tokens[index + 4]
    guard !c.ordinal, tokens[index + 3].kind == mark else { return nil }
    if a.digits == 4, b.digits <= 2, c.digits <= 2 {
      guard let day = Day(year: a.value, month: b.value, day: c.value) else { return nil }
      return DatePiece(.day, (day, day), tokens: span)
    }
    guard a.digits <= 2, b.digits <= 2, let year = c.year else { return nil }
    let (day, month) = order == .mdy ? (b.value, a.value) : (a.value, b.value)
    guard let value = Day(year: year, month: month, day: day) else { return nil }
    let ambiguous = a.value <= 12 && b.value <= 12 && a.value != b.value
    return DatePiece(.day, (value, value), tokens: span, ambiguous: ambiguous)
  }

  /// "2023/24", "2023-2024" (financial years), "2018-2020" (calendar years), "03/2019" (month).
  private func yearOrMonth(
    _ a: DateToken, _ b: DateToken, dash: Bool, _ span: Range<Int>
  ) -> DatePiece? {
    if a.digits <= 2, b.digits == 4 {
      return CalendarPeriods.month(a.value, of: b.value).map { DatePiece(.month, $0, tokens: span) }
    }
    guard a.digits == 4, b.digits == 2 || b.digits == 4 else { return nil }
    let second = Self.secondYear(after: a.value, b)
    if second == a.value + 1 {
      return DatePiece(.year, CalendarPeriods.financialYear(a.value), tokens: span)
    }
    guard dash, second > a.value, let first = CalendarPeriods.year(a.value),
      let last = CalendarPeriods.year(second)
    else { return nil }
    return DatePiece(.range, (first.0, last.1), tokens: span)
  }

  /// A year pair such as `2023/24`, `2023-2024` or (when `short`) `23/24`, starting at `index`:
  /// its first year and the index after it.
  func yearPair(at index: Int, short: Bool) -> (year: Int, end: Int)? {
    guard clusterCount(at: index) == 2 else { return nil }
    let (a, b) = (tokens[index], tokens[index + 2])
    let first: Int
    if a.digits == 4 {
      first = a.value
    } else if short, a.digits == 2, let year = a.year {
      first = year
    } else {
      return nil
    }
    guard b.digits == 2 || b.digits == 4, Self.secondYear(after: first, b) == first + 1 else {
      return nil
    }
    return (first, index + 3)
  }

  /// The full year of the second half of a pair: `24` after 2023 is 2024, `00` after 1999 is 2000.
  private static func secondYear(after first: Int, _ token: DateToken) -> Int {
    guard token.digits == 2 else { return token.value }
    if (first + 1) % 100 == token.value { return first + 1 }
    return first - first % 100 + token.value
  }

  /// A four-digit year (1000 on) at `index` that is not part of a longer run of numbers.
  func standaloneYear(at index: Int) -> Int? {
    guard let token = token(index), token.kind == .number, token.digits == 4, !token.ordinal,
      token.value >= 1000, clusterCount(at: index) == 1
    else { return nil }
    return token.value
  }
}
