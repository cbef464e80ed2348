import PlanModel
import Reporting
import Testing

struct ReportersTests {
  @Test func formatsAreUniqueAndFound() {
    let formats = Reporters.all.map { $0.format }
    #expect(Set(formats).count == formats.count)
    #expect(formats == ["text", "json", "junit", "sarif", "github", "markdown", "csv", "html"])
    for type in Reporters.all {
      #expect(Reporters.named(type.format) == type)
      #expect(!type.summary.isEmpty)
    }
    #expect(Reporters.named("pdf") == nil)
  }

  @Test func renderingIsDeterministic() {
    for type in Reporters.all {
      let first = render(type, ReportFixture.realistic())
      let same = first == render(type, ReportFixture.realistic())
      #expect(same, "\(type.format)")
      #expect(first.utf8.last == UInt8(ascii: "\n"), "\(type.format)")
    }
  }

  @Test func emptyReportRendersInEveryFormat() {
    for type in Reporters.all {
      #expect(!render(type, Report(asOf: ReportFixture.day("2024-01-01"))).isEmpty)
    }
  }
}
