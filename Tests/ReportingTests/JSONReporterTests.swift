import Foundation
import PlanModel
import Reporting
import TestSupport
import Testing

struct JSONReporterTests {
  @Test func matchesGolden() {
    let output = render(JSONReporter.self, ReportFixture.realistic())
    #expect(Golden.check(output, named: "json.json") == nil)
  }

  @Test func keysMatchThePublishedSchema() throws {
    let url = Golden.repositoryRoot().appendingPathComponent("Rules/schema/findings.schema.json")
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    for report in [ReportFixture.realistic(), HostileFixture.report()] {
      let output = try #require(jsonObject(render(JSONReporter.self, report)))
      var problems: [String] = []
      SchemaKeys(root: schema).check(output, against: schema, at: "$", problems: &problems)
      #expect(problems == [])
    }
  }

  @Test(arguments: FixtureName.allCases)
  func keysAreSortedInEveryObject(fixture: FixtureName) {
    #expect(SortedKeys.problems(in: render(JSONReporter.self, fixture.report)) == [])
  }

  @Test func sortedKeyCheckerCatchesAKeyOutOfOrder() {
    let text = """
      {
        "a": {
          "z": 1,
          "y": [
            {
              "b": 1
            },
            {
              "a": 2
            }
          ]
        },
        "b": 2,
        "a": 3
      }

      """
    #expect(SortedKeys.problems(in: text).count == 2)
  }

  @Test func keyCheckerCatchesAnUndocumentedKey() throws {
    let schema: [String: Any] = [
      "type": "object", "required": ["a"], "properties": ["a": ["type": "string"]],
    ]
    var problems: [String] = []
    SchemaKeys(root: schema).check(["b": 1], against: schema, at: "$", problems: &problems)
    #expect(problems.count == 2)
  }

  @Test func everyFindingIsListedWithItsSuppression() throws {
    let output = try #require(jsonObject(render(JSONReporter.self, ReportFixture.realistic())))
    let findings = try #require(output["findings"] as? [[String: Any]])
    #expect(findings.count == 12)
    let waived = findings.filter { $0["waived"] as? Bool == true }
    #expect(waived.count == 2)
    let kinds = waived.compactMap { ($0["suppression"] as? [String: Any])?["kind"] as? String }
    #expect(kinds.sorted() == ["baseline", "waiver"])
    #expect(output["schemaVersion"] as? Int == 1)
    #expect(output["failOn"] as? String == "error")
  }

  @Test func hostileTextRoundTripsExactly() throws {
    let output = try #require(jsonObject(render(JSONReporter.self, HostileFixture.report())))
    let findings = try #require(output["findings"] as? [[String: Any]])
    let messages = findings.compactMap { $0["message"] as? String }
    #expect(messages.contains { $0 == HostileFixture.text })
    #expect(messages.contains { $0 == HostileFixture.long })
  }

  @Test func failOnNoneIsSpelledOut() throws {
    let report = Report(asOf: ReportFixture.day("2024-01-01"), failOn: nil)
    let output = try #require(jsonObject(render(JSONReporter.self, report)))
    #expect(output["failOn"] as? String == "none")
  }
}

/// Checks a JSON value's keys against a JSON Schema's `properties` and `required` (following
/// local `$ref`s), the subset of validation Foundation can do without a schema library.
struct SchemaKeys {
  var root: [String: Any]

  func check(_ value: Any, against schema: [String: Any], at path: String, problems: inout [String])
  {
    let schema = resolved(schema)
    if let object = value as? [String: Any], let properties = schema["properties"] as? [String: Any]
    {
      for key in object.keys where properties[key] == nil {
        problems.append("\(path).\(key) is not in the schema")
      }
      for key in schema["required"] as? [String] ?? [] where object[key] == nil {
        problems.append("\(path).\(key) is required but missing")
      }
      for (key, child) in object {
        if let childSchema = properties[key] as? [String: Any] {
          check(child, against: childSchema, at: "\(path).\(key)", problems: &problems)
        }
      }
    } else if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
      for (index, element) in array.enumerated() {
        check(element, against: items, at: "\(path)[\(index)]", problems: &problems)
      }
    }
  }

  private func resolved(_ schema: [String: Any]) -> [String: Any] {
    guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/$defs/") else { return schema }
    let name = String(ref.dropFirst("#/$defs/".count))
    return ((root["$defs"] as? [String: Any])?[name] as? [String: Any]) ?? schema
  }
}
