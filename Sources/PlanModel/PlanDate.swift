/// A date as a plan writes it: the original text, what kind of date it is, and the range of
/// days it can mean, if any.
///
/// Comparisons between plan dates are definite: `a < b` holds only when every day
/// `a` can mean is before every day `b` can mean.
package struct PlanDate: Sendable, Hashable {
  package enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    case day, week, month, term, quarter, year, range, relative, recurring, ongoing, tbc, missing,
      unparsed
  }

  /// An offset from an anchor such as the action's start ("3 months", "within 6 weeks").
  package struct Offset: Sendable, Hashable {
    package enum Unit: String, Sendable, Hashable, CaseIterable { case days, weeks, months, years }
    package var amount: Int
    package var unit: Unit
    package init(amount: Int, unit: Unit) {
      self.amount = amount
      self.unit = unit
    }

    package func apply(to day: Day) -> Day {
      switch unit {
      case .days: day.adding(days: amount)
      case .weeks: day.adding(days: amount * 7)
      case .months: day.adding(months: amount)
      case .years: day.adding(months: amount * 12)
      }
    }
  }

  // Stored compactly, 32 bytes a date instead of 64: an action holds six and a million-action
  // plan holds millions. Days and the offset amount are kept in 32 bits (±5.8 million years,
  // clamped beyond), `Int32.min` standing for "none"; the public properties convert.
  package var text: String
  private var earliestDays: Int32
  private var latestDays: Int32
  private var offsetAmount: Int32
  /// 0 when there is no offset, else the unit's position in `Offset.Unit.allCases` plus one.
  private var offsetUnit: UInt8
  package var kind: Kind
  /// Bit 0: ambiguous; bit 1: start only; bits 2-7: the number of date phrases, capped at 63.
  private var facets: UInt8

  /// True when a numeric date could be read both day-first and month-first.
  package var ambiguous: Bool {
    get { facets & 1 != 0 }
    set { facets = newValue ? facets | 1 : facets & ~1 }
  }

  /// True when the text names only when the work begins ("From June 2020", "Starting
  /// September 2021", "April 2021 onwards"): the range is that beginning, and no deadline.
  package var startOnly: Bool {
    get { facets & 2 != 0 }
    set { facets = newValue ? facets | 2 : facets & ~2 }
  }

  /// How many date phrases of the text name different times, a range or a restatement of
  /// the same time counted once ("pilot May 2020, roll-out Jan 2021" holds two; "April - July
  /// 2023" one); 1 for a date built from a single value, 0 when there is no date.
  package var phrases: Int {
    get { Int(facets >> 2) }
    set { facets = facets & 3 | UInt8(clamping: Swift.min(Swift.max(newValue, 0), 63)) << 2 }
  }

  package var earliest: Day? {
    get { PlanDate.day(earliestDays) }
    set { earliestDays = PlanDate.days(newValue) }
  }

  package var latest: Day? {
    get { PlanDate.day(latestDays) }
    set { latestDays = PlanDate.days(newValue) }
  }

  /// Set for kind `relative`: the offset that was (or could be) resolved against an anchor.
  package var offset: Offset? {
    get {
      guard offsetUnit > 0, Int(offsetUnit) <= Offset.Unit.allCases.count else { return nil }
      return Offset(amount: Int(offsetAmount), unit: Offset.Unit.allCases[Int(offsetUnit) - 1])
    }
    set {
      guard let newValue else {
        (offsetAmount, offsetUnit) = (0, 0)
        return
      }
      offsetAmount = Int32(clamping: newValue.amount)
      let position = Offset.Unit.allCases.firstIndex(of: newValue.unit) ?? 0
      offsetUnit = UInt8(truncatingIfNeeded: position + 1)
    }
  }

  private static let none = Int32.min

  private static func day(_ days: Int32) -> Day? {
    days == none ? nil : Day(ordinal: Int(days))
  }

  private static func days(_ day: Day?) -> Int32 {
    guard let day else { return none }
    return Int32(clamping: max(day.ordinal, Int(none) + 1))
  }

  package init(
    text: String, kind: Kind, earliest: Day? = nil, latest: Day? = nil, offset: Offset? = nil,
    ambiguous: Bool = false, startOnly: Bool = false, phrases: Int? = nil
  ) {
    self.text = text
    self.kind = kind
    earliestDays = PlanDate.days(earliest)
    latestDays = PlanDate.days(
      latest.map { l in earliest.map { Swift.max($0, l) } ?? l } ?? earliest)
    offsetAmount = 0
    offsetUnit = 0
    facets = 0
    self.ambiguous = ambiguous
    self.startOnly = startOnly
    self.phrases = phrases ?? (kind == .missing || kind == .unparsed ? 0 : 1)
    self.offset = offset
  }

  package static let missing = PlanDate(text: "", kind: .missing)

  /// A single known day.
  package static func day(_ day: Day, text: String? = nil) -> PlanDate {
    PlanDate(text: text ?? day.iso, kind: .day, earliest: day, latest: day)
  }

  /// True when the date names a range of days (`has(x)` in rules).
  package var isDated: Bool { earliest != nil }

  /// Definitely before: every day of `self` precedes every day of `other`. False if either is undated.
  package func definitelyBefore(_ other: PlanDate) -> Bool {
    guard let l = latest, let e = other.earliest else { return false }
    return l < e
  }

  /// Definitely after: every day of `self` follows every day of `other`.
  package func definitelyAfter(_ other: PlanDate) -> Bool { other.definitelyBefore(self) }

  /// The same range resolved against an anchor (for relative dates), or `self`.
  package func resolved(against anchor: PlanDate) -> PlanDate {
    guard kind == .relative, earliest == nil, let offset, let start = anchor.earliest else {
      return self
    }
    let startLatest = anchor.latest ?? start
    return PlanDate(
      text: text, kind: .relative, earliest: offset.apply(to: start),
      latest: offset.apply(to: startLatest), offset: offset, ambiguous: ambiguous,
      startOnly: startOnly, phrases: phrases)
  }
}
