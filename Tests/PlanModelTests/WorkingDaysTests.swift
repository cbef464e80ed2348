import Testing

@testable import PlanModel

struct WorkingDaysTests {
  private func day(_ iso: String) throws -> Day { try #require(Day(iso: iso)) }

  /// The written statement of action is due 70 working days after the report is received; by
  /// hand from Friday 18 Nov 2022: 25 days to 23 Dec, 26-27 Dec and 2 Jan are bank holidays,
  /// 28-30 Dec make 28, and 42 more from 3 Jan end on Wednesday 1 March 2023.
  @Test func statutorySeventyWorkingDays() throws {
    let received = try day("2022-11-18")
    let due = WorkingDays.add(70, to: received)
    #expect(due.iso == "2023-03-01")
    #expect(WorkingDays.between(received, due) == 70)
    #expect(WorkingDays.between(due, received) == -70)
    #expect(WorkingDays.add(-70, to: due).iso == "2022-11-18")
  }

  @Test(arguments: [
    ("2020-12-24", 1, "2020-12-29"),  // Christmas Friday, Boxing Day substitute Monday 28th
    ("2020-12-29", -1, "2020-12-24"),
    ("2022-12-23", 1, "2022-12-28"),  // Christmas Sunday: 26th and substitute 27th
    ("2021-12-24", 1, "2021-12-29"),  // Christmas Saturday: substitutes 27th and 28th
    ("2023-05-05", 1, "2023-05-09"),  // coronation Monday 8 May 2023
    ("2022-09-16", 1, "2022-09-20"),  // state funeral Monday 19 Sep 2022
    ("2022-06-01", 1, "2022-06-06"),  // platinum jubilee 2-3 June 2022
    ("2012-06-01", 1, "2012-06-06"),  // diamond jubilee 4-5 June 2012
    ("2011-04-28", 1, "2011-05-03"),  // royal wedding Friday, early May Monday
    ("2020-05-07", 1, "2020-05-11"),  // VE day Friday 8 May 2020 (early May moved)
    ("2020-05-01", 1, "2020-05-04"),  // ... so Monday 4 May 2020 was a working day
    ("2023-05-05", 5, "2023-05-15"),
    ("2015-06-01", 1000, "2019-05-14"),
    ("2025-03-03", -1000, "2021-03-15"),
    ("2024-03-30", 0, "2024-03-30"),
    ("2024-03-30", 1, "2024-04-02"),  // Easter Saturday: Easter Monday is off
  ])
  func addsWorkingDays(start: String, count: Int, expected: String) throws {
    #expect(WorkingDays.add(count, to: try day(start)).iso == expected)
  }

  @Test(arguments: [
    ("2022-12-23", "2023-01-03", 4),
    ("2022-01-01", "2022-12-31", 250),
    ("2010-01-01", "2030-12-31", 5305),
    ("2012-05-31", "2012-06-08", 4),
    ("2022-05-31", "2022-06-06", 2),
    ("2023-10-31", "2023-10-31", 0),
    ("2023-10-28", "2023-10-29", 0),  // a weekend
  ])
  func countsWorkingDays(start: String, end: String, expected: Int) throws {
    #expect(WorkingDays.between(try day(start), try day(end)) == expected)
    #expect(WorkingDays.between(try day(end), try day(start)) == -expected)
  }

  /// The arithmetic agrees with walking day by day, across the table's edges and beyond it.
  @Test(arguments: [1995, 2009, 2019, 2029, 2031, 2150, 2400])
  func agreesWithADayLoop(year: Int) throws {
    let base = try #require(Day(year: year, month: 1, day: 1)).adding(days: -40)
    for offset in stride(from: 0, through: 800, by: 37) {
      let start = base.adding(days: offset)
      for length in [0, 1, 2, 6, 7, 13, 60, 400] {
        let end = start.adding(days: length)
        var expected = 0
        var walk = start
        while walk < end {
          walk = walk.adding(days: 1)
          if WorkingDays.isWorkingDay(walk) { expected += 1 }
        }
        #expect(WorkingDays.between(start, end) == expected, "\(start) ... \(end)")
        if expected > 0 {
          let reached = WorkingDays.add(expected, to: start)
          #expect(reached <= end && WorkingDays.isWorkingDay(reached))
          #expect(WorkingDays.between(start, reached) == expected)
        }
      }
    }
  }

  @Test func hugeCountsDoNotTrap() throws {
    let start = try day("2024-01-01")
    _ = WorkingDays.add(Int.max, to: start)
    _ = WorkingDays.add(Int.min, to: start)
    _ = WorkingDays.between(Day(ordinal: Int.min / 2), Day(ordinal: Int.max / 2))
  }
}

struct BankHolidaysTests {
  @Test(arguments: [
    (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2000, "2000-04-23"),
    (1818, "1818-03-22"), (2038, "2038-04-25"), (2285, "2285-03-22"), (1943, "1943-04-25"),
  ])
  func easterSunday(year: Int, expected: String) {
    #expect(Easter.sunday(in: year)?.iso == expected)
  }

  @Test(arguments: [
    "2011-04-29", "2012-06-04", "2012-06-05", "2020-05-08", "2022-06-02", "2022-06-03",
    "2022-09-19", "2023-05-08", "2015-12-28", "2021-12-27", "2021-12-28", "2022-01-03",
    "2027-12-27", "2028-01-03", "2031-04-11", "2035-12-26",
  ])
  func holidays(iso: String) throws {
    let day = try #require(Day(iso: iso))
    #expect(BankHolidays.contains(day))
    #expect(!WorkingDays.isWorkingDay(day))
  }

  @Test(arguments: ["2012-05-28", "2020-05-04", "2022-05-30", "2023-05-02", "2021-12-24"])
  func movedOrOrdinaryDaysAreWorking(iso: String) throws {
    let day = try #require(Day(iso: iso))
    #expect(!BankHolidays.contains(day))
    #expect(WorkingDays.isWorkingDay(day))
  }

  /// Years without one-offs in the table are exactly what the rules give, so the rules are right
  /// for the years beyond the table.
  @Test func tableMatchesTheRulesInOrdinaryYears() {
    let special: Set = [2011, 2012, 2020, 2022, 2023]
    for year in BankHolidays.tableYears where !special.contains(year) {
      #expect(BankHolidays.holidays(in: year) == BankHolidays.standard(in: year), "\(year)")
    }
    #expect(BankHolidays.holidays(in: 2022).count == 10)
    #expect(BankHolidays.holidays(in: 2023).count == 9)
    #expect(BankHolidays.holidays(in: 2031).map(\.iso).first == "2031-01-01")
    #expect(BankHolidays.holidays(in: 2040).count == 8)
  }

  @Test func everyHolidayIsAWeekday() {
    for year in 1990...2060 {
      for day in BankHolidays.holidays(in: year) { #expect(!day.isWeekend, "\(day)") }
    }
  }
}
