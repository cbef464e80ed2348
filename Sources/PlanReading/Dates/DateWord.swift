/// A word the date parser knows; every other word is filler ("Plan In Place By ...").
enum DateWord: Sendable, Equatable {
  case month(Int)
  case season(Season)
  case unit(UnitWord)
  case number(Int)
  case recurring
  case ongoing
  case tbc
  /// Modifiers and connectors with a meaning of their own.
  case term, quarter, q, fy, financial, academic, school, w, c, b, e, wc, wb, we
  case commencing, beginning, ending, early, mid, late, to, and, between, every, on, going
  case business, usual, be, tbcVerb, ordinalSuffix
  /// "from", and "onwards" after a date: the date is when work begins.
  case from, onwards, `in`
  /// "revised" (before "from") and "was": the date after them has been replaced.
  case revised, was
  case other

  enum Season: Sendable, Equatable { case spring, summer, autumn }
  enum UnitWord: Sendable, Equatable { case days, weeks, months, years }

  /// The word for lowercase ASCII letters packed by `key(_:)`, or `.other`.
  static func lookup(_ key: UInt64) -> DateWord { table[key] ?? .other }

  /// Packs up to 12 lowercase ASCII letters into an integer (5 bits each), so a lookup needs no
  /// string; nil for longer words, which are never date words.
  static func key(_ letters: some Sequence<UInt8>) -> UInt64? {
    var key: UInt64 = 0
    var count = 0
    for letter in letters {
      count += 1
      guard count <= 12 else { return nil }
      key = key << 5 | UInt64((letter | 0x20) &- 96) & 31
    }
    return key
  }

  private static let table: [UInt64: DateWord] = {
    var table: [UInt64: DateWord] = [:]
    for (words, meaning) in vocabulary {
      for word in words.split(separator: " ") {
        if let key = key(word.utf8) { table[key] = meaning }
      }
    }
    return table
  }()

  /// Every word the parser knows and what it means; the milestone scanner recognises due
  /// markers from the same words (`MilestoneScanner.isMonthName` and its siblings).
  static let vocabulary: [(String, DateWord)] = [
    ("jan january", .month(1)), ("feb febr february febuary", .month(2)),
    ("mar march", .month(3)), ("apr april", .month(4)), ("may", .month(5)),
    ("jun june", .month(6)), ("jul july", .month(7)), ("aug august", .month(8)),
    ("sep sept september", .month(9)), ("oct october", .month(10)),
    ("nov november", .month(11)), ("dec december", .month(12)),
    ("spring", .season(.spring)), ("summer", .season(.summer)),
    ("autumn fall", .season(.autumn)),
    ("day days", .unit(.days)), ("week weeks wk wks", .unit(.weeks)),
    ("month months mth mths mnth mnths", .unit(.months)), ("year years yr yrs", .unit(.years)),
    ("one", .number(1)), ("two", .number(2)), ("three", .number(3)), ("four", .number(4)),
    ("five", .number(5)), ("six", .number(6)), ("seven", .number(7)), ("eight", .number(8)),
    ("nine", .number(9)), ("ten", .number(10)), ("eleven", .number(11)),
    ("twelve", .number(12)), ("eighteen", .number(18)), ("twenty", .number(20)),
    ("thirty", .number(30)),
    (
      "monthly quarterly annual annually yearly weekly fortnightly termly daily biannual "
        + "biannually biennial biennially bimonthly biweekly", .recurring
    ),
    ("ongoing bau continuous continual continuing", .ongoing),
    ("tbc tba tbd tbconfirmed", .tbc),
    ("term terms", .term), ("quarter qtr", .quarter), ("q", .q), ("fy", .fy),
    ("financial fin", .financial), ("academic ay", .academic), ("school", .school),
    ("w", .w), ("c", .c), ("b", .b), ("e", .e), ("wc", .wc), ("wb", .wb), ("we", .we),
    (
      "commencing commenced commence commences beginning starting start starts started begin begins began",
      .commencing
    ),
    ("ending", .ending),
    ("from since", .from), ("onwards onward", .onwards), ("in", .in),
    (
      "revised moved changed extended slipped deferred amended rescheduled postponed delayed",
      .revised
    ),
    ("was were originally previously formerly original", .was),
    ("early", .early), ("mid", .mid), ("late", .late),
    ("to until till through thru", .to), ("and", .and), ("between", .between),
    ("every each", .every), ("on", .on), ("going", .going), ("business", .business),
    ("usual", .usual), ("be", .be),
    ("confirmed agreed determined decided arranged announced advised", .tbcVerb),
    ("st nd rd th", .ordinalSuffix),
  ]
}
