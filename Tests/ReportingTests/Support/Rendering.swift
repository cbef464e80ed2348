import Foundation
import PlanModel
import Reporting
import Testing

/// Fixed options so rendered output is the same on every machine.
let fixedOptions = ReporterOptions(
  color: false, timestamp: "2023-10-31T09:15:00", hostname: "ci-runner",
  fullReportPath: "plancheck.sarif")

func render(_ type: any Reporter.Type, _ report: Report, options: ReporterOptions = fixedOptions)
  -> String
{
  type.init(options: options).render(report)
}

/// Parses JSON output into Foundation objects (a test failure when it does not parse).
func jsonObject(_ text: String) -> [String: Any]? {
  (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
}

/// The fixtures parameterised tests run over, by name (so a failure prints a name, not a
/// whole report).
enum FixtureName: String, CaseIterable, CustomTestStringConvertible {
  case realistic, hostile, empty

  var report: Report {
    switch self {
    case .realistic: ReportFixture.realistic()
    case .hostile: HostileFixture.report()
    case .empty: Report(asOf: ReportFixture.day("2024-01-01"))
    }
  }

  var testDescription: String { rawValue }
}
