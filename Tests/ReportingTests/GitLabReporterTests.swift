import Foundation
import PlanModel
import Reporting
import TestSupport
import Testing

/// GitLab Code Quality: the Code Climate subset GitLab documents for
/// `artifacts:reports:codequality`.
struct GitLabReporterTests {
  @Test func matchesGolden() {
    let output = render(GitLabReporter.self, ReportFixture.realistic())
    #expect(Golden.check(output, named: "gitlab.json") == nil)
  }

  /// Every issue has the fields GitLab reads, a known severity, a relative path, a line, and a
  /// fingerprint no other issue shares; suppressed findings are left out.
  @Test(arguments: [FixtureName.realistic, .hostile])
  func issuesHaveWhatGitLabReads(fixture: FixtureName) throws {
    var report = fixture.report
    // Two findings with one fingerprint must still be two issues.
    if let first = report.findings.first { report.findings.append(first) }
    let output = render(GitLabReporter.self, report)
    let issues = try #require(
      try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    #expect(issues.count == report.findings.filter { !$0.isSuppressed }.count)
    var fingerprints: Set<String> = []
    for issue in issues {
      #expect(!((issue["description"] as? String) ?? "").isEmpty)
      #expect(!((issue["check_name"] as? String) ?? "").isEmpty)
      let fingerprint = try #require(issue["fingerprint"] as? String)
      #expect(fingerprints.insert(fingerprint).inserted, "unique: \(fingerprint)")
      let severity = try #require(issue["severity"] as? String)
      #expect(["info", "minor", "major", "critical", "blocker"].contains(severity))
      let location = try #require(issue["location"] as? [String: Any])
      let path = try #require(location["path"] as? String)
      #expect(!path.hasPrefix("/") && !path.hasPrefix("./"), "\(path)")
      let lines = try #require(location["lines"] as? [String: Any])
      #expect((lines["begin"] as? Int ?? 0) >= 1)
    }
  }

  @Test func emptyRunIsAnEmptyList() {
    let output = render(GitLabReporter.self, Report(asOf: ReportFixture.day("2024-01-01")))
    #expect(output == "[]\n")
  }
}
