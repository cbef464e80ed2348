import PlanModel
import Testing

@testable import PlanReading

struct PlanDateParserSmokeTests {
  @Test func emptyIsMissingAndIsoIsDay() {
    let parser = PlanDateParser()
    #expect(parser.parse("  ").kind == .missing)
    #expect(parser.parse("2023-10-31").earliest == Day(year: 2023, month: 10, day: 31))
  }
}
