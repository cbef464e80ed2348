import PlanModel
import Testing

@testable import PlanReading

/// A real zip bomb (2 MB of zeros deflated to ~2 KB) in the place of each format's main part:
/// every zipped reader refuses it from the sizes the directory declares, before inflating.
struct ZipBombFormatsTests {
  static func bombed(_ zip: TestZip, part: String) throws -> [UInt8] {
    let bomb = try ZipArchive(bytes: decode(DeflateSamples.bomb))
    let entry = bomb.entries[0]
    let start = try bomb.dataStart(of: entry)
    let compressed = Array(bomb.bytes[start..<(start + entry.compressedSize)])
    var zip = zip
    zip.entries.removeAll { $0.name == part }
    zip.entries.append(
      .init(name: part, data: [UInt8](repeating: 0, count: 2 * 1_048_576), deflated: compressed))
    return zip.bytes()
  }

  @Test func aBombedWordDocumentIsRefused() throws {
    let bytes = try Self.bombed(TestDocument().zip(), part: "word/document.xml")
    let found = readDocument(bytes).diagnostics
    #expect(found.map(\.code) == ["docx-limit"])
    #expect(found.first?.message.contains("zip bomb protection") == true)
  }

  @Test func aBombedSpreadsheetIsRefused() throws {
    let bytes = try Self.bombed(TestSpreadsheet().zip(), part: "content.xml")
    let found = readSpreadsheet(bytes).diagnostics
    #expect(found.map(\.code) == ["ods-limit"])
    #expect(found.first?.message.contains("zip bomb protection") == true)
  }
}
