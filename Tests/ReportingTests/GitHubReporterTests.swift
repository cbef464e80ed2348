import PlanModel
import Reporting
import TestSupport
import Testing

struct GitHubReporterTests {
  @Test func matchesGolden() {
    let output = render(GitHubReporter.self, ReportFixture.realistic())
    #expect(Golden.check(output, named: "github.txt") == nil)
  }

  @Test(arguments: [
    ("100%", "100%25", "100%25"),
    ("a\nb", "a%0Ab", "a%0Ab"),
    ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
    ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
    ("%0A", "%250A", "%250A"),
    ("esc\u{1B}[31m", "esc\u{FFFD}[31m", "esc\u{FFFD}[31m"),
  ])
  func escapesLikeTheToolkit(raw: String, data: String, property: String) {
    #expect(GitHubReporter.escapeData(raw) == data)
    #expect(GitHubReporter.escapeProperty(raw) == property)
  }

  @Test func errorsFirstAndTenPerLevel() {
    var report = Report(asOf: ReportFixture.day("2024-01-01"))
    let counts: [(Severity, Int)] = [(.info, 12), (.warning, 3), (.error, 25)]
    for (severity, count) in counts {
      for index in 1...count {
        report.findings.append(
          ReportFixture.finding(
            "rule-\(severity.rawValue)", severity, "finding \(index)", at: ("a.json", index, 1),
            entity: (.entity(.action), "\(index)"), plan: "p"))
      }
    }
    let lines = render(GitHubReporter.self, report).split(separator: "\n").map(String.init)
    #expect(lines.count == 24)
    #expect(lines.prefix(10).allSatisfy { $0.hasPrefix("::error ") })
    #expect(lines[10..<13].allSatisfy { $0.hasPrefix("::warning ") })
    #expect(lines[13..<23].allSatisfy { $0.hasPrefix("::notice ") })
    let last = lines.last ?? ""
    #expect(last.contains("Not shown as annotations: 15 errors, 2 notices"))
    #expect(last.contains("see plancheck.sarif"))
  }

  @Test func withoutAReportPathItSaysRunLocally() {
    var report = Report(asOf: ReportFixture.day("2024-01-01"))
    report.findings = (1...11).map {
      ReportFixture.finding(
        "r", .error, "m", at: ("a", $0, 1), entity: (.entity(.action), "\($0)"), plan: "p")
    }
    let output = render(GitHubReporter.self, report, options: ReporterOptions())
    #expect(
      output.contains(
        "Not shown as annotations: 1 error; for the full report run plancheck check locally"))
  }

  @Test func hostileTextStaysInOneCommand() {
    let output = render(GitHubReporter.self, HostileFixture.report())
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    // One diagnostic, three unsuppressed findings, the closing line.
    #expect(lines.count == 5)
    for line in lines.dropLast() {
      #expect(line.hasPrefix("::error ") || line.hasPrefix("::warning "))
      #expect(!line.contains("\r") && !line.contains("\u{1B}") && !line.contains("\u{202E}"))
    }
    #expect(lines.last?.hasPrefix("plancheck: ") == true)
  }
}
