import PlanModel

/// JUnit XML in the strict Apache Ant form, so any CI server can show a run as tests.
///
/// One `<testsuite>` per plan file, one `<testcase>` per rule (classname = plan id, name =
/// rule id, both stable so CI test history works). Findings that match no plan, or a run
/// with no plans at all, go to a last suite named `plancheck`, so the document always says
/// what happened.
package struct JUnitReporter: Reporter {
  package static let format = "junit"
  package static let summary = "JUnit XML (Apache Ant schema), one test case per rule and plan"
  /// Used when the CLI gives no timestamp, so output stays reproducible.
  package static let placeholderTimestamp = "1970-01-01T00:00:00"

  private let options: ReporterOptions

  package init(options: ReporterOptions) { self.options = options }

  package func render(_ report: Report) -> String {
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
    for (index, suite) in suites(report).enumerated() {
      xml += suiteXML(suite, id: index, report: report)
    }
    return xml + "</testsuites>\n"
  }

  private var timestamp: String {
    guard let value = options.timestamp else { return Self.placeholderTimestamp }
    let prefix = String(value.prefix(19))
    return Self.isZonelessTimestamp(prefix) ? prefix : Self.placeholderTimestamp
  }

  private var hostname: String {
    let trimmed = (options.hostname ?? "").filter { !$0.isWhitespace }
    return trimmed.isEmpty ? "localhost" : trimmed
  }

  /// `YYYY-MM-DDTHH:MM:SS`, the only form the Ant schema accepts.
  static func isZonelessTimestamp(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 19 else { return false }
    for (index, byte) in bytes.enumerated() {
      switch index {
      case 4, 7: guard byte == UInt8(ascii: "-") else { return false }
      case 10: guard byte == UInt8(ascii: "T") else { return false }
      case 13, 16: guard byte == UInt8(ascii: ":") else { return false }
      default: guard (48...57).contains(byte) else { return false }
      }
    }
    return true
  }

  private func suiteXML(_ suite: Suite, id: Int, report: Report) -> String {
    let attributes = [
      ("package", suite.package), ("id", String(id)), ("name", suite.name),
      ("timestamp", timestamp), ("hostname", hostname), ("tests", String(suite.cases.count)),
      ("failures", String(suite.count(.failure))), ("errors", String(suite.count(.error))),
      ("skipped", String(suite.count(.skipped))), ("time", Self.seconds(suite.time)),
    ]
    var xml =
      "  <testsuite"
      + attributes.map { " \($0.0)=\"\(XMLEscaping.attribute($0.1))\"" }
      .joined() + ">\n"
    xml += propertiesXML(report)
    for testCase in suite.cases { xml += caseXML(testCase) }
    xml += "    <system-out>\(XMLEscaping.text(suite.systemOut))</system-out>\n"
    xml += "    <system-err>\(XMLEscaping.text(suite.systemErr))</system-err>\n"
    return xml + "  </testsuite>\n"
  }

  private func propertiesXML(_ report: Report) -> String {
    let properties = [
      ("plancheck.version", report.tool.version), ("plancheck.asOf", report.asOf.iso),
      ("plancheck.failOn", options.failOnLabel(for: report)),
    ]
    let lines = properties.map { name, value in
      "      <property name=\"\(XMLEscaping.attribute(name))\" "
        + "value=\"\(XMLEscaping.attribute(value))\"/>\n"
    }
    return "    <properties>\n" + lines.joined() + "    </properties>\n"
  }

  private func caseXML(_ testCase: Case) -> String {
    let head =
      "    <testcase name=\"\(XMLEscaping.attribute(testCase.name))\" "
      + "classname=\"\(XMLEscaping.attribute(testCase.classname))\" time=\"0.000\""
    switch testCase.outcome {
    case .passed:
      return head + "/>\n"
    case .skipped(let message):
      return head + ">\n      <skipped message=\"\(XMLEscaping.attribute(message))\"/>\n"
        + "    </testcase>\n"
    case .failed(let type, let message, let body):
      return head + ">\n" + child("failure", type: type, message: message, body: body)
        + "    </testcase>\n"
    case .errored(let message, let body):
      return head + ">\n" + child("error", type: "evaluation", message: message, body: body)
        + "    </testcase>\n"
    }
  }

  private func child(_ element: String, type: String, message: String, body: String) -> String {
    "      <\(element) type=\"\(XMLEscaping.attribute(type))\" "
      + "message=\"\(XMLEscaping.attribute(message))\">\(XMLEscaping.text(body))</\(element)>\n"
  }

  /// Seconds with three decimals, written by hand so no locale can add a comma.
  static func seconds(_ value: Double) -> String {
    let millis = value.isFinite ? Int((max(0, min(value, 1e12)) * 1000).rounded()) : 0
    let fraction = String(millis % 1000)
    return "\(millis / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}
