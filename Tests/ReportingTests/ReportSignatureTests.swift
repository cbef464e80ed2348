import PlanModel
import Reporting
import Testing

/// Every file-shaped report plancheck writes is told from a plan by its content.
struct ReportSignatureTests {
  static func signature(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    let window = ReportSignature.window
    return ReportSignature.format(
      head: Array(bytes.prefix(window)), tail: Array(bytes.suffix(window)))
  }

  @Test(arguments: ["json", "junit", "sarif", "markdown", "csv", "html", "gitlab"])
  func eachReportIsRecognised(format: String) throws {
    let reporter = try #require(Reporters.named(format))
    for report in [ReportFixture.realistic(), Report(asOf: ReportFixture.day("2024-01-01"))] {
      #expect(Self.signature(render(reporter, report)) == format, "\(format)")
    }
  }

  @Test(arguments: [
    #"{"id": "p", "asOf": "2024-01-01", "actions": [{"ref": "1"}]}"#,
    #"{"tool": "x", "summary": "a plan about the plancheck tool", "actions": []}"#,
    "Ref,Action,Lead\n1,Do it,Head of Service\n",
    "[1, 2, 3]",
    "# plancheck notes\n",
  ])
  func plansAreNotReports(text: String) {
    #expect(Self.signature(text) == nil)
  }
}
