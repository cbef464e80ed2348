import Testing

@testable import PlanModel

/// Plan dates and source spans store their numbers in 32 bits with sentinels for "none";
/// every value a reader can produce must read back as it was set.
struct CompactStorageTests {
  @Test(arguments: [PlanDate.Offset.Unit.days, .weeks, .months, .years])
  func planDatesKeepOffsetsAndRanges(unit: PlanDate.Offset.Unit) {
    let start = Day(year: 2024, month: 1, day: 31)
    let offset = PlanDate.Offset(amount: -3, unit: unit)
    let date = PlanDate(text: "3 x", kind: .relative, earliest: start, offset: offset)
    #expect(date.offset == offset)
    #expect(date.earliest == start && date.latest == start)
    var cleared = date
    cleared.offset = nil
    cleared.earliest = nil
    #expect(cleared.offset == nil && cleared.earliest == nil && cleared.latest == start)
    #expect(PlanDate.missing.earliest == nil && PlanDate.missing.offset == nil)
  }

  @Test func planDateDaysAreClampedNotWrapped() {
    let far = PlanDate(text: "far", kind: .day, earliest: Day(ordinal: Int(Int32.max) + 10))
    #expect(far.earliest == Day(ordinal: Int(Int32.max)))
    let past = PlanDate(text: "past", kind: .day, earliest: Day(ordinal: Int(Int32.min)))
    #expect(past.earliest == Day(ordinal: Int(Int32.min) + 1), "the sentinel is never stored")
  }

  @Test func spansKeepRowsLinesAndColumns() {
    var span = SourceSpan(file: "p.csv", line: 12, column: 7, row: 3)
    #expect(span.line == 12 && span.column == 7 && span.row == 3 && span.pointer == nil)
    span.row = nil
    #expect(span.row == nil)
    span.row = 0
    #expect(span.row == 0)
    span.line = Int.max
    #expect(span.line == Int(Int32.max))
    let moved = SourceSpan(file: "p.json", pointer: "/actions/0").at(
      SourcePosition(line: 4, column: 9))
    #expect(moved.line == 4 && moved.column == 9 && moved.pointer == "/actions/0")
  }

  @Test func linkingAgainResetsSameRef() {
    var plan = Plan(span: SourceSpan(file: "p.json"))
    for ref in ["1.1", "1.1", "1.2"] {
      var action = Action(span: plan.span)
      action.ref = ref
      plan.actions.append(action)
    }
    plan.link()
    #expect(plan.actions.map(\.sameRef) == [[1], [0], []])
    plan.actions[1].ref = "1.3"
    plan.link()
    #expect(plan.actions.map(\.sameRef) == [[], [], []])
  }
}
