import Testing

@testable import PlanModel

struct ReportAsOfTests {
  private func report(_ dates: [String]) throws -> Report {
    var report = Report(asOf: try #require(Day(iso: "2026-01-01")))
    for (index, iso) in dates.enumerated() {
      var result = PlanResult(file: "p\(index).json", planID: "p\(index)", title: "", plan: nil)
      result.asOf = Day(iso: iso)
      report.plans.append(result)
    }
    return report
  }

  @Test func oneDateWhenPlansAgree() throws {
    #expect(try report(["2024-03-31", "2024-03-31"]).asOfPhrase == "as of 2026-01-01")
  }

  @Test func theRangeWhenPlansWereCheckedAtTheirOwnDates() throws {
    #expect(
      try report(["2024-03-31", "2019-03-31", "2023-03-07"]).asOfPhrase
        == "as of each plan's own date (2019-03-31 to 2024-03-31)")
  }
}
