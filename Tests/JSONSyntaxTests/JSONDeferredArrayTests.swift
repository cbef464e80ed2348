import PlanModel
import Testing

@testable import JSONSyntax

/// `parse(_:file:deferring:)` with `forEachElement` must read exactly what `parse` reads: the
/// same elements at the same positions, and on bad input the same diagnostic.
struct JSONDeferredArrayTests {
  /// Parses `text` the deferred way: the root, and the elements of `items` one by one.
  private func deferred(_ text: String, maxDepth: Int = JSONParser.defaultMaxDepth)
    -> Result<(root: JSONValue, items: [JSONValue]?, count: Int?), Diagnostic>
  {
    let bytes = Array(text.utf8)
    switch JSONParser.parse(bytes, file: "p.json", deferring: ["items"], maxDepth: maxDepth) {
    case .failure(let diagnostic): return .failure(diagnostic)
    case .success(let parsed):
      guard let array = parsed.deferred["items"] else {
        return .success((parsed.root, nil, nil))
      }
      var items: [JSONValue] = []
      if let failure = JSONParser.forEachElement(
        of: array, in: bytes, file: "p.json", maxDepth: maxDepth, { items.append($0) })
      {
        return .failure(failure)
      }
      return .success((parsed.root, items, array.count))
    }
  }

  static let valid = [
    #"{"items": []}"#,
    #"{"items": [ ]}"#,
    #"{"a": 1, "items": [{"x": "]", "y": [1, {"z": "\"}["}]}, 2,"s\\"], "b": [3]}"#,
    "{\n  \"items\": [\n    {\"ref\": \"1.1\"},\n    {\"ref\": \"1.2\",\n \"t\": \"é\"}\n  ],\n  \"c\": true\n}",
    #"{"items": {"not": "an array"}}"#,
    #"{"items": "text"}"#,
    #"{"nested": {"items": [1, 2]}}"#,
    #"[{"items": [1]}]"#,
  ]

  @Test(arguments: valid)
  func readsWhatTheFullParseReads(_ text: String) throws {
    let full = try JSONParser.parse(Array(text.utf8), file: "p.json").get()
    let (root, items, count) = try deferred(text).get()
    guard let items else {
      #expect(root == full)
      return
    }
    let members = try #require(full.objectValue?.members)
    let expected = try #require(members.first { $0.key == "items" }?.value)
    #expect(items == expected.arrayValue)
    #expect(count == items.count)
    let placeholder = try #require(root.objectValue?.members.first { $0.key == "items" }?.value)
    #expect(placeholder.arrayValue?.isEmpty == true)
    #expect(placeholder.position == expected.position)
    let others = members.filter { $0.key != "items" }
    #expect(root.objectValue?.members.filter { $0.key != "items" } == others)
  }

  static let invalid = [
    #"{"items": [1,]}"#,
    #"{"items": [1 2]}"#,
    #"{"items": [{"a": tru}]}"#,
    #"{"items": [1], }"#,
    #"{"items": [1]"#,
    #"{"items": [1, "x]}"#,
    #"{"items": ["a"]]}"#,
    #"{"items": [{"a": 1}}]}"#,
    "{\"items\": [\"line\nbreak\"]}",
    #"{"items": [1, {"k": 1, "k": 2}]}"#,
    #"{"items": [1], "items": [2]}"#,
    #"{"items": [1]} trailing"#,
    #"{"items": [[[[1]]]]}"#,
  ]

  @Test(arguments: invalid)
  func reportsWhatTheFullParseReports(_ text: String) throws {
    let maxDepth = 4
    guard
      case .failure(let expected) = JSONParser.parse(
        Array(text.utf8), file: "p.json", maxDepth: maxDepth)
    else {
      Issue.record("the full parse accepted \(text)")
      return
    }
    guard case .failure(let got) = deferred(text, maxDepth: maxDepth) else {
      Issue.record("the deferred parse accepted \(text)")
      return
    }
    #expect(got == expected)
  }

  @Test func nestingInsideADeferredArrayCountsFromTheRoot() throws {
    let inner = String(repeating: "[", count: 510) + String(repeating: "]", count: 510)
    #expect(throws: Never.self) { try deferred(#"{"items": ["# + inner + "]}").get() }
    let deeper = "[" + inner + "]"
    let full = JSONParser.parse(Array((#"{"items": ["# + deeper + "]}").utf8), file: "p.json")
    guard case .failure(let expected) = full else {
      Issue.record("the full parse accepted 513 levels")
      return
    }
    guard case .failure(let got) = deferred(#"{"items": ["# + deeper + "]}") else {
      Issue.record("the deferred parse accepted 513 levels")
      return
    }
    #expect(got == expected)
  }
}
