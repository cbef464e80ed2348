import PlanModel
import Testing

@testable import PlanReading

extension XLSXTests {
  struct ZipArchiveTests {
    @Test func readsStoredAndDeflatedEntriesFromZipfile() throws {
      var archive = try ZipArchive(bytes: decode(DeflateSamples.twoEntries))
      #expect(archive.entries.map(\.name) == ["a.txt", "dir/b.xml"])
      #expect(archive.entries.map(\.method) == [0, 8])
      let stored = try archive.extract(named: "a.txt")
      #expect(
        stored.map { String(decoding: $0, as: UTF8.self) }
          == "stored entry stored entry stored entry ")
      let deflated = try #require(try archive.extract(named: "DIR/B.XML"))
      #expect(deflated.count == 7 + 15 * 40)
      #expect(String(decoding: deflated, as: UTF8.self).hasPrefix("<b>deflated entry "))
      #expect(try archive.extract(named: "missing.xml") == nil)
      #expect(archive.bytesExtracted == 39 + 607)
    }

    @Test func readsZIP64ExtraFieldsOnEntries() throws {
      var zip = TestZip()
      zip.entries.append(.init(name: "x.xml", data: Array("<x/>".utf8), zip64: true))
      var archive = try ZipArchive(bytes: zip.bytes())
      #expect(archive.entries.first?.uncompressedSize == 4)
      #expect(try archive.extract(named: "x.xml") == Array("<x/>".utf8))
    }

    @Test func findsTheEndRecordBeforeALongComment() throws {
      var zip = TestZip()
      zip.add("a", "text")
      zip.comment = Array(repeating: UInt8(ascii: "c"), count: 65_535)
      var archive = try ZipArchive(bytes: zip.bytes())
      #expect(try archive.extract(named: "a") == Array("text".utf8))
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
      var name: String
      var bytes: [UInt8]
      var limits = ZipLimits()
      var code: String
      var message: String
      var testDescription: String { name }
    }

    /// Each archive is refused with a clear diagnostic when its entry is read.
    @Test(arguments: [
      Refusal(name: "empty", bytes: [], code: "xlsx-archive", message: "is not an XLSX workbook"),
      Refusal(
        name: "text", bytes: Array("Ref,Action\n1,Do it\n".utf8), code: "xlsx-archive",
        message: "no ZIP directory found"),
      Refusal(
        name: "truncated", bytes: Array(decode(DeflateSamples.twoEntries).dropLast(40)),
        code: "xlsx-archive", message: "is not an XLSX workbook"),
      Refusal(
        name: "data cut short", bytes: Self.cutData(), code: "xlsx-archive",
        message: "is a damaged ZIP archive"),
      Refusal(
        name: "bad CRC", bytes: Self.flipped(at: 40), code: "xlsx-archive",
        message: "'a.txt' in 'book.xlsx' is damaged (CRC-32 mismatch)"),
      Refusal(
        name: "corrupt deflate", bytes: Self.corruptDeflate(), code: "xlsx-archive",
        message: "'dir/b.xml' in 'book.xlsx' is damaged"),
      Refusal(
        name: "bomb ratio", bytes: decode(DeflateSamples.bomb), code: "xlsx-limit",
        message: "a compression ratio over 200:1"),
      Refusal(
        name: "too many entries", bytes: decode(DeflateSamples.twoEntries),
        limits: ZipLimits(maxEntries: 1), code: "xlsx-limit", message: "has 2 entries"),
      Refusal(
        name: "entry too big", bytes: decode(DeflateSamples.twoEntries),
        limits: ZipLimits(maxEntryBytes: 10), code: "xlsx-limit",
        message: "over the 10 bytes limit for one part"),
      Refusal(
        name: "total too big", bytes: decode(DeflateSamples.twoEntries),
        limits: ZipLimits(maxTotalBytes: 100), code: "xlsx-limit",
        message: "more than 100 bytes in total"),
      Refusal(
        name: "encrypted", bytes: Self.archive(flags: 1), code: "xlsx-archive",
        message: "uses encryption"),
      Refusal(
        name: "split archive", bytes: Self.multiDisk(), code: "xlsx-archive",
        message: "a split (multi-disk) archive"),
      Refusal(
        name: "ole compound file", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
        code: "xlsx-archive", message: "is a password-protected workbook or an old .xls file"),
      Refusal(
        name: "ZIP64 end record", bytes: Self.zip64End(), code: "xlsx-archive",
        message: "uses a ZIP64 archive"),
    ])
    func refusesBrokenOrHostileArchives(_ example: Refusal) {
      let diagnostic = extractAll(example.bytes, limits: example.limits)
      #expect(diagnostic?.code == example.code)
      #expect(diagnostic?.severity == .error)
      #expect(diagnostic?.span.file == "book.xlsx")
      #expect(
        diagnostic?.message.contains(example.message) == true, "\(String(describing: diagnostic))")
    }

    @Test func declaredSizesAreCheckedBeforeInflating() throws {
      // 2 MB declared from ~2 KB: refused from the directory alone, nothing allocated.
      var archive = try ZipArchive(bytes: decode(DeflateSamples.bomb))
      #expect(archive.entries.first?.uncompressedSize == 2 * 1_048_576)
      #expect(throws: PackageError.self) { try archive.extract(archive.entries[0]) }
      #expect(archive.bytesExtracted == 0)
    }

    @Test func lyingAboutTheSizeIsCaught() throws {
      // The entry inflates to 2 MB but declares 1 KB: inflation stops at 1 KB.
      var bytes = decode(DeflateSamples.bomb)
      let archive = try ZipArchive(bytes: bytes)
      let central = try #require(Self.find([0x50, 0x4B, 0x01, 0x02], in: bytes))
      bytes.replaceSubrange((central + 24)..<(central + 28), with: le32(1024))
      let local = archive.entries[0].localHeaderOffset
      bytes.replaceSubrange((local + 22)..<(local + 26), with: le32(1024))
      #expect(
        extractAll(bytes)?.message.contains("inflates to more than the declared 1024") == true)
    }

    // MARK: Helpers

    /// Opens the archive and extracts every entry; the first failure as a diagnostic.
    func extractAll(_ bytes: [UInt8], limits: ZipLimits = ZipLimits()) -> Diagnostic? {
      do throws(PackageError) {
        if bytes.starts(with: [0xD0, 0xCF]) {
          _ = try XLSXTableReader.readSheet(bytes: bytes, file: "book.xlsx", options: .init())
        }
        var archive = try ZipArchive(bytes: bytes, limits: limits)
        for entry in archive.entries { _ = try archive.extract(entry) }
        return nil
      } catch {
        return error.diagnostic(file: "book.xlsx")
      }
    }

    static func flipped(at index: Int) -> [UInt8] {
      var bytes = decode(DeflateSamples.twoEntries)
      bytes[index] ^= 0x20
      return bytes
    }

    /// The deflated entry's data overwritten with bytes that are no valid stream.
    static func corruptDeflate() -> [UInt8] {
      var bytes = decode(DeflateSamples.twoEntries)
      guard let local = find([0x50, 0x4B, 0x03, 0x04], in: bytes, from: 1) else { return [] }
      let data = local + 30 + "dir/b.xml".utf8.count
      for index in data..<(data + 8) { bytes[index] = 0xFF }
      return bytes
    }

    /// The first entry's compressed size made larger than the archive holds.
    static func cutData() -> [UInt8] {
      var bytes = decode(DeflateSamples.twoEntries)
      guard let central = find([0x50, 0x4B, 0x01, 0x02], in: bytes) else { return [] }
      bytes.replaceSubrange((central + 20)..<(central + 24), with: le32(UInt32(bytes.count - 10)))
      return bytes
    }

    static func archive(flags: UInt16) -> [UInt8] {
      var zip = TestZip()
      zip.entries.append(.init(name: "x", data: [1, 2, 3], flags: flags))
      return zip.bytes()
    }

    /// The end record's entry count saturated, as a ZIP64 archive writes it.
    static func zip64End() -> [UInt8] {
      var bytes = archive(flags: 0)
      bytes.replaceSubrange((bytes.count - 12)..<(bytes.count - 10), with: le16(0xFFFF))
      return bytes
    }

    static func multiDisk() -> [UInt8] {
      var bytes = archive(flags: 0)
      bytes[bytes.count - 22 + 4] = 1
      return bytes
    }

    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
      guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
      return (start...(bytes.count - pattern.count)).first {
        Array(bytes[$0..<($0 + pattern.count)]) == pattern
      }
    }
  }
}
