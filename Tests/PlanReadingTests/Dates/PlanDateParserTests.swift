import PlanModel
import Testing

@testable import PlanReading

/// One date text and what it must read as: kind, first and last day (ISO), or nil.
struct ParseCase: Sendable, CustomTestStringConvertible {
  var text: String
  var kind: PlanDate.Kind
  var earliest: String?
  var latest: String?

  init(_ text: String, _ kind: PlanDate.Kind, _ earliest: String? = nil, _ latest: String? = nil) {
    self.text = text
    self.kind = kind
    self.earliest = earliest
    self.latest = latest ?? earliest
  }

  var testDescription: String { "'\(text)' -> \(kind)" }
}

struct PlanDateParserTests {
  let parser = PlanDateParser()

  private func check(_ item: ParseCase, with parser: PlanDateParser) {
    let date = parser.parse(item.text)
    #expect(date.kind == item.kind, "'\(item.text)'")
    #expect(date.earliest?.iso == item.earliest, "'\(item.text)'")
    #expect(date.latest?.iso == item.latest, "'\(item.text)'")
    #expect(date.text == item.text)
  }

  @Test(arguments: PlanDateCases.seeds)
  func seedDates(_ item: ParseCase) { check(item, with: parser) }

  @Test(arguments: PlanDateCases.shapes)
  func dateShapes(_ item: ParseCase) { check(item, with: parser) }

  @Test(arguments: PlanDateCases.keywords)
  func keywordsAndOffsets(_ item: ParseCase) { check(item, with: parser) }

  @Test(arguments: [
    ("03/04/2023", "2023-03-04", true), ("10/31/2023", "2023-10-31", false),
    ("12/25/23", "2023-12-25", false), ("2023-10-31", "2023-10-31", false),
    ("1-Oct-23", "2023-10-01", false), ("w/c 03/04/2019", "2019-03-04", true),
    ("Completed 10/31/2023", "2023-10-31", false),
  ])
  func monthFirstOrder(text: String, expected: String, ambiguous: Bool) {
    let date = PlanDateParser(order: .mdy).parse(text)
    #expect(date.earliest?.iso == expected)
    #expect(date.ambiguous == ambiguous)
  }

  @Test(arguments: ["31/10/2023", "13/12/2023", "25.12.23"])
  func monthFirstRejectsDayFirst(text: String) {
    #expect(PlanDateParser(order: .mdy).parse(text).kind == .unparsed)
  }

  @Test(arguments: [
    ("03/04/2023", true), ("04/03/2023", true), ("12/12/2023", false), ("13/01/2023", false),
    ("01/13/2023", false), ("2023-03-04", false), ("4 March 2023", false), ("3/4/23", true),
    ("W/C 04/03/2019", true), ("03/04/2023 - 05/06/2023", true), ("31/10/2023", false),
    ("03/2019", false),
  ])
  func ambiguityFlag(text: String, ambiguous: Bool) {
    #expect(parser.parse(text).ambiguous == ambiguous, "'\(text)'")
  }

  @Test func definiteComparisons() throws {
    let march = parser.parse("March 2019")
    let midMarch = PlanDate.day(try #require(Day(iso: "2019-03-15")))
    let april = PlanDate.day(try #require(Day(iso: "2019-04-01")))
    #expect(!march.definitelyBefore(midMarch))
    #expect(!midMarch.definitelyBefore(march))
    #expect(march.definitelyBefore(april))
    #expect(april.definitelyAfter(march))
    // A month-precision end never looks earlier than a day-precision start in that month.
    let start = parser.parse("31/03/2019")
    #expect(!march.definitelyBefore(start))
    #expect(!parser.parse("Spring Term 2019").definitelyBefore(parser.parse("20/04/2019")))
    #expect(parser.parse("Spring Term 2019").definitelyBefore(parser.parse("21/04/2019")))
    #expect(parser.parse("Q3 2023/24").definitelyBefore(parser.parse("Q4 2023/24")))
    #expect(!parser.parse("2023/24").definitelyBefore(parser.parse("March 2024")))
    #expect(!parser.parse("Ongoing").definitelyBefore(april))
    #expect(!parser.parse("3 months").definitelyBefore(april))
  }

  @Test(arguments: [
    ("3 months", "01/02/2023", "2023-05-01", "2023-05-01", 3, PlanDate.Offset.Unit.months),
    ("within 6 weeks", "01/02/2023", "2023-03-15", "2023-03-15", 6, .weeks),
    ("1 year", "29/02/2024", "2025-02-28", "2025-02-28", 1, .years),
    ("6 Months", "March 2023", "2023-09-01", "2023-09-30", 6, .months),
    ("10 days", "2023-12-25", "2024-01-04", "2024-01-04", 10, .days),
  ])
  func relativeResolution(
    text: String, anchor: String, earliest: String, latest: String, amount: Int,
    unit: PlanDate.Offset.Unit
  ) {
    let date = parser.parse(text)
    #expect(date.offset == PlanDate.Offset(amount: amount, unit: unit))
    #expect(date.earliest == nil)
    let resolved = date.resolved(against: parser.parse(anchor))
    #expect(resolved.kind == .relative)
    #expect(resolved.earliest?.iso == earliest)
    #expect(resolved.latest?.iso == latest)
    #expect(date.resolved(against: parser.parse("TBC")).earliest == nil)
  }

  @Test func excelSerials() {
    #expect(PlanDateParser.day(excelSerial: 1)?.iso == "1900-01-01")
    #expect(PlanDateParser.day(excelSerial: 59)?.iso == "1900-02-28")
    #expect(PlanDateParser.day(excelSerial: 60) == nil)  // Excel's 29 February 1900
    #expect(PlanDateParser.day(excelSerial: 61)?.iso == "1900-03-01")
    #expect(PlanDateParser.day(excelSerial: 43831)?.iso == "2020-01-01")
    #expect(PlanDateParser.day(excelSerial: 0) == nil)
    #expect(PlanDateParser.day(excelSerial: -5) == nil)
    #expect(parser.parseExcelSerial("45231").earliest?.iso == "2023-11-01")
    #expect(parser.parseExcelSerial(" 45231.75 ").earliest?.iso == "2023-11-01")
    #expect(parser.parseExcelSerial("45231.7.5").kind == .unparsed)
    #expect(parser.parseExcelSerial("abc").kind == .unparsed)
    #expect(parser.parseExcelSerial("99999999999").kind == .unparsed)
    #expect(parser.parseExcelSerial("").kind == .missing)
    // Only by explicit option does a bare serial in a date cell read as a day.
    #expect(parser.parse("45231").kind == .unparsed)
    let spreadsheet = PlanDateParser(excelSerials: true)
    #expect(spreadsheet.parse("45231").earliest?.iso == "2023-11-01")
    #expect(spreadsheet.parse("2019").kind == .year)
    #expect(spreadsheet.parse("12345").kind == .unparsed)
  }
}

/// What a date text says besides its range: whether it names only a beginning, and how many
/// separate date phrases it holds (a due cell that is no single deadline is vague).
struct PlanDateReadingTests {
  @Test(arguments: [
    ("From June 2020", true), ("from 01/09/2021", true), ("Starting in September 2021", true),
    ("Commencing 1 April 2021", true), ("Beginning May 2022", true), ("Start Jan 2020", true),
    ("Started in May 2020", true), ("week starting 4 March 2019", false),
    ("Start of April 2021", false), ("Commenced March 2020", true), ("Since June 2020", true),
    ("April 2021 onwards", true), ("from w/c 4 March 2019", true),
    ("Monthly from June 2020", true),
    // A deadline, a week or a range: no beginning alone.
    ("June 2020", false), ("w/c 4 March 2019", false), ("week commencing 4 March 2019", false),
    ("From April 2020 to March 2021", false), ("By the beginning of March 2021", false),
    ("31/03/2024", false), ("TBC", false), ("Ongoing from 2020", true),
  ])
  func startOnly(text: String, expected: Bool) {
    #expect(PlanDateParser().parse(text).startOnly == expected, "'\(text)'")
  }

  @Test(arguments: [
    ("31/03/2024", 1), ("March 2024", 1), ("April - July 2023", 1), ("Nov 2018 - 19", 1),
    ("between May and July 2021", 1), ("TBC", 1), ("3 months", 1),
    ("pilot May 2020, roll-out Jan 2021", 2), ("31/03/2020 and 30/06/2020", 2),
    ("Sept 2020 then ongoing", 2), ("Q1 2021, Q3 2021 and Q1 2022", 3),
    ("March 2021 (31/03/2021)", 1), ("31/03/2021 (revised from 31/12/2020)", 1),
    ("Originally Dec 2020, now March 2021", 1), ("was 31/12/2020", 1),
    ("Q4 2020/21 - by end of March 2021", 1),
    ("", 0), ("no idea", 0),
  ])
  func phraseCount(text: String, expected: Int) {
    #expect(PlanDateParser().parse(text).phrases == expected, "'\(text)'")
  }

  @Test(arguments: [
    ("31/03/2021 (revised from 31/12/2020)", "2021-03-31"),
    ("Originally Dec 2020, now March 2021", "2021-03-31"),
    ("Revised: March 2021 (was Dec 2020)", "2021-03-31"), ("Revised March 2021", "2021-03-31"),
    ("was 31/12/2020", "2020-12-31"),
  ])
  func aReplacedDateIsNotTheDeadline(text: String, latest: String) {
    let date = PlanDateParser().parse(text)
    #expect(date.latest?.iso == latest, "'\(text)'")
    #expect(!date.startOnly, "'\(text)'")
  }

  @Test func startOnlyKeepsTheRangeOfTheBeginning() {
    let date = PlanDateParser().parse("From June 2020")
    #expect(date.kind == .month)
    #expect(date.earliest?.iso == "2020-06-01")
    #expect(date.latest?.iso == "2020-06-30")
  }

  @Test func facetsSurviveResolution() {
    var date = PlanDateParser().parse("3 months")
    date.startOnly = true
    date.ambiguous = true
    let resolved = date.resolved(against: PlanDateParser().parse("01/04/2021"))
    #expect(resolved.startOnly && resolved.ambiguous && resolved.phrases == 1)
    #expect(resolved.earliest?.iso == "2021-07-01")
  }
}
