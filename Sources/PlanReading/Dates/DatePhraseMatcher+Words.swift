import PlanModel

/// Phrases that start with a word: months ("March 2019", "Mar-19", "October 31, 2023"),
/// school terms, quarters, financial and academic years, and weeks.
extension DatePhraseMatcher {
  /// "March 2019", "Mar-19", "Sept 2023", "Feb. 22", "October 31, 2023", or a bare "April".
  func monthLed(_ month: Int, at index: Int) -> DatePiece? {
    let next = skipping(".-'/,", at: index + 1)
    guard let number = token(next), number.kind == .number, clusterCount(at: next) == 1 else {
      return .bare(month: month, index..<index + 1)
    }
    if number.digits <= 2, let piece = monthDayYear(month, day: number, at: next, from: index) {
      return piece
    }
    guard !number.ordinal, let year = number.year else {
      return .bare(month: month, index..<index + 1)
    }
    return DatePiece(.month, CalendarPeriods.month(month, of: year), tokens: index..<next + 1)
  }

  /// "October 31, 2023", "October 31st 2023", "Oct 31 2023" (US order, written out).
  private func monthDayYear(
    _ month: Int, day: DateToken, at dayIndex: Int, from index: Int
  ) -> DatePiece? {
    let yearIndex = skipping(",", at: dayIndex + 1)
    guard let year = standaloneYear(at: yearIndex),
      day.ordinal || yearIndex > dayIndex + 1 || token(yearIndex)?.spaced == true
    else { return nil }
    let span = index..<yearIndex + 1
    guard let value = Day(year: year, month: month, day: day.value) else { return .invalid(span) }
    return DatePiece(.day, (value, value), tokens: span)
  }

  /// "Spring Term 2019", "Summer 2020", "Autumn term 2019/20" (the academic year's term).
  func seasonLed(_ season: DateWord.Season, at index: Int) -> DatePiece? {
    let next = word(index + 1) == .term ? index + 2 : index + 1
    if let pair = yearPair(at: next, short: true) {
      let year = season == .autumn ? pair.year : pair.year + 1
      return DatePiece(.term, CalendarPeriods.term(season, of: year), tokens: index..<pair.end)
    }
    guard let year = standaloneYear(at: next) else { return nil }
    return DatePiece(.term, CalendarPeriods.term(season, of: year), tokens: index..<next + 1)
  }

  /// "Q3 2023/24", "Quarter 2 2019/20", "Q1 2024" (financial quarters; a lone year is the
  /// financial year starting in it, so "Q1 2024" is April to June 2024).
  func quarterLed(at index: Int) -> DatePiece? {
    let numberIndex = skipping("-", at: index + 1)
    guard let number = token(numberIndex), number.kind == .number, number.digits == 1,
      (1...4).contains(number.value)
    else { return nil }
    var next = skipping("-,:/", at: numberIndex + 1)
    if word(next) == .fy { next += 1 }
    let start: Int
    if let pair = yearPair(at: next, short: true) {
      (start, next) = (pair.year, pair.end)
    } else if let year = standaloneYear(at: next) {
      (start, next) = (year, next + 1)
    } else {
      return nil
    }
    let period = CalendarPeriods.quarter(number.value, ofFinancialYear: start)
    return DatePiece(.quarter, period, tokens: index..<next)
  }

  /// "FY 2023/24", "FY23/24", "financial year 2024/25", "academic year 2018/19",
  /// "school year 2019-20".
  func fiscalLed(_ word: DateWord, at index: Int) -> DatePiece? {
    var next = index + 1
    if case .unit(.years)? = self.word(next) {
      next += 1
    } else if word == .school || word == .financial {
      return nil
    }
    next = skipping(":", at: next)
    guard let pair = yearPair(at: next, short: true) else { return nil }
    let period =
      word == .academic || word == .school
      ? CalendarPeriods.academicYear(pair.year) : CalendarPeriods.financialYear(pair.year)
    return DatePiece(.year, period, tokens: index..<pair.end)
  }

  /// "w/c 4 March 2019", "W/C 04/03/2019", "week commencing ...", "w/b ...", "w/e ..."
  /// (week ending): the seven days from (or to) that day.
  func weekLed(at index: Int) -> DatePiece? {
    guard let (ending, after) = weekMarker(at: index) else { return nil }
    var next = skipping(":-", at: after)
    if word(next) == .on { next += 1 }
    guard let piece = piece(at: next), piece.kind == .day || !piece.isValid else { return nil }
    guard piece.isValid, let day = piece.earliest else {
      return .invalid(index..<piece.tokens.upperBound)
    }
    let week = ending ? (day.adding(days: -6), day) : (day, day.adding(days: 6))
    return DatePiece(
      .week, week, tokens: index..<piece.tokens.upperBound, ambiguous: piece.ambiguous)
  }

  /// Whether the week is named by its last day, and the index after the marker.
  private func weekMarker(at index: Int) -> (ending: Bool, after: Int)? {
    switch word(index) {
    case .wc?, .wb?: return (false, skipping(".", at: index + 1))
    case .we?: return (true, skipping(".", at: index + 1))
    case .unit(.weeks)?:
      if word(index + 1) == .commencing { return (false, index + 2) }
      if word(index + 1) == .ending { return (true, index + 2) }
      return nil
    case .w?:
      let letter = skipping("/.", at: index + 1)
      guard letter > index + 1 else { return nil }
      switch word(letter) {
      case .c?, .b?: return (false, skipping(".", at: letter + 1))
      case .e?: return (true, skipping(".", at: letter + 1))
      default: return nil
      }
    default: return nil
    }
  }
}
