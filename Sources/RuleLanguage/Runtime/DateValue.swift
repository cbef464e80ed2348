import PlanModel

/// A plan date as the evaluator holds it: the original text, its kind and its day range,
/// packed small so values stay cheap to copy.
package struct DateValue: Sendable, Hashable {
  private static let none = Int32.min
  package var text: String
  package var kind: PlanDate.Kind
  private var first: Int32
  private var last: Int32
  /// A numeric date that reads differently day-first and month-first (03/04/2023).
  package var ambiguous = false
  /// The text names only a beginning ("From June 2020"), not a deadline.
  package var startOnly = false
  /// How many date phrases of the text name different times (1 for a single date, 0 for
  /// none); kept in a byte like the plan date's, so date values stay small.
  package var phrases: Int {
    get { Int(phraseCount) }
    set { phraseCount = UInt8(clamping: newValue) }
  }
  private var phraseCount: UInt8 = 0

  package init(_ date: PlanDate) {
    text = date.text
    kind = date.kind
    first = date.earliest.map { Int32(clamping: $0.ordinal) } ?? DateValue.none
    last = (date.latest ?? date.earliest).map { Int32(clamping: $0.ordinal) } ?? DateValue.none
    ambiguous = date.ambiguous
    startOnly = date.startOnly
    phrases = date.phrases
  }

  /// A single day, written as ISO text.
  package init(day: Day) {
    text = day.iso
    kind = .day
    first = Int32(clamping: day.ordinal)
    last = first
    phrases = 1
  }

  /// A derived range (date arithmetic): a day when it is one day, else a range.
  package init(earliest: Day, latest: Day) {
    self.init(day: earliest)
    if latest != earliest {
      text = "\(earliest.iso) – \(latest.iso)"
      kind = .range
      last = Int32(clamping: latest.ordinal)
    }
  }

  package var isDated: Bool { first != DateValue.none }
  package var earliest: Day? { isDated ? Day(ordinal: Int(first)) : nil }
  package var latest: Day? { isDated ? Day(ordinal: Int(last)) : nil }

  /// Definitely before: every day of `self` precedes every day of `other`.
  package func before(_ other: DateValue) -> Bool {
    isDated && other.isDated && last < other.first
  }

  /// Definitely on or before: no day of `self` follows any day of `other`.
  package func onOrBefore(_ other: DateValue) -> Bool {
    isDated && other.isDated && last <= other.first
  }

  /// Same range; two undated dates are equal when kind and text agree (both "TBC").
  package func same(_ other: DateValue) -> Bool {
    guard isDated || other.isDated else { return kind == other.kind && text == other.text }
    return first == other.first && last == other.last
  }

  /// The date back in the model's form.
  package var planDate: PlanDate {
    PlanDate(text: text, kind: kind, earliest: earliest, latest: latest)
  }

  /// `text`, or the ISO range when the text is empty.
  package var displayText: String {
    if !text.isEmpty { return text }
    guard let e = earliest, let l = latest else { return "" }
    return e == l ? e.iso : "\(e.iso) – \(l.iso)"
  }
}
