import Foundation
import PlanModel
import Reporting
import TestSupport
import Testing

struct SARIFReporterTests {
  @Test func matchesGolden() {
    let output = render(SARIFReporter.self, ReportFixture.realistic())
    #expect(Golden.check(output, named: "sarif.json") == nil)
  }

  @Test(arguments: FixtureName.allCases)
  func keysAreSortedInEveryObject(fixture: FixtureName) {
    #expect(SortedKeys.problems(in: render(SARIFReporter.self, fixture.report)) == [])
  }

  @Test func resultsPointAtRulesAndRelativeFiles() throws {
    let log = try #require(jsonObject(render(SARIFReporter.self, ReportFixture.realistic())))
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let rules =
      try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])[
        "rules"] as? [[String: Any]]
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 12)
    for result in results {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules?[index]["id"] as? String == result["ruleId"] as? String)
      let location = try #require((result["locations"] as? [[String: Any]])?.first)
      let physical = try #require(location["physicalLocation"] as? [String: Any])
      let artifact = try #require(physical["artifactLocation"] as? [String: Any])
      let uri = try #require(artifact["uri"] as? String)
      #expect(!uri.hasPrefix("/") && !uri.contains(" "))
      let line = (physical["region"] as? [String: Any])?["startLine"] as? Int ?? 0
      #expect(line >= 1)
    }
    let suppressed = results.compactMap { $0["suppressions"] as? [[String: Any]] }
    #expect(
      suppressed.compactMap { $0.first?["kind"] as? String }.sorted() == ["external", "inSource"])
  }

  @Test(arguments: [
    ("plans/Lancashire ILACS plan.csv", "plans/Lancashire%20ILACS%20plan.csv"),
    ("./plans/a#b%c.json", "plans/a%23b%25c.json"),
    ("plans\\windows.json", "plans/windows.json"),
    ("C:plan.json", "C%3Aplan.json"),
    ("plans/é.json", "plans/%C3%A9.json"),
  ])
  func urisAreRelativeAndPercentEncoded(file: String, uri: String) throws {
    var report = Report(asOf: ReportFixture.day("2024-01-01"))
    report.findings = [
      ReportFixture.finding(
        "r", .error, "m", at: (file, 1, 1), entity: (.entity(.action), "1"), plan: "p")
    ]
    let output = render(SARIFReporter.self, report)
    #expect(output.contains("\"uri\": \"\(uri)\""))
  }

  @Test func hostileTextRoundTrips() throws {
    let log = try #require(jsonObject(render(SARIFReporter.self, HostileFixture.report())))
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let messages = (run["results"] as? [[String: Any]] ?? []).compactMap {
      ($0["message"] as? [String: Any])?["text"] as? String
    }
    #expect(messages.contains { $0 == HostileFixture.text })
    #expect(messages.contains { $0 == HostileFixture.long })
  }
}

/// What GitHub code scanning expects beyond the schema: a `primaryLocationLineHash` on every
/// result and rule descriptions of at most 1,024 characters.
struct SARIFGitHubExpectationTests {
  @Test func resultsCarryALineHashAndDescriptionsFit() throws {
    var report = ReportFixture.realistic()
    let sentence = "A waiver is a recorded and reasoned decision to accept one finding. "
    report.rules.append(
      RuleDescriptor(
        id: "long-rule", title: "Long", severity: .info, scope: "plan",
        rationale: String(repeating: sentence, count: 40)))
    let log = try #require(jsonObject(render(SARIFReporter.self, report)))
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    for rule in rules {
      for key in ["fullDescription", "shortDescription"] {
        let text = try #require((rule[key] as? [String: Any])?["text"] as? String)
        #expect(text.count <= 1_024, "\(rule["id"] ?? "?") \(key): \(text.count)")
      }
    }
    let long = try #require(rules.first { $0["id"] as? String == "long-rule" })
    let full = try #require((long["fullDescription"] as? [String: Any])?["text"] as? String)
    #expect(full.hasSuffix("finding. …"), "cut after a whole sentence")
    let results = try #require(run["results"] as? [[String: Any]])
    for result in results {
      let hashes = try #require(result["partialFingerprints"] as? [String: String])
      #expect(hashes["primaryLocationLineHash"]?.hasSuffix(":1") == true)
    }
  }
}
