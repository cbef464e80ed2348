import PlanModel
import Reporting
import Testing

struct ReportersTests {
  @Test func formatsAreUniqueAndFound() {
    let formats = Reporters.all.map { $0.format }
    #expect(Set(formats).count == formats.count)
    #expect(
      formats == ["text", "json", "junit", "sarif", "github", "markdown", "csv", "html", "gitlab"])
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

/// JSON and SARIF can hand their bytes over in chunks while writing; the chunks must add up to
/// exactly what writing in one piece gives, and no chunk may grow far past the drain size.
struct DrainedWritingTests {
  /// The realistic report with its findings repeated until the output passes a few megabytes.
  static func large() -> Report {
    var report = ReportFixture.realistic()
    let findings = report.findings
    for round in 1...600 {
      report.findings += findings.map { finding in
        var copy = finding
        copy.fingerprint = "\(round)-\(finding.fingerprint)"
        return copy
      }
    }
    return report
  }

  @Test(arguments: ["json", "sarif", "text"])
  func chunksAddUpToTheWholeOutput(format: String) throws {
    let reporter = try #require(Reporters.named(format))
    let writer = reporter.init(options: ReporterOptions())
    let report = DrainedWritingTests.large()
    var whole: [UInt8] = []
    writer.write(report, into: &whole)
    var chunks: [[UInt8]] = []
    var rest: [UInt8] = []
    writer.write(report, into: &rest) { chunk in
      chunks.append(chunk)
      chunk.removeAll(keepingCapacity: true)
    }
    #expect(chunks.joined() + rest == whole)
    if format != "text" {
      #expect(chunks.count >= 2)
      #expect(chunks.allSatisfy { $0.count < 2 << 20 })
    }
  }
}
