/// Writes minimal workbooks part by part: sheets as rows of cell XML, shared strings, styles.
struct TestWorkbook {
  struct Sheet {
    var name: String
    /// The `<sheetData>` content.
    var data: String
    var state = "visible"
    /// XML after `</sheetData>` (`<mergeCells>`).
    var after = ""
  }

  var sheets: [Sheet] = []
  var sharedStrings: [String]?
  /// The `<styleSheet>` content.
  var styles: String?
  /// The `<a:theme>` part, whole.
  var theme: String?
  var workbookExtra = ""
  /// Prefix for SpreadsheetML elements (`x:`), as some .NET writers use.
  var prefix = ""

  mutating func sheet(_ name: String, _ data: String) {
    sheets.append(Sheet(name: name, data: data))
  }

  func zip() -> TestZip {
    let p = prefix
    let ns = prefix.isEmpty ? "xmlns" : "xmlns:" + prefix.dropLast()
    let main = "\(ns)=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    var zip = TestZip()
    zip.add(
      "[Content_Types].xml",
      #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#
    )
    zip.add(
      "_rels/.rels",
      #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>")
    var sheetList = ""
    var rels = ""
    for (index, sheet) in sheets.enumerated() {
      sheetList +=
        "<\(p)sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" state=\"\(sheet.state)\" "
        + "r:id=\"rId\(index + 1)\"/>"
      rels +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"\(rel)/worksheet\" "
        + "Target=\"worksheets/sheet\(index + 1).xml\"/>"
      zip.add(
        "xl/worksheets/sheet\(index + 1).xml",
        "<?xml version=\"1.0\"?><\(p)worksheet \(main)><\(p)sheetData>\(sheet.data)"
          + "</\(p)sheetData>\(sheet.after)</\(p)worksheet>")
    }
    if let sharedStrings {
      rels += "<Relationship Id=\"rS\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
      zip.add(
        "xl/sharedStrings.xml",
        "<\(p)sst \(main) count=\"\(sharedStrings.count)\">"
          + sharedStrings.map { "<\(p)si><\(p)t>\($0)</\(p)t></\(p)si>" }.joined() + "</\(p)sst>")
    }
    if let styles {
      rels += "<Relationship Id=\"rT\" Type=\"\(rel)/styles\" Target=\"/xl/styles.xml\"/>"
      zip.add("xl/styles.xml", "<\(p)styleSheet \(main)>\(styles)</\(p)styleSheet>")
    }
    if let theme {
      rels += "<Relationship Id=\"rH\" Type=\"\(rel)/theme\" Target=\"theme/theme1.xml\"/>"
      zip.add("xl/theme/theme1.xml", theme)
    }
    zip.add(
      "xl/workbook.xml",
      "<\(p)workbook \(main) xmlns:r=\"\(rel)\">\(workbookExtra)<\(p)sheets>\(sheetList)"
        + "</\(p)sheets></\(p)workbook>")
    zip.add(
      "xl/_rels/workbook.xml.rels",
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + rels + "</Relationships>")
    return zip
  }

  func bytes() -> [UInt8] { zip().bytes() }
}

/// `<row>` XML from cells: strings become inline strings, `Cell` values say exactly.
func row(_ number: Int, _ cells: [String?]) -> String {
  var xml = "<row r=\"\(number)\">"
  for (offset, value) in cells.enumerated() {
    guard let value else { continue }
    let reference = columnName(offset + 1) + "\(number)"
    xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(value)</t></is></c>"
  }
  return xml + "</row>"
}

func columnName(_ column: Int) -> String {
  var column = column
  var name = ""
  while column > 0 {
    let letter = (column - 1) % 26
    name = String(UnicodeScalar(UInt8(65 + letter))) + name
    column = (column - 1) / 26
  }
  return name
}
