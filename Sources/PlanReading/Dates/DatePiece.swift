import PlanModel

/// One date found in a text, with the tokens it spans: a dated range, a keyword
/// (recurring, ongoing, tbc), an offset, a month named without a year (only useful as the start
/// or end of a range, as in "April - July 2023"), or an impossible date that swallows its tokens.
struct DatePiece: Sendable, Equatable {
  var kind: PlanDate.Kind
  var earliest: Day?
  var latest: Day?
  var offset: PlanDate.Offset?
  var ambiguous = false
  /// Set for a month named without a year.
  var bareMonth: Int?
  /// False for an impossible date ("31/13/2023"), so its parts are not read again.
  var isValid = true
  var tokens: Range<Int>

  init(
    _ kind: PlanDate.Kind, _ period: (Day, Day)?, tokens: Range<Int>, ambiguous: Bool = false
  ) {
    self.kind = kind
    self.earliest = period?.0
    self.latest = period?.1
    self.tokens = tokens
    self.ambiguous = ambiguous
    // A period that does not exist (Q4 of 9999/00) is as impossible as 31/13/2023.
    self.isValid = period != nil
  }

  static func keyword(_ kind: PlanDate.Kind, _ tokens: Range<Int>) -> DatePiece {
    var piece = DatePiece(kind, nil, tokens: tokens)
    piece.isValid = true
    return piece
  }

  static func relative(_ offset: PlanDate.Offset, _ tokens: Range<Int>) -> DatePiece {
    var piece = DatePiece(.relative, nil, tokens: tokens)
    piece.offset = offset
    piece.isValid = true
    return piece
  }

  static func bare(month: Int, _ tokens: Range<Int>) -> DatePiece {
    var piece = DatePiece(.month, nil, tokens: tokens)
    piece.bareMonth = month
    piece.isValid = true
    return piece
  }

  static func invalid(_ tokens: Range<Int>) -> DatePiece {
    var piece = DatePiece(.unparsed, nil, tokens: tokens)
    piece.isValid = false
    return piece
  }

  /// A piece that can stand as the date of the whole text.
  var isUsable: Bool { isValid && bareMonth == nil }

  /// A piece with a range of days, which can start or end a range.
  var isDated: Bool { isValid && earliest != nil }
}
