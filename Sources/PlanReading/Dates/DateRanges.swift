import PlanModel

/// Finds every date phrase in a text, joins "X - Y" and "X to Y" into ranges, and picks the
/// phrase that stands for the whole text: the last one named.
struct DateRanges {
  let matcher: DatePhraseMatcher

  /// What the whole text says: the phrase standing for it, how many phrases name different
  /// times (ranges and restatements counted once), and whether the text names only a
  /// beginning.
  struct Reading {
    var piece: DatePiece
    var phrases: Int
    var startOnly: Bool
  }

  func reading() -> Reading? {
    let pieces = self.pieces()
    var index = 0
    var chosen: DatePiece?
    var joined = false
    var phrases = 0
    // The periods of the dated phrases counted so far; the first is kept apart so a text
    // with one date (nearly all of them) allocates nothing more.
    var firstPeriod: (Day, Day)?
    var periods: [(Day, Day)] = []
    var replaced: (piece: DatePiece, isRange: Bool)?
    while index < pieces.count {
      var piece = pieces[index]
      var isRange = false
      if index + 1 < pieces.count, connects(piece, pieces[index + 1]),
        let range = join(piece, pieces[index + 1])
      {
        piece = range
        isRange = true
        index += 1
      } else if let range = yearTail(piece) {
        piece = range
        isRange = true
      }
      if piece.isUsable, isSuperseded(piece) {
        if replaced == nil { replaced = (piece, isRange) }
      } else if piece.isUsable {
        chosen = piece
        joined = isRange
        // A phrase restating a time already named ("March 2021 (31/03/2021)") is no new one.
        if let first = piece.earliest, let last = piece.latest {
          let overlaps = { (period: (Day, Day)) in period.0 <= last && first <= period.1 }
          if let firstPeriod {
            if !overlaps(firstPeriod) && !periods.contains(where: overlaps) { phrases += 1 }
            periods.append((first, last))
          } else {
            firstPeriod = (first, last)
            phrases += 1
          }
        } else {
          phrases += 1
        }
      }
      index += 1
    }
    if chosen == nil, let replaced {
      (chosen, joined, phrases) = (replaced.piece, replaced.isRange, 1)
    }
    guard let chosen else { return nil }
    return Reading(
      piece: chosen, phrases: phrases, startOnly: !joined && chosen.isDated && namesStart(chosen))
  }

  /// "was 31/12/2020", "originally Dec 2020", "revised from 31/12/2020": a date the text says
  /// was replaced, which neither stands for the text nor counts as a phrase of its own.
  private func isSuperseded(_ piece: DatePiece) -> Bool {
    let before = piece.tokens.lowerBound - 1
    switch matcher.word(before) {
    case .was?: return true
    case .from?: return matcher.word(before - 1) == .revised
    default: return false
    }
  }

  /// "From June 2020", "Starting in September", "Commencing 1 April 2021", "April 2021
  /// onwards": a beginning word just before the phrase (perhaps with "in" between), or
  /// "onwards" just after it. A week commencing a day is a week, not a beginning: its
  /// "commencing" lies inside the phrase.
  private func namesStart(_ piece: DatePiece) -> Bool {
    var before = piece.tokens.lowerBound - 1
    if matcher.word(before) == .in { before -= 1 }
    switch matcher.word(before) {
    case .from?, .commencing?: return true
    default: return matcher.word(piece.tokens.upperBound) == .onwards
    }
  }

  /// Every phrase, left to right, none overlapping.
  private func pieces() -> [DatePiece] {
    var pieces: [DatePiece] = []
    var index = 0
    while index < matcher.tokens.count {
      if let piece = matcher.piece(at: index), piece.tokens.upperBound > index {
        pieces.append(piece)
        index = piece.tokens.upperBound
      } else {
        index += 1
      }
    }
    return pieces
  }

  /// Whether exactly one connector stands between two phrases: a dash, "to", "until", or the
  /// "and" of "between X and Y".
  private func connects(_ first: DatePiece, _ second: DatePiece) -> Bool {
    let gap = first.tokens.upperBound
    guard second.tokens.lowerBound == gap + 1, let token = matcher.token(gap) else { return false }
    switch token.kind {
    case .mark(let byte): return byte == UInt8(ascii: "-")
    case .word(.to): return true
    case .word(.and): return matcher.word(first.tokens.lowerBound - 1) == .between
    default: return false
    }
  }

  /// The range from the start of `first` to the end of `second`; a month without a year takes
  /// it from the other end ("April - July 2023", "October - March 2024", "July 2015 - September").
  private func join(_ first: DatePiece, _ second: DatePiece) -> DatePiece? {
    guard first.isValid, second.isValid else { return nil }
    var start = first.earliest
    var end = second.latest
    if let month = first.bareMonth, let later = second.earliest {
      let year = month > later.month ? later.year - 1 : later.year
      start = CalendarPeriods.month(month, of: year)?.0
    }
    if let month = second.bareMonth, let earlier = first.latest {
      let year = month < earlier.month ? earlier.year + 1 : earlier.year
      end = CalendarPeriods.month(month, of: year)?.1
    }
    guard let start, let end, start <= end, isCalendar(first), isCalendar(second) else {
      return nil
    }
    var range = DatePiece(
      .range, (start, end), tokens: first.tokens.lowerBound..<second.tokens.upperBound)
    range.ambiguous = first.ambiguous || second.ambiguous
    return range
  }

  /// "November 2018 - 19": a dash and a two-digit year after a dated phrase.
  private func yearTail(_ piece: DatePiece) -> DatePiece? {
    let dash = piece.tokens.upperBound
    guard piece.isDated, let latest = piece.latest,
      matcher.token(dash)?.isMark(UInt8(ascii: "-")) == true,
      let token = matcher.token(dash + 1), token.kind == .number, token.digits == 2,
      matcher.clusterCount(at: dash + 1) == 1,
      isFiller(matcher.word(dash + 2)),
      let year = token.year, year > latest.year, year < latest.year + 10,
      let end = CalendarPeriods.year(year)?.1, let start = piece.earliest
    else { return nil }
    return DatePiece(.range, (start, end), tokens: piece.tokens.lowerBound..<dash + 2)
  }

  /// No word at all, or one with no date meaning of its own after a phrase.
  private func isFiller(_ word: DateWord?) -> Bool {
    guard let word else { return true }
    return [.other, .in, .from, .onwards, .revised, .was].contains(word)
  }

  /// Dated phrases and year-less months can bound a range; offsets and keywords cannot.
  private func isCalendar(_ piece: DatePiece) -> Bool {
    piece.bareMonth != nil || piece.earliest != nil
  }
}
