import Foundation
import PlanModel
import Reporting
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

struct JUnitReporterTests {
  @Test func matchesGolden() {
    let output = render(JUnitReporter.self, ReportFixture.realistic())
    #expect(Golden.check(output, named: "junit.xml") == nil)
  }

  @Test(arguments: FixtureName.allCases)
  func countsAgreeWithChildren(fixture: FixtureName) throws {
    let document = try XMLDocument(xmlString: render(JUnitReporter.self, fixture.report))
    let root = try #require(document.rootElement())
    #expect(root.name == "testsuites")
    #expect(root.attributes?.isEmpty ?? true)
    let suites = root.elements(forName: "testsuite")
    #expect(!suites.isEmpty)
    for (index, suite) in suites.enumerated() {
      let cases = suite.elements(forName: "testcase")
      #expect(attribute(suite, "id") == String(index))
      #expect(attribute(suite, "tests") == String(cases.count))
      for (name, child) in [("failures", "failure"), ("errors", "error"), ("skipped", "skipped")] {
        let count = cases.filter { !$0.elements(forName: child).isEmpty }.count
        #expect(attribute(suite, name) == String(count), "\(name) of suite \(index)")
      }
      let order = suite.children?.compactMap(\.name) ?? []
      #expect(order.first == "properties")
      #expect(Array(order.suffix(2)) == ["system-out", "system-err"])
    }
  }

  @Test func outcomesFollowTheSpec() throws {
    let document = try XMLDocument(xmlString: render(JUnitReporter.self, ReportFixture.realistic()))
    let suites = document.rootElement()?.elements(forName: "testsuite") ?? []
    try #require(suites.count == 2)
    let luton = outcomes(suites[0])
    #expect(luton["missing-lead"] == "failure")
    #expect(luton["recommendation-without-action"] == "failure")
    #expect(luton["status-text-contradiction"] == "error")
    #expect(luton["end-date-slipped"] == "skipped")
    #expect(luton["overdue"] == "passed")
    let lancashire = outcomes(suites[1])
    #expect(lancashire["measure-without-target"] == "skipped")
    #expect(lancashire["overdue"] == "skipped")
    let failure = suites[0].elements(forName: "testcase")
      .first { attribute($0, "name") == "missing-lead" }?.elements(forName: "failure").first
    #expect(attribute(failure, "message") == "1 finding: Action 1.2 has no named lead.")
    #expect(attribute(failure, "type") == "missing-lead")
    let systemOut = suites[0].elements(forName: "system-out").first?.stringValue ?? ""
    #expect(systemOut.contains("Action 1.1 was due March 2023"))
  }

  @Test func hostileTextParsesAndSurvives() throws {
    let output = render(JUnitReporter.self, HostileFixture.report())
    let parser = XMLParser(data: Data(output.utf8))
    #expect(parser.parse(), "\(String(describing: parser.parserError))")
    let document = try XMLDocument(xmlString: output)
    let text = document.rootElement()?.stringValue ?? ""
    #expect(text.contains("<script>alert('x')</script>"))
    #expect(text.contains("]]>"))
    #expect(text.contains("مرحبا بالعالم"))
    #expect(!output.contains("\u{1B}"))
  }

  @Test func timestampWithZoneFallsBackToPlaceholder() {
    var options = fixedOptions
    options.timestamp = "2023-10-31 09:15"
    let output = render(JUnitReporter.self, ReportFixture.realistic(), options: options)
    #expect(output.contains("timestamp=\"1970-01-01T00:00:00\""))
    options.timestamp = "2023-10-31T09:15:00+01:00"
    let trimmed = render(JUnitReporter.self, ReportFixture.realistic(), options: options)
    #expect(trimmed.contains("timestamp=\"2023-10-31T09:15:00\""))
  }

  private func attribute(_ element: XMLElement?, _ name: String) -> String? {
    element?.attribute(forName: name)?.stringValue
  }

  private func outcomes(_ suite: XMLElement) -> [String: String] {
    var result: [String: String] = [:]
    for testCase in suite.elements(forName: "testcase") {
      let child = testCase.children?.compactMap(\.name).first ?? "passed"
      result[attribute(testCase, "name") ?? ""] = child
    }
    return result
  }
}
