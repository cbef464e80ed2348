import PlanModel
import Reporting
import TestSupport
import Testing

struct MarkdownReporterTests {
  @Test func matchesGolden() {
    let output = render(MarkdownReporter.self, ReportFixture.realistic())
    #expect(Golden.check(output, named: "markdown.md") == nil)
  }

  @Test(arguments: [FixtureName.realistic, .hostile])
  func tablesKeepTheirColumnCount(fixture: FixtureName) {
    let lines = render(MarkdownReporter.self, fixture.report).split(separator: "\n").map(
      String.init)
    var expected: Int?
    var rows = 0
    for line in lines {
      guard line.hasPrefix("|") else {
        expected = nil
        continue
      }
      let pipes = MarkdownScan.unescaped(line).filter { $0 == "|" }.count
      if let expected { #expect(pipes == expected, "\(line.prefix(80))") } else { expected = pipes }
      rows += 1
    }
    #expect(rows > 6)
  }

  @Test func hostileTextRendersNoMarkup() {
    let output = render(MarkdownReporter.self, HostileFixture.report())
    let unescaped = MarkdownScan.unescaped(output)
    for markup in ["<script", "`", "*b*", "_i_", "[l]", "$x$", "&amp;"] {
      #expect(!unescaped.contains(markup), "\(markup)")
    }
    #expect(!unescaped.replacingOccurrences(of: "<br>", with: "").contains("<"))
    #expect(!output.contains("\u{1B}") && !output.contains("\u{0}"))
    #expect(!output.contains("\u{202E}"))
    #expect(output.contains("مرحبا بالعالم"))
  }

  /// Rules are listed errors first, as a reader needs them, and the HTML report's overdue,
  /// coverage and per-lead sections are there too.
  @Test func errorsComeFirstAndTheSelfAssessmentSectionsAreThere() throws {
    let output = render(MarkdownReporter.self, ReportFixture.realistic())
    var checked = 0
    for plan in output.components(separatedBy: "\n## ").dropFirst() {
      let severities = plan.split(separator: "\n").compactMap { line -> Int? in
        guard line.hasPrefix("### ") else { return nil }
        if line.hasSuffix(", error)") { return 2 }
        if line.hasSuffix(", warning)") { return 1 }
        return line.hasSuffix(", info)") ? 0 : nil
      }
      #expect(severities == severities.sorted(by: >), "\(plan.prefix(60))")
      checked += severities.count
    }
    #expect(checked > 4)
    for heading in ["## Overdue actions", "### Open actions per lead"] {
      #expect(output.contains(heading), "\(heading)")
    }
  }

  @Test func waivedFindingsHaveTheirOwnSection() {
    let output = render(MarkdownReporter.self, ReportFixture.realistic())
    #expect(output.contains("## Waived and accepted findings"))
    #expect(output.contains("post being recruited; interim DCS covering"))
    #expect(output.contains("accepted in baseline"))
  }
}

/// Reads Markdown source the way a CommonMark parser treats backslashes: an escaped
/// character is dropped from the result, so what remains is what can still act as markup.
enum MarkdownScan {
  static func unescaped(_ text: String) -> String {
    var result = ""
    var escaping = false
    for character in text {
      if escaping {
        escaping = false
        result.append("•")
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}

/// The Markdown form of the self-assessment report carries the coverage matrix and the lead
/// workload, like the HTML report.
struct MarkdownSelfAssessmentTests {
  @Test func coverageMatrixAndLeadsPerPlan() {
    let report = HTMLFixture.board()
    let output = MarkdownReporter(options: ReporterOptions()).render(report)
    #expect(output.contains("### Recommendation coverage"))
    #expect(output.contains("| Recommendation | Actions citing it | Coverage |"))
    #expect(output.contains("### Open actions per lead"))
    let findings = PlanFindings(report)
    let coverage = report.plans.indices.compactMap { index in
      report.plans[index].plan.map {
        RecommendationCoverage(
          plan: $0,
          figures: PlanFigures(
            plan: $0, findings: findings.findings(ofPlan: index), catalog: RuleCatalog(report)))
      }
    }
    let gaps = coverage.flatMap(\.rows).filter { !$0.gaps.isEmpty }
    #expect(!gaps.isEmpty, "the board fixture has recommendations with gaps")
    for row in gaps {
      #expect(output.contains(row.verdict.joined(separator: "; ")))
    }
  }
}
