import PlanModel
import Testing

@testable import PlanReading

/// Hostile and broken Word documents: each is one located error diagnostic, never a crash,
/// a hang or an allocation beyond the limits.
struct DOCXHostileTests {
  typealias D = TestDocument

  static func errors(_ bytes: [UInt8], limits: ZipLimits = .standard) -> [Diagnostic] {
    DOCXTableReader.readActions(
      bytes: bytes, file: "p.docx", options: TableOptions(), limits: limits
    ).diagnostics.filter { $0.severity == .error }
  }

  static func plain() -> D {
    var document = D()
    document.table([
      D.row(["Ref", "Action", "Lead"]), D.row(["1", "Audit", "Jo"]),
    ])
    return document
  }

  @Test func billionLaughsIsRefusedWithItsPlace() {
    let laughs =
      #"<?xml version="1.0"?>"# + "\n"
      + #"<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>"#
      + "<w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    let found = Self.errors(Self.plain().zip(documentXML: laughs).bytes())
    #expect(found.map(\.code) == ["docx-document"])
    #expect(found.first?.message.contains("'word/document.xml'") == true)
    #expect(found.first?.message.contains("line 2, column 1") == true)
  }

  @Test func notAZipArchive() {
    let found = Self.errors(Array("Ref,Action\n1,Audit\n".utf8))
    #expect(found.map(\.code) == ["docx-archive"])
    #expect(found.first?.message.contains("is not a Word document") == true)
  }

  @Test func anOldDocFileIsNamed() {
    let found = Self.errors(
      [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 600))
    #expect(found.first?.message.contains("old .doc file") == true)
  }

  @Test(arguments: [10, 100, 1000])
  func truncatedDocumentsAreErrors(cut: Int) {
    let bytes = Self.plain().bytes()
    let found = Self.errors(Array(bytes.prefix(max(0, bytes.count - cut))))
    #expect(found.count == 1)
  }

  @Test func aZipWithoutTheDocumentPart() {
    var zip = Self.plain().zip()
    zip.entries.removeAll { $0.name == "word/document.xml" }
    let found = Self.errors(zip.bytes())
    #expect(found.map(\.code) == ["docx-document"])
    #expect(found.first?.message.contains("it has no 'word/document.xml'") == true)
  }

  @Test func anOversizedPartIsRefusedBeforeInflating() {
    var limits = ZipLimits.standard
    limits.maxEntryBytes = 64
    #expect(Self.errors(Self.plain().bytes(), limits: limits).map(\.code) == ["docx-limit"])
  }

  @Test func deeplyNestedTablesAreRefused() {
    let open = String(repeating: "<w:tbl><w:tr><w:tc>", count: 40)
    let close = String(repeating: "</w:tc></w:tr></w:tbl>", count: 40)
    let xml = "<w:document><w:body>\(open)<w:p/>\(close)</w:body></w:document>"
    let found = Self.errors(Self.plain().zip(documentXML: xml).bytes())
    #expect(found.map(\.code) == ["docx-limit"])
  }

  @Test func aHugeGridSpanCostsNothing() {
    let row =
      "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"1000000000\"/></w:tcPr><w:p>\(D.run("x"))</w:p>"
      + "</w:tc></w:tr>"
    var document = Self.plain()
    document.body = "<w:tbl>" + D.row(["Ref", "Action", "Lead"]) + row + "</w:tbl>"
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = readDocument(document.bytes()) }
    #expect(elapsed < .seconds(2))
  }

  @Test func manyEmptyTablesCostLittle() {
    let xml =
      "<w:document><w:body>"
      + String(repeating: "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>", count: 20_000)
      + "</w:body></w:document>"
    let clock = ContinuousClock()
    var found: [Diagnostic] = []
    let elapsed = clock.measure { found = Self.errors(Self.plain().zip(documentXML: xml).bytes()) }
    #expect(found.map(\.code) == ["docx-no-table"])
    #expect(elapsed < .seconds(5))
  }

  @Test func garbageInsideTheDocumentIsOneError() {
    let found = Self.errors(Self.plain().zip(documentXML: "<w:document><w:body><w:p <<").bytes())
    #expect(found.map(\.code) == ["docx-document"])
  }
}
