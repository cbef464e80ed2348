import PlanModel
import TestSupport
import Testing

@testable import JSONSyntax

/// Parses marked text, failing the test on a syntax error.
func parseJSON(_ text: String) throws -> JSONValue {
  try JSONParser.parse(Array(text.utf8), file: "t.json").get()
}

struct JSONParserTests {
  struct Located: CustomTestStringConvertible, Sendable {
    var marked: String
    var path: [String]
    var testDescription: String { marked }
  }

  @Test(arguments: [
    Located(marked: "{\"lead\": 1️⃣5}", path: ["lead"]),
    Located(marked: "[1, 1️⃣\"two\"]", path: ["1"]),
    Located(marked: "{\n  \"a\": [\n    1️⃣true\n  ]\n}", path: ["a", "0"]),
    Located(marked: "{\"é\": \"ü\", \"b\": 1️⃣null}", path: ["b"]),
    Located(marked: "  \n\t1️⃣{}", path: []),
    Located(marked: "[[], {}, 1️⃣-1.5e+3]", path: ["2"]),
    Located(marked: "{\"a\": {\"b\": 1️⃣\"\\u00e9\\n\"}}", path: ["a", "b"]),
  ])
  func valuePositions(_ example: Located) throws {
    let marked = MarkedText(example.marked)
    let root = try parseJSON(marked.text)
    let value = try #require(root.value(at: example.path))
    let expected = try #require(marked.markers["1️⃣"])
    #expect(value.position == SourcePosition(line: expected.line, column: expected.column))
  }

  @Test func keyPositionsAndOrder() throws {
    let marked = MarkedText("{\n  1️⃣\"zeta\": 1,\n  2️⃣\"alpha\": 2\n}")
    let object = try #require(try parseJSON(marked.text).objectValue)
    #expect(object.keys == ["zeta", "alpha"])
    for (key, marker) in [("zeta", "1️⃣"), ("alpha", "2️⃣")] {
      let at = try #require(marked.markers[marker])
      #expect(object.member(key)?.keyPosition == SourcePosition(line: at.line, column: at.column))
    }
  }

  @Test func scalarsDecode() throws {
    let root = try parseJSON(
      #"["\"\\\/\b\f\n\r\t", "\uD83D\uDE00", 12, -0, 1.5e3, true, false, null, "añ€😀"]"#)
    let items = try #require(root.arrayValue)
    #expect(items[0].stringValue == "\"\\/\u{8}\u{c}\n\r\t")
    #expect(items[1].stringValue == "😀")
    #expect(items[2].intValue == 12)
    #expect(items[3].numberText == "-0")
    #expect(items[4].doubleValue == 1500 && items[4].intValue == nil)
    #expect(items[5].boolValue == true && items[6].boolValue == false)
    #expect(items[7].kind == .null)
    #expect(items[8].stringValue == "añ€😀")
  }

  struct Invalid: CustomTestStringConvertible, Sendable {
    var marked: String
    var message: String
    var testDescription: String { marked }
  }

  @Test(arguments: [
    Invalid(marked: "1️⃣", message: "expected a JSON value, found end of input"),
    Invalid(marked: "{\"a\": 1,1️⃣}", message: "trailing commas are not allowed"),
    Invalid(marked: "[1,1️⃣]", message: "trailing commas are not allowed"),
    Invalid(marked: "{\"a\" 1️⃣1}", message: "expected ':' after object key 'a'"),
    Invalid(marked: "{\"a\": 1 1️⃣\"b\": 2}", message: "expected ',' or '}' after object member"),
    Invalid(marked: "[1 1️⃣2]", message: "expected ',' or ']' after array element"),
    Invalid(marked: "{\"a\":1️⃣}", message: "expected a value, found '}'"),
    Invalid(marked: "{\"a\": 1️⃣NaN}", message: "NaN and Infinity are not JSON numbers"),
    Invalid(marked: "[01️⃣1]", message: "leading zeros"),
    Invalid(marked: "{\"a\": 1️⃣// note\n 1}", message: "comments are not allowed"),
    Invalid(marked: "{1️⃣'a': 1}", message: "expected a string key in double quotes"),
    Invalid(marked: "[\"ab1️⃣\u{01}\"]", message: "control character is not allowed inside a string"),
    Invalid(marked: "[\"a1️⃣\nb\"]", message: "a line break is not allowed inside a string"),
    Invalid(marked: "\"1️⃣\\x\"", message: "invalid escape"),
    Invalid(marked: "\"1️⃣\\uD800 \"", message: "lone high surrogate"),
    Invalid(marked: "\"1️⃣\\uDC00\"", message: "unpaired low surrogate"),
    Invalid(marked: "\"\\u121️⃣G4\"", message: "expected 4 hex digits"),
    Invalid(marked: "[1️⃣\"abc", message: "unterminated string"),
    Invalid(marked: "{\"a\": 1, 1️⃣\"a\": 2}", message: "duplicate key 'a'"),
    Invalid(marked: "[1] 1️⃣x", message: "expected end of input after the JSON value"),
    Invalid(marked: "1️⃣tru", message: "invalid literal"),
    Invalid(marked: "-1️⃣", message: "expected a digit after '-'"),
    Invalid(marked: "1.1️⃣e5", message: "expected a digit after '.'"),
    Invalid(marked: "[1e1️⃣]", message: "expected a digit after the exponent marker"),
    Invalid(marked: "{\"a\": [1, {\"b\": 1️⃣", message: "expected a value, found end of input"),
  ])
  func rejects(_ example: Invalid) throws {
    let marked = MarkedText(example.marked)
    let result = JSONParser.parse(Array(marked.text.utf8), file: "bad.json")
    guard case .failure(let diagnostic) = result else {
      Issue.record("accepted invalid JSON: \(example.marked)")
      return
    }
    let at = try #require(marked.markers["1️⃣"])
    #expect(diagnostic.code == "json-syntax")
    #expect(diagnostic.span.file == "bad.json")
    #expect(diagnostic.message.contains(example.message), "\(diagnostic.message)")
    #expect(diagnostic.span.line == at.line && diagnostic.span.column == at.column)
  }
}
