import PlanModel
import Testing

@testable import PlanReading

struct TableTextDecoderTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var text: String
    var notice: String? = nil
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "UTF-8", bytes: Array("Ref,Lead\n".utf8), text: "Ref,Lead\n"),
    Case(name: "UTF-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("Réf".utf8), text: "Réf"),
    Case(
      name: "UTF-16 LE BOM", bytes: [0xFF, 0xFE, 0x52, 0x00, 0xE9, 0x00, 0x0A, 0x00],
      text: "Ré\n"),
    Case(name: "UTF-16 BE BOM", bytes: [0xFE, 0xFF, 0x00, 0x52, 0x00, 0xE9], text: "Ré"),
    Case(name: "UTF-16 LE surrogate pair", bytes: [0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xDE], text: "😀"),
    Case(
      name: "UTF-16 LE without BOM", bytes: Array("Ref,Action\n".utf8).flatMap { [$0, 0] },
      text: "Ref,Action\n"),
    Case(
      name: "UTF-16 unpaired surrogate", bytes: [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00],
      text: "\u{FFFD}A"),
    Case(
      name: "Windows-1252 smart quotes", bytes: [0x93] + Array("smart quotes".utf8) + [0x94],
      text: "\u{201C}smart quotes\u{201D}", notice: "csv-windows-1252"),
    Case(
      name: "Windows-1252 euro, dash, pound", bytes: [0x80, 0x20, 0x96, 0x20, 0xA3, 0x35],
      text: "€ – £5", notice: "csv-windows-1252"),
    Case(
      name: "truncated UTF-8 is cp1252", bytes: [0x41, 0xC3], text: "AÃ", notice: "csv-windows-1252"
    ),
    Case(
      name: "stray NUL stays text",
      bytes: Array("a,b\n".utf8) + [0] + Array("c,d\n".utf8) + Array(repeating: 0x41, count: 40),
      text: "a,b\n\u{0}c,d\n" + String(repeating: "A", count: 40)),
  ]

  @Test(arguments: cases)
  func decodes(_ test: Case) throws {
    let decoded = try TableTextDecoder.decode(test.bytes, file: "t.csv").get()
    #expect(String(decoding: decoded.bytes, as: UTF8.self) == test.text)
    #expect(decoded.notices.map(\.code) == (test.notice.map { [$0] } ?? []))
    #expect(decoded.notices.allSatisfy { $0.severity == .info })
  }

  @Test func windows1252NoticeSaysWhatToDo() throws {
    let decoded = try TableTextDecoder.decode([0x93, 0x41, 0x94], file: "t.csv").get()
    #expect(
      decoded.notices.first?.message == "decoded as Windows-1252; save as UTF-8 to silence this")
  }

  @Test(
    arguments: [
      ("empty", [UInt8](), "csv-empty"),
      ("BOM only", [0xEF, 0xBB, 0xBF], "csv-empty"),
      ("whitespace only", Array(" \r\n\t\n".utf8), "csv-empty"),
      ("zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "csv-binary"),
      ("binary", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }, "csv-binary"),
      ("all NUL", [UInt8](repeating: 0, count: 100), "csv-binary"),
    ] as [(String, [UInt8], String)])
  func refuses(_ name: String, _ bytes: [UInt8], _ code: String) {
    guard case .failure(let diagnostic) = TableTextDecoder.decode(bytes, file: "t.csv") else {
      Issue.record("\(name) decoded")
      return
    }
    #expect(diagnostic.code == code)
    #expect(diagnostic.severity == .error)
  }
}
