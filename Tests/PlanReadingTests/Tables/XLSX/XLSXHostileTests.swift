import PlanModel
import Testing

@testable import PlanReading

extension XLSXTests {
  /// Workbooks that must yield a clear diagnostic, never a crash, a hang or exhaustion.
  struct XLSXHostileTests {
    /// The error diagnostics of reading `bytes`.
    func errors(_ bytes: [UInt8], sheet: String? = nil) -> [Diagnostic] {
      readWorkbook(bytes, sheet: sheet).diagnostics.filter { $0.severity == .error }
    }

    @Test func randomBytesAreAnError() {
      var generator = SeededGenerator(seed: 3)
      for length in [0, 1, 21, 22, 100, 5000] {
        for prefix in [[], [0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06]] as [[UInt8]] {
          let bytes =
            prefix + (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
          let found = errors(bytes)
          #expect(found.count == 1)
          #expect(found.first?.code.hasPrefix("xlsx-") == true)
        }
      }
    }

    /// Bytes flipped all over a real workbook: each read ends in actions or diagnostics.
    @Test func corruptedOpenpyxlWorkbooksNeverCrash() {
      let book = decode(OpenpyxlSamples.actionPlan)
      var generator = SeededGenerator(seed: 11)
      for _ in 0..<150 {
        var corrupt = book
        let index = Int.random(in: 0..<corrupt.count, using: &generator)
        corrupt[index] ^= UInt8.random(in: 1...255, using: &generator)
        let result = readWorkbook(corrupt, sheet: "Action plan")
        #expect(!result.actions.isEmpty || !result.diagnostics.isEmpty)
      }
      for cut in stride(from: 0, to: book.count, by: 97) {
        #expect(!errors(Array(book[..<cut])).isEmpty)
      }
    }

    @Test func aZipThatIsNotAWorkbook() {
      let found = errors(decode(DeflateSamples.twoEntries))
      #expect(found.map(\.code) == ["xlsx-workbook"])
      #expect(
        found.first?.message
          == "'plan.xlsx' is a ZIP archive but not an XLSX workbook (it has no 'xl/workbook.xml')")
    }

    @Test func aWorkbookWithoutSheets() {
      let found = errors(TestWorkbook().bytes())
      #expect(found.first?.message.contains("its workbook lists no sheets") == true)
    }

    @Test func aSheetWhosePartIsMissing() {
      var zip = Self.plainBook().zip()
      zip.entries.removeAll { $0.name == "xl/worksheets/sheet1.xml" }
      #expect(
        errors(zip.bytes()).first?.message.contains("the part of sheet 'Plan' is missing") == true)
    }

    @Test func hugeDeclaredSharedStringCountIsNotTrusted() {
      var zip = Self.plainBook().zip()
      zip.add(
        "xl/sharedStrings.xml",
        #"<sst count="999999999999999" uniqueCount="4000000000"><si><t>Ref</t></si></sst>"#)
      var book = Self.plainBook()
      book.sharedStrings = []
      var withStrings = book.zip()
      withStrings.entries.removeAll { $0.name == "xl/sharedStrings.xml" }
      withStrings.entries += zip.entries.filter { $0.name == "xl/sharedStrings.xml" }
      let result = readWorkbook(withStrings.bytes())
      #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
      #expect(result.actions.map(\.title) == ["Do it"])
    }

    @Test func sharedStringIndexOutOfRangeIsAWarning() {
      var book = TestWorkbook()
      book.sharedStrings = ["Ref", "Action"]
      book.sheet(
        "Plan",
        #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#
          + #"<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>99</v></c>"#
          + #"<c r="C2" t="s"><v>x</v></c></row>"#)
      let result = readWorkbook(book.bytes())
      #expect(result.diagnostics.map(\.code) == ["xlsx-cell"])
      #expect(result.actions.map(\.ref) == ["1"])
      let warning = result.diagnostics.first
      #expect(warning?.severity == .warning)
      #expect(
        warning?.message.hasPrefix("2 cell(s) of sheet 'Plan' refer to shared strings") == true)
      #expect(warning?.span.line == 2 && warning?.span.column == 2)
    }

    @Test func documentTypeDeclarationsAreRefused() {
      var zip = Self.plainBook().zip()
      let laughs =
        #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>"#
        + "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row>"
        + "</sheetData></worksheet>"
      zip.entries[Self.index(of: "xl/worksheets/sheet1.xml", in: zip)].data = Array(laughs.utf8)
      let found = errors(zip.bytes())
      #expect(found.map(\.code) == ["xlsx-workbook"])
      #expect(found.first?.message.contains("a document type declaration") == true)
      #expect(found.first?.message.contains("at line 1, column 22") == true)
      #expect(found.first?.message.contains("xl/worksheets/sheet1.xml") == true)
    }

    struct BrokenSheet: CustomTestStringConvertible, Sendable {
      var name: String
      var xml: String
      var code: String
      var message: String
      var testDescription: String { name }
    }

    @Test(arguments: [
      BrokenSheet(
        name: "unterminated tag", xml: #"<row r="1"><c r="A1" t="inlineStr""#,
        code: "xlsx-workbook", message: "(a '<' inside a tag)"),
      BrokenSheet(
        name: "column past XFD", xml: #"<row r="1"><c r="XFE1"><v>1</v></c></row>"#,
        code: "xlsx-workbook", message: "cell reference 'XFE1' is not within a worksheet"),
      BrokenSheet(
        name: "row past the last", xml: #"<row r="1048577"><c><v>1</v></c></row>"#,
        code: "xlsx-workbook", message: "row 1048577 is outside"),
      BrokenSheet(
        name: "unterminated comment", xml: "<!-- <row/>", code: "xlsx-workbook",
        message: "an unterminated comment"),
    ])
    func brokenSheetXML(_ example: BrokenSheet) {
      var book = TestWorkbook()
      book.sheet("Plan", example.xml)
      let found = errors(book.bytes())
      #expect(found.map(\.code) == [example.code])
      #expect(found.first?.message.contains(example.message) == true, "\(found.map(\.message))")
    }

    /// A real zip bomb in the sheet's place: 2 MB of zeros deflated to ~2 KB.
    @Test func aZipBombSheetIsRefusedBeforeInflating() throws {
      let bomb = try ZipArchive(bytes: decode(DeflateSamples.bomb))
      let entry = bomb.entries[0]
      let start = try bomb.dataStart(of: entry)
      let compressed = Array(bomb.bytes[start..<(start + entry.compressedSize)])
      var zip = Self.plainBook().zip()
      zip.entries[Self.index(of: "xl/worksheets/sheet1.xml", in: zip)] = .init(
        name: "xl/worksheets/sheet1.xml", data: [UInt8](repeating: 0, count: 2 * 1_048_576),
        deflated: compressed)
      let found = errors(zip.bytes())
      #expect(found.map(\.code) == ["xlsx-limit"])
      #expect(
        found.first?.message.hasPrefix(
          "'plan.xlsx' declares 2 MB for 'xl/worksheets/sheet1.xml' from") == true)
    }

    @Test func chartSheetsAreNotTables() {
      var zip = Self.plainBook().zip()
      let rels = Self.index(of: "xl/_rels/workbook.xml.rels", in: zip)
      let text = String(decoding: zip.entries[rels].data, as: UTF8.self)
      zip.entries[rels].data = Array(text.replacing("/worksheet\"", with: "/chartsheet\"").utf8)
      #expect(
        errors(zip.bytes()).first?.message.contains("no worksheet, only chart sheets") == true)
      #expect(
        errors(zip.bytes(), sheet: "Plan").first?.message.contains("is a chart or dialog sheet")
          == true)
    }

    static func plainBook() -> TestWorkbook {
      var book = TestWorkbook()
      book.sheet("Plan", row(1, ["Ref", "Action"]) + row(2, ["1", "Do it"]))
      return book
    }

    static func index(of name: String, in zip: TestZip) -> Int {
      zip.entries.firstIndex { $0.name == name } ?? 0
    }
  }
}
