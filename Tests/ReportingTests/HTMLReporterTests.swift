import Foundation
import PlanModel
import Reporting
import TestSupport
import Testing

struct HTMLReporterTests {
  /// Every element and attribute the report may contain: nothing that runs, loads or links out.
  static let allowedTags: Set<String> = [
    "html", "head", "meta", "title", "style", "body", "main", "header", "nav", "h1", "h2", "h3",
    "ol", "ul", "li", "a", "section", "p", "span", "br", "div", "figure", "figcaption", "table",
    "caption", "thead", "tbody", "tr", "th", "td", "footer", "svg", "g", "rect", "line",
    "circle", "text",
  ]
  static let allowedAttributes: Set<String> = [
    "lang", "charset", "http-equiv", "content", "name", "class", "id", "href", "scope", "role",
    "aria-label", "aria-labelledby", "aria-hidden", "xmlns", "viewbox", "preserveaspectratio",
    "x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r",
  ]

  @Test func matchesGolden() {
    let output = render(HTMLReporter.self, HTMLFixture.board())
    #expect(Golden.check(output, named: "html.html") == nil)
  }

  @Test(arguments: ["board", "hostile", "markup", "realistic", "empty"])
  func documentIsWellFormedAndInert(fixture: String) throws {
    let report =
      switch fixture {
      case "board": HTMLFixture.board()
      case "hostile": HTMLFixture.hostile()
      case "markup": HostileFixture.report()
      case "realistic": ReportFixture.realistic()
      default: Report(asOf: ReportFixture.day("2024-01-01"))
      }
    let output = render(HTMLReporter.self, report)
    #expect(output.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
    #expect(
      output.contains(
        "<meta http-equiv=\"Content-Security-Policy\" "
          + "content=\"default-src 'none'; style-src 'unsafe-inline'\">"))
    let tags = try #require(HTMLScan.tags(output), "output does not tokenise as tags")
    #expect(HTMLScan.isBalanced(tags))
    for tag in tags {
      #expect(Self.allowedTags.contains(tag.name), "<\(tag.name)>")
      for attribute in tag.attributes {
        #expect(Self.allowedAttributes.contains(attribute.name), "\(tag.name) \(attribute.name)")
        if attribute.name == "href" {
          #expect(attribute.value.hasPrefix("#"), "\(attribute.value)")
        }
      }
    }
    #expect(tags.filter { $0.name == "style" }.count == 2)
    for markup in ["<script", "<img", "<link", "<iframe", "<object"] {
      #expect(!output.lowercased().contains(markup), "\(markup)")
    }
    let css = try #require(section(output, from: "<style>", to: "</style>"))
    for external in ["url(", "@import", "@font-face"] { #expect(!css.contains(external)) }
  }

  @Test func hostilePlanTextIsShownButNeverLive() throws {
    let output = render(HTMLReporter.self, HTMLFixture.hostile())
    for raw in ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "<img", "'q'"] {
      #expect(!output.contains(raw), "\(raw)")
    }
    #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(output.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    #expect(output.contains("&apos;q&apos; &amp;amp;"))
    // `onerror=` and `javascript:` appear only as text, never in a tag.
    let tags = try #require(HTMLScan.tags(output))
    for tag in tags {
      #expect(!tag.attributes.contains { $0.name.hasPrefix("on") }, "\(tag.name)")
      #expect(
        !tag.attributes.contains {
          $0.value.lowercased().contains("javascript:") && $0.name == "href"
        })
    }
    let pieces = output.components(separatedBy: "onerror=")
    #expect(pieces.count > 10)
    #expect(pieces.dropLast().allSatisfy { $0.hasSuffix("&lt;img src=x ") })
    #expect(HTMLScan.text(output).contains("javascript:alert(1)"))
    // The chart labels carry the hostile theme and rule names, escaped.
    let label = "\">&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;im…</text>"
    #expect(output.components(separatedBy: label).count == 3)  // by rule and by theme
  }

  @Test func controlAndBidiCharactersAreNeutralised() {
    let output = render(HTMLReporter.self, HostileFixture.report())
    #expect(!output.contains("\u{1B}") && !output.contains("\u{0}") && !output.contains("\u{202E}"))
    #expect(output.contains("مرحبا بالعالم"))
  }

  @Test func zeroPlanReportSaysSoInEverySection() throws {
    let output = render(HTMLReporter.self, Report(asOf: ReportFixture.day("2024-01-01")))
    #expect(output.contains("<h1>Improvement plan check</h1>"))
    #expect(output.contains("No plans were checked."))
    #expect(output.contains("No actions to rate."))
    #expect(output.contains("Not checked: no rule that finds overdue actions ran."))
    #expect(output.contains("No plan lists inspection recommendations."))
    #expect(output.contains("No plans were read."))
    #expect(!output.contains("<svg"))
    #expect(!output.contains("id=\"drift\""))
    let headings = try #require(HTMLScan.tags(output)).filter { !$0.closing && $0.name == "h2" }
    #expect(headings.count == 8)
  }

  @Test func coverageMarksEachKindOfGap() throws {
    let report = HTMLFixture.board()
    let plan = HTMLFixture.luton()
    let figures = PlanFigures(
      plan: plan, findings: PlanFindings(report).findings(ofPlan: 0), catalog: RuleCatalog(report))
    let coverage = RecommendationCoverage(plan: plan, figures: figures)
    let gaps = Dictionary(
      uniqueKeysWithValues: coverage.rows.map { ($0.recommendation.id, $0.gaps) })
    #expect(gaps["1"] == [])
    #expect(gaps["2"] == [.onlyOverdue])
    #expect(gaps["3"] == [.noLead])
    #expect(gaps["4"] == [.noAction])
    #expect(gaps["5"] == [])
    #expect(gaps["6"] == [])
    #expect(coverage.rows.first { $0.recommendation.id == "5" }?.complete == true)
    #expect(coverage.gapCount == 3)

    let output = render(HTMLReporter.self, HTMLFixture.board())
    let matrix = try #require(section(output, from: "id=\"coverage\"", to: "id=\"leads\""))
    let rows = matrix.components(separatedBy: "<tr><th scope=\"row\">").dropFirst()
    let marks = rows.map { row in
      (String(row.prefix { $0 != "<" }), HTMLScan.text(row))
    }
    for (id, mark) in [
      ("2", "⚠ Only overdue actions"), ("3", "⚠ No open action has a lead"),
      ("4", "✗ No action"), ("11", "✗ No action"), ("5", "✓ All actions complete"),
      ("6", "✓ Covered"),
    ] {
      #expect(marks.contains { $0.0 == id && $0.1.contains(mark) }, "recommendation \(id): \(mark)")
    }
    #expect(matrix.contains("<span class=\"gap\">✗ No action</span>"))
  }

  @Test func boardReportHasEverySection() {
    let output = render(HTMLReporter.self, HTMLFixture.board())
    for heading in [
      "Summary", "Findings at a glance", "Overdue actions", "Recommendation coverage",
      "Actions per lead", "Changes since the last version", "All findings", "About this run",
    ] {
      #expect(output.contains("-h\">\(heading)</h2>"), "\(heading)")
    }
    for group in ["What slipped", "What was removed", "What improved without an update"] {
      #expect(output.contains("<h3>\(group)</h3>"), "\(group)")
    }
    #expect(output.contains("Waived: post being recruited; interim DCS covering"))
    #expect(output.contains("Accepted in baseline"))
    #expect(output.contains("role=\"img\" aria-label=\"Timeline of 5 overdue actions"))
    #expect(output.contains("@page { size: A4;"))
    #expect(!output.contains("<h3>Other changes</h3>"))
  }

  private func section(_ text: String, from start: String, to end: String) -> String? {
    guard let lower = text.range(of: start), let upper = text.range(of: end) else { return nil }
    return String(text[lower.upperBound..<upper.lowerBound])
  }
}
