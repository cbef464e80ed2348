import Foundation
import Testing

/// Each example's self-assessment report (the html format) is produced from the real plan and
/// holds the sections a board paper needs, with nothing live in it.
struct ExampleReportTests {
  @Test(arguments: ExamplesGoldenTests.plans)
  func htmlReportOfEachExample(plan: String) throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let output = dir.path + "/\(plan).html"
    let run = CLIRun(
      ["report", "Examples/\(plan)", "-o", output, "--fail-on", "none"], in: Fixture.repositoryRoot)
    #expect(run.status == 0, "\(run.err)")
    let html = try #require(try? String(contentsOfFile: output, encoding: .utf8))
    for section in ["summary-h", "charts-h", "coverage-h", "leads-h", "findings-h"] {
      #expect(html.contains("id=\"\(section)\""), "\(plan): no section \(section)")
    }
    #expect(!html.lowercased().contains("<script"))
    #expect(html.contains("Content-Security-Policy"))
    #expect(html.contains("<svg"), "\(plan): charts are inline SVG")
  }

  @Test func lancashireCoverageListsEveryRecommendation() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let output = dir.path + "/lancashire.html"
    _ = CLIRun(["report", "Examples/lancashire-2018", "-o", output], in: Fixture.repositoryRoot)
    let html = try #require(try? String(contentsOfFile: output, encoding: .utf8))
    let coverage = try #require(html.range(of: "id=\"coverage-h\"")).upperBound
    let after = html[coverage...]
    // The eleven Ofsted recommendations of August 2018 each get a row in the matrix.
    for id in 1...11 {
      #expect(
        after.contains("Recommendation \(id)") || after.contains(">\(id)<"), "no row for \(id)")
    }
  }
}
