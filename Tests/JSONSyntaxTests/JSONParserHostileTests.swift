import PlanModel
import TestSupport
import Testing

@testable import JSONSyntax

struct JSONParserHostileTests {
  @Test(arguments: ["[", "{\"a\":"])
  func deepNestingIsAnErrorNotACrash(_ opener: String) throws {
    let text = String(repeating: opener, count: 100_000)
    let result = JSONParser.parse(Array(text.utf8), file: "deep.json")
    guard case .failure(let diagnostic) = result else {
      Issue.record("accepted 100,000 levels")
      return
    }
    #expect(diagnostic.message.contains("deeper than 512 levels"))
    #expect(diagnostic.span.column == 512 * opener.utf8.count + 1)
  }

  @Test func nestingUpToTheLimitIsAccepted() throws {
    let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(throws: Never.self) { try parseJSON(text) }
    let tooDeep = "[" + text + "]"
    #expect(throws: Diagnostic.self) { try parseJSON(tooDeep) }
  }

  @Test func invalidUTF8InAStringIsReportedAtTheByte() throws {
    let marked = MarkedText("[\"ok\",\n \"ab1️⃣")
    let bytes = Array(marked.text.utf8) + [0xFF, 0x22, 0x5D]
    let at = try #require(marked.markers["1️⃣"])
    guard case .failure(let diagnostic) = JSONParser.parse(bytes, file: "x.json") else {
      Issue.record("accepted invalid UTF-8")
      return
    }
    #expect(diagnostic.message.contains("invalid UTF-8 (byte 0xFF)"))
    #expect(diagnostic.span.line == at.line && diagnostic.span.column == at.column)
  }

  @Test(
    arguments: [
      [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80],
    ] as [[UInt8]])
  func malformedSequencesAreRejected(_ sequence: [UInt8]) {
    let bytes = [0x22] + sequence + [0x22]
    #expect(throws: Diagnostic.self) { try JSONParser.parse(bytes, file: "x").get() }
  }

  @Test func byteOrderMarkIsSkippedAndDoesNotShiftColumns() throws {
    let marked = MarkedText("{\"a\": 1️⃣1}")
    let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(marked.text.utf8), file: "b").get()
    let at = try #require(marked.markers["1️⃣"])
    #expect(root.objectValue?["a"]?.position == SourcePosition(line: at.line, column: at.column))
  }

  @Test func binaryGarbageIsAnError() {
    let bytes: [UInt8] = [0x00, 0xFF, 0x13, 0x37, 0x89, 0x50, 0x4E, 0x47]
    guard case .failure(let diagnostic) = JSONParser.parse(bytes, file: "g") else {
      Issue.record("accepted garbage")
      return
    }
    #expect(diagnostic.message == "expected a value, found byte 0x00")
    #expect(diagnostic.span.line == 1 && diagnostic.span.column == 1)
  }

  @Test func everyTruncationIsAnError() throws {
    let text = #"{"a": [1, -2.5e3, "x\u00e9", true, null], "b": {"c": "d"}}"#
    let bytes = Array(text.utf8)
    #expect(throws: Never.self) { try JSONParser.parse(bytes, file: "t").get() }
    for count in 0..<bytes.count {
      let result = JSONParser.parse(Array(bytes[0..<count]), file: "t")
      if case .success = result { Issue.record("accepted a truncation at \(count) bytes") }
    }
  }

  @Test func randomBytesNeverCrash() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let alphabet = Array("{}[],:\"\\ \n0123456789-+.eEtrufalsn\u{7f}".utf8) + [0x00, 0xC3, 0xFF]
    for _ in 0..<2000 {
      var bytes: [UInt8] = []
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<Int(state >> 58) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      if case .failure(let diagnostic) = JSONParser.parse(bytes, file: "r") {
        #expect(diagnostic.code == "json-syntax" && diagnostic.span.line >= 1)
      }
    }
  }
}
