import Foundation
import TestSupport
import Testing

/// Issue 18, end to end: hostile XLSX, ODS and Word files among good plans. Each is reported
/// at its file (and at the part, line and column when the XML is at fault), the run exits 1
/// because a plan is invalid, the good plan is still checked, and no input is changed and
/// nothing but the requested reports is written. Reader-level cases (zip bombs, ZIP64,
/// missing parts) are in the PlanReading tests.
struct HostilePackageTests {
  static let fixtures = Golden.repositoryRoot().appendingPathComponent("Tests/Fixtures/FourActions")

  static func fixture(_ format: String) throws -> [UInt8] {
    Array(try Data(contentsOf: fixtures.appendingPathComponent("plan.\(format)")))
  }

  /// A stored (uncompressed) ZIP archive of the given parts.
  static func zip(_ parts: [(String, String)]) -> [UInt8] {
    func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
    func le32(_ v: UInt32) -> [UInt8] { le16(Int(v & 0xFFFF)) + le16(Int(v >> 16)) }
    var out: [UInt8] = []
    var central: [UInt8] = []
    for (name, text) in parts {
      let data = Array(text.utf8)
      let nameBytes = Array(name.utf8)
      let crc = crc32(data)
      let offset = UInt32(out.count)
      out += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(crc)
      out += le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(nameBytes.count)
      out += le16(0) + nameBytes + data
      central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
      central += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count))
      central += le16(nameBytes.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
      central += le32(offset) + nameBytes
    }
    let directory = UInt32(out.count)
    out += central + le32(0x0605_4B50) + le16(0) + le16(0) + le16(parts.count)
    out += le16(parts.count) + le32(UInt32(central.count)) + le32(directory) + le16(0)
    return out
  }

  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }

  static let laughs =
    #"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>"#

  /// An ODS sheet whose one row repeats a billion times and whose cell repeats a billion
  /// columns.
  static let billionODS = zip([
    ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
    (
      "content.xml",
      #"<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Plan"><table:table-row><table:table-cell><text:p>Ref</text:p></table:table-cell><table:table-cell><text:p>Action</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1000000000"><table:table-cell table:number-columns-repeated="1000000000"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#
    ),
  ])

  @Test func hostilePackagesAreEachOneLocatedDiagnostic() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    try dir.write(Fixture.cleanPlan, to: "plans/a-clean.json")
    let cases: [(String, [UInt8])] = [
      ("plans/truncated.xlsx", Array(try Self.fixture("xlsx").prefix(1_000))),
      ("plans/truncated.ods", Array(try Self.fixture("ods").prefix(700))),
      ("plans/truncated.docx", Array(try Self.fixture("docx").prefix(800))),
      ("plans/noise.xlsx", HostileInputTests.noise(4096, seed: 3)),
      ("plans/noise.ods", HostileInputTests.noise(4096, seed: 4)),
      ("plans/noise.docx", HostileInputTests.noise(4096, seed: 5)),
      ("plans/csv-named.xlsx", Array("ref,action\n1,Do it\n".utf8)),
      (
        "plans/laughs.docx",
        Self.zip([("word/document.xml", Self.laughs + "<w:document/>")])
      ),
      (
        "plans/laughs.xlsx",
        Self.zip([("xl/workbook.xml", Self.laughs + "<workbook/>")])
      ),
      ("plans/billion.ods", Self.billionODS),
    ]
    for (path, bytes) in cases { try HostileInputTests.writeBytes(bytes, to: path, in: dir) }
    let inputs = Set(dir.files())
    let before = try inputs.map { ($0, try Data(contentsOf: dir.url.appendingPathComponent($0))) }
    let started = Date()
    let run = CLIRun(
      ["check", "plans", "--only", "missing-lead", "--color", "never", "--as-of", "2024-01-31"]
        + HostileInputTests.outputs, in: dir)
    #expect(Date().timeIntervalSince(started) < 60, "no hang")
    #expect(run.status == 1, "\(run.err)")
    let report = try #require(dir.read("out.json"))
    for (path, _) in cases {
      #expect(report.contains("\"\(path)\""), "\(path) is reported")
    }
    for path in ["plans/truncated.xlsx", "plans/noise.ods", "plans/csv-named.xlsx"] {
      #expect(report.contains("'\(path)' is not a"), "\(path): says what it is not")
    }
    for (path, part) in [
      ("plans/laughs.docx", "word/document.xml"), ("plans/laughs.xlsx", "xl/workbook.xml"),
    ] {
      #expect(report.contains("\(path)"), "\(path) is named")
      #expect(report.contains(part), "\(path): the part is named")
    }
    #expect(report.contains("a-clean"), "the good plan is still checked")
    for (path, data) in before {
      #expect(
        try Data(contentsOf: dir.url.appendingPathComponent(path)) == data, "\(path) unchanged")
    }
    #expect(HostileInputTests.written(dir, besides: inputs) == ["out.json", "out.xml"])
  }
}
