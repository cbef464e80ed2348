import Testing

@testable import PlanModel

struct DayTests {
  @Test(arguments: [
    (1970, 1, 1, 0), (2000, 2, 29, 11016), (2023, 10, 31, 19661), (1969, 12, 31, -1),
  ])
  func ordinalRoundTrips(year: Int, month: Int, day: Int, ordinal: Int) throws {
    let value = try #require(Day(year: year, month: month, day: day))
    #expect(value.ordinal == ordinal)
    #expect(value.components == (year, month, day))
  }

  @Test(arguments: [(2023, 13, 31), (2023, 2, 29), (2023, 4, 31), (2023, 0, 1), (2023, 1, 0)])
  func rejectsImpossibleDays(year: Int, month: Int, day: Int) {
    #expect(Day(year: year, month: month, day: day) == nil)
  }

  @Test func addsMonthsClampingToMonthEnd() throws {
    let jan31 = try #require(Day(iso: "2024-01-31"))
    #expect(jan31.adding(months: 1).iso == "2024-02-29")
    #expect(jan31.adding(months: -2).iso == "2023-11-30")
    #expect(jan31.adding(months: 12).iso == "2025-01-31")
  }

  @Test func weekdays() throws {
    #expect(try #require(Day(iso: "2024-03-31")).weekday == 7)
    #expect(try #require(Day(iso: "2023-10-30")).weekday == 1)
  }

  @Test func isoParsingIsStrict() {
    #expect(Day(iso: "2024-3-31") == nil)
    #expect(Day(iso: "2024-03-32") == nil)
    #expect(Day(iso: "2024-03-31")?.iso == "2024-03-31")
  }
}
