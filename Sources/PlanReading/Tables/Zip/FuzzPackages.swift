/// The packages the fuzz targets `docx`, `ods` and `xlsx-styles` build around a fuzzed part,
/// shared with the corpus replay in the tests so both read an input the same way.
package enum FuzzPackages {
  /// A Word document whose `word/document.xml` is `xml`.
  package static func docx(document xml: [UInt8]) -> [UInt8] {
    StoredZipWriter.archive([
      ("_rels/.rels", Array(officeDocument("word/document.xml").utf8)),
      ("word/document.xml", xml),
    ])
  }

  /// An OpenDocument spreadsheet whose `content.xml` is `xml`.
  package static func ods(content xml: [UInt8]) -> [UInt8] {
    StoredZipWriter.archive([
      ("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)),
      ("content.xml", xml),
    ])
  }

  /// A workbook with `part` as its styles (or, with `theme`, as its theme), and a sheet whose
  /// cells use styles 0-9 on numbers, text and blanks, under a plan header.
  package static func xlsx(styles part: [UInt8], asTheme: Bool) -> [UInt8] {
    let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    var rows = "<row r=\"1\">"
    for (index, name) in ["Ref", "Action", "Lead", "Due", "RAG"].enumerated() {
      rows +=
        "<c r=\"\(Character(UnicodeScalar(UInt8(65 + index))))1\" t=\"inlineStr\">"
        + "<is><t>\(name)</t></is></c>"
    }
    rows += "</row>"
    for style in 0..<10 {
      let line = style + 2
      rows +=
        "<row r=\"\(line)\"><c r=\"A\(line)\" s=\"\(style)\"><v>\(style + 1)</v></c>"
        + "<c r=\"B\(line)\" t=\"inlineStr\" s=\"\(style)\"><is><t>Action</t></is></c>"
        + "<c r=\"D\(line)\" s=\"\(style)\"><v>45382.5</v></c><c r=\"E\(line)\" s=\"\(style)\"/></row>"
    }
    let defaultStyles = Array("<styleSheet \(main)/>".utf8)
    return StoredZipWriter.archive([
      ("_rels/.rels", Array(officeDocument("xl/workbook.xml").utf8)),
      (
        "xl/workbook.xml",
        Array(
          ("<workbook \(main) xmlns:r=\"\(rel)\"><sheets><sheet name=\"Plan\" sheetId=\"1\" "
            + "r:id=\"rId1\"/></sheets></workbook>").utf8)
      ),
      (
        "xl/_rels/workbook.xml.rels",
        Array(
          ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(rel)/theme\" Target=\"theme/theme1.xml\"/>"
            + "</Relationships>").utf8)
      ),
      (
        "xl/worksheets/sheet1.xml",
        Array(
          ("<worksheet \(main)><sheetData>\(rows)</sheetData><mergeCells>"
            + "<mergeCell ref=\"C2:C4\"/><mergeCell ref=\"E5:E6\"/></mergeCells></worksheet>").utf8)
      ),
      ("xl/styles.xml", asTheme ? defaultStyles : part),
      ("xl/theme/theme1.xml", asTheme ? part : Array("<a:theme/>".utf8)),
    ])
  }

  private static func officeDocument(_ target: String) -> String {
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      + "relationships/officeDocument\" Target=\"\(target)\"/></Relationships>"
  }
}
