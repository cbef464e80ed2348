import PlanModel
import Reporting
import TestSupport
import Testing

struct TextReporterTests {
  @Test func matchesGolden() {
    let output = render(TextReporter.self, ReportFixture.realistic())
    #expect(Golden.check(output, named: "text.txt") == nil)
  }

  @Test func colourOnlyWhenAsked() {
    let plain = render(TextReporter.self, ReportFixture.realistic())
    var options = fixedOptions
    options.color = true
    let coloured = render(TextReporter.self, ReportFixture.realistic(), options: options)
    #expect(!plain.contains("\u{1B}"))
    #expect(coloured.contains("\u{1B}[31merror"))
    #expect(Golden.check(coloured, named: "text-color.txt") == nil)
  }

  @Test func waivedFindingsAreCountedNotListed() {
    let output = render(TextReporter.self, ReportFixture.realistic())
    #expect(!output.contains("Action 2.4 has no named lead."))
    #expect(!output.contains("Action 7 was due"))
    #expect(output.contains("1 waived, 1 accepted in baseline"), "counted apart")
  }

  @Test func hostileTextCannotEscapeTheLine() {
    let output = render(TextReporter.self, HostileFixture.report())
    #expect(!output.contains("\u{1B}") && !output.contains("\u{202E}"))
    #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    let findingLines = output.split(separator: "\n").filter { $0.contains("missing-lead") }
    // Three active findings, one line each; the waived one is only counted.
    #expect(findingLines.filter { $0.hasPrefix("  ") }.count == 3)
    #expect(output.contains("مرحبا بالعالم"))
    #expect(output.contains("🚨👩🏽‍💼"))
  }

  @Test func emptyReportIsJustTheSummary() {
    let output = render(TextReporter.self, Report(asOf: ReportFixture.day("2024-01-01")))
    #expect(
      output
        == "0 plans, 0 actions, 0 rules: 0 errors, 0 warnings, 0 infos, 0 waived, "
        + "0 skipped rules; as of 2024-01-01\npassed (--fail-on error)\n")
  }
}
