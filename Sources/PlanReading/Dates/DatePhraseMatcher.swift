import PlanModel

/// Recognises one date phrase starting at a token ("31st Oct 2023", "Spring Term 2019",
/// "Q3 2023/24", "w/c 4 March 2019", "6 Months", "Quarterly", "To be confirmed").
///
/// Each phrase has a small grammar read straight off the tokens; words the grammars do not use
/// are filler, which is how "Plan In Place By January 2019" reads as January 2019.
struct DatePhraseMatcher {
  let tokens: [DateToken]
  let order: DateOrder
  let excelSerials: Bool

  /// The phrase starting at token `index`, if one does.
  func piece(at index: Int) -> DatePiece? {
    guard let token = token(index) else { return nil }
    switch token.kind {
    case .number: return numberLed(at: index)
    case .word(let word): return wordLed(word, at: index)
    case .mark, .other: return nil
    }
  }

  func token(_ index: Int) -> DateToken? {
    index >= 0 && index < tokens.count ? tokens[index] : nil
  }

  func word(_ index: Int) -> DateWord? { token(index)?.word }

  /// The index after an optional mark (one of `marks`) at `index`.
  func skipping(_ marks: String, at index: Int) -> Int {
    guard let token = token(index), case .mark(let byte) = token.kind, marks.utf8.contains(byte)
    else { return index }
    return index + 1
  }

  private func wordLed(_ word: DateWord, at index: Int) -> DatePiece? {
    switch word {
    case .month(let month): return monthLed(month, at: index)
    case .season(let season): return seasonLed(season, at: index)
    case .recurring: return .keyword(.recurring, index..<index + 1)
    case .ongoing: return .keyword(.ongoing, index..<index + 1)
    case .tbc: return .keyword(.tbc, index..<index + 1)
    case .on: return onGoing(at: index)
    case .business: return businessAsUsual(at: index)
    case .to: return toBeConfirmed(at: index)
    case .every: return every(at: index)
    case .q, .quarter: return quarterLed(at: index)
    case .fy, .financial, .academic, .school: return fiscalLed(word, at: index)
    case .w, .wc, .wb, .we, .unit(.weeks): return weekLed(at: index)
    case .early: return third(0, at: index)
    case .mid: return third(1, at: index)
    case .late: return third(2, at: index)
    case .number(let amount): return relative(amount, at: index)
    default: return nil
    }
  }

  /// "On-going", "On going".
  private func onGoing(at index: Int) -> DatePiece? {
    let next = skipping("-", at: index + 1)
    guard word(next) == .going else { return nil }
    return .keyword(.ongoing, index..<next + 1)
  }

  /// "Business as usual".
  private func businessAsUsual(at index: Int) -> DatePiece? {
    guard word(index + 1) == .other, word(index + 2) == .usual else { return nil }
    return .keyword(.ongoing, index..<index + 3)
  }

  /// "To be confirmed", "to be agreed", ...
  private func toBeConfirmed(at index: Int) -> DatePiece? {
    guard word(index + 1) == .be, word(index + 2) == .tbcVerb else { return nil }
    return .keyword(.tbc, index..<index + 3)
  }

  /// "Every 6 weeks", "every month", "every term".
  private func every(at index: Int) -> DatePiece? {
    var next = index + 1
    if token(next)?.kind == .number { next += 1 }
    if case .number? = word(next) { next += 1 }
    switch word(next) {
    case .unit?, .term?, .quarter?: return .keyword(.recurring, index..<next + 1)
    default: return nil
    }
  }

  /// "Early 2020", "Mid-2020", "Late 2020": thirds of the year.
  private func third(_ part: Int, at index: Int) -> DatePiece? {
    let next = skipping("-", at: index + 1)
    guard let year = standaloneYear(at: next) else { return nil }
    return DatePiece(.range, CalendarPeriods.third(part, of: year), tokens: index..<next + 1)
  }
}
