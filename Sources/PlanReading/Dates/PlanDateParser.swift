import PlanModel

/// Reads the dates plans really write ("31/10/2023", "Spring Term 2019", "Q3 2023/24", "TBC")
/// into plan dates (plans write dates loosely: "March 2019", "Q3 2023/24", "TBC").
///
/// It runs once per date cell, so it works on UTF-8 bytes: plain numeric days take a fast path
/// that allocates nothing; anything else is tokenised once and read phrase by phrase.
package struct PlanDateParser: Sendable {
  package var order: DateOrder
  /// Whether a bare five-digit number in 20000...80000 is an Excel serial day (1954-2119);
  /// off by default, since a cell of "43831" is more often a count than a date.
  package var excelSerials: Bool

  /// Longer texts are prose, not dates; capping them bounds the work on hostile cells.
  static let maxLength = 4096

  package init(order: DateOrder = .dmy, excelSerials: Bool = false) {
    self.order = order
    self.excelSerials = excelSerials
  }

  /// Never fails: text it cannot read becomes kind `unparsed`, an empty cell kind `missing`.
  /// Relative dates ("3 months") come back unresolved, with `offset` set; resolve them with
  /// `PlanDate.resolved(against:)`.
  ///
  /// Several dates that do not form a range ("Pilot Nov 2018 Roll Out June 2019") give the
  /// last one named, since plans put the final deadline last; the text is kept whole, and
  /// `phrases` says how many there were. A date introduced by "from", "starting" or
  /// "commencing" (or followed by "onwards") is marked `startOnly`.
  package func parse(_ text: String) -> PlanDate {
    if let result = text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0, text: text) }) {
      return result
    }
    return Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0, text: text) }
  }

  private func parse(bytes: UnsafeBufferPointer<UInt8>, text: String) -> PlanDate {
    var low = 0
    var high = bytes.count
    while low < high, bytes[low] <= 32 { low += 1 }
    while high > low, bytes[high - 1] <= 32 { high -= 1 }
    if low == high { return PlanDate(text: text, kind: .missing) }
    guard high - low <= Self.maxLength else { return PlanDate(text: text, kind: .unparsed) }
    let trimmed = UnsafeBufferPointer(rebasing: bytes[low..<high])
    if let day = fastDay(trimmed, text: text) { return day }
    let tokens = DateTokenizer.tokens(trimmed)
    if tokens.isEmpty { return PlanDate(text: text, kind: .missing) }
    let matcher = DatePhraseMatcher(tokens: tokens, order: order, excelSerials: excelSerials)
    guard let reading = DateRanges(matcher: matcher).reading() else {
      return PlanDate(text: text, kind: .unparsed)
    }
    let piece = reading.piece
    return PlanDate(
      text: text, kind: piece.kind, earliest: piece.earliest, latest: piece.latest,
      offset: piece.offset, ambiguous: piece.ambiguous, startOnly: reading.startOnly,
      phrases: reading.phrases)
  }

  /// `yyyy-mm-dd`, `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` and `dd/mm/yy` without tokenising;
  /// nil when the text has another shape.
  private func fastDay(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> PlanDate? {
    func digits(_ start: Int, _ count: Int) -> Int? {
      var value = 0
      for index in start..<start + count {
        let byte = bytes[index]
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    let (y, m, d): (Int, Int, Int)
    var ambiguous = false
    if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") {
      guard let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2) else {
        return nil
      }
      (y, m, d) = (year, month, day)
    } else if bytes.count == 10 || bytes.count == 8, bytes[2] == bytes[5],
      bytes[2] == UInt8(ascii: "/") || bytes[2] == UInt8(ascii: "-")
        || bytes[2] == UInt8(ascii: ".")
    {
      guard let first = digits(0, 2), let second = digits(3, 2),
        let year = digits(6, bytes.count - 6)
      else { return nil }
      let fullYear = bytes.count == 10 ? year : (year > 69 ? 1900 + year : 2000 + year)
      (y, m, d) = order == .mdy ? (fullYear, first, second) : (fullYear, second, first)
      ambiguous = first <= 12 && second <= 12 && first != second
    } else {
      return nil
    }
    guard let day = Day(year: y, month: m, day: d) else {
      return PlanDate(text: text, kind: .unparsed)
    }
    return PlanDate(text: text, kind: .day, earliest: day, latest: day, ambiguous: ambiguous)
  }
}
