import Testing

@testable import JSONSyntax

struct JSONWriterTests {
  @Test func writesPrettyDeterministicText() {
    let value = JSONValue.object([
      ("b", .array([.number(1), .bool(false), JSONValue(.null)])),
      ("a", .string("q\"\\\n\t\u{01}é😀")),
      ("empty", .array([])),
      ("none", .object([])),
    ])
    let expected = """
      {
        "b": [
          1,
          false,
          null
        ],
        "a": "q\\"\\\\\\n\\t\\u0001é😀",
        "empty": [],
        "none": {}
      }

      """
    #expect(JSONWriter.write(value) == expected)
  }

  @Test(arguments: [
    #"{"x": [1, 2.50, {"y": "\u0000\u001f\"/"}], "z": "line\r\nbreak"}"#,
    #"["tab\there", "∆", -0.0e-0, {}]"#,
  ])
  func parsedOutputWritesTheSameAgain(_ text: String) throws {
    let first = JSONWriter.write(try parseJSON(text))
    let second = JSONWriter.write(try parseJSON(first))
    #expect(first == second)
  }
}

struct JSONWriterCompactTests {
  @Test func compactIsOneLine() {
    let value = JSONValue.object([
      ("a", .array([.number(1), .string("x\n")])), ("b", .object([])), ("c", .array([])),
    ])
    #expect(JSONWriter.compact(value) == #"{"a":[1,"x\n"],"b":{},"c":[]}"#)
    #expect(JSONWriter.compact(nil) == "null")
  }
}
