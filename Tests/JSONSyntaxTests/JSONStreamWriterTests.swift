import Testing

@testable import JSONSyntax

struct JSONStreamWriterTests {
  private func text(pretty: Bool = true, _ body: (inout JSONStreamWriter) -> Void) -> String {
    var bytes: [UInt8] = []
    JSONStreamWriter.write(into: &bytes, pretty: pretty, body)
    return String(decoding: bytes, as: UTF8.self)
  }

  private func sample(_ json: inout JSONStreamWriter) {
    json.object { json in
      json.field("a", "x\n")
      json.array("b") { json in
        json.number(1)
        json.bool(false)
        json.null()
        json.object { json in json.field("c", true) }
      }
      json.field("d", ifPresent: String?.none)
      json.field("e", ifPresent: 7)
      json.array("f", strings: [])
      json.object("g") { _ in }
    }
  }

  @Test func prettyLayoutMatchesTheWriter() {
    let value = JSONValue.object([
      ("a", .string("x\n")),
      (
        "b",
        .array([.number(1), .bool(false), JSONValue(.null), .object([("c", .bool(true))])])
      ),
      ("e", .number(7)), ("f", .array([])), ("g", .object([])),
    ])
    let expected = """
      {
        "a": "x\\n",
        "b": [
          1,
          false,
          null,
          {
            "c": true
          }
        ],
        "e": 7,
        "f": [],
        "g": {}
      }

      """
    #expect(text(sample) == expected)
    #expect(JSONWriter.write(value) == expected)
  }

  @Test func compactIsOneLineWithoutSpaces() {
    #expect(
      text(pretty: false, sample)
        == #"{"a":"x\n","b":[1,false,null,{"c":true}],"e":7,"f":[],"g":{}}"#)
  }

  @Test func appendsAfterExistingBytes() {
    var bytes = Array("prefix ".utf8)
    JSONStreamWriter.write(into: &bytes, pretty: false) { $0.string("s") }
    #expect(String(decoding: bytes, as: UTF8.self) == #"prefix "s""#)
  }

  @Test(arguments: [
    ("plain text", #""plain text""#),
    ("", #""""#),
    ("q\"b\\s/", #""q\"b\\s/""#),
    (
      "\u{00}\u{01}\u{08}\u{09}\u{0A}\u{0C}\u{0D}\u{1B}\u{1F}\u{7F}",
      #""\u0000\u0001\b\t\n\f\r\u001b\u001f\#u{7F}""#
    ),
    ("é😀 ∆", #""é😀 ∆""#),
    ("run\u{01}run\"", #""run\u0001run\"""#),
  ])
  func escapesStrings(input: String, expected: String) {
    #expect(text(pretty: false) { $0.string(input) } == expected)
  }
}
