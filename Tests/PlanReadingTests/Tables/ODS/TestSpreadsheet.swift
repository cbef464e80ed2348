@testable import PlanReading

/// Writes minimal OpenDocument spreadsheets: `content.xml` from sheets of row XML, with
/// automatic styles, zipped after the `mimetype` entry as ODF requires.
struct TestSpreadsheet {
  var sheets: [(name: String, rows: String, style: String?)] = []
  var automaticStyles = ""

  static let namespaces =
    #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#
    + #"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#
    + #"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "#
    + #"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" "#
    + #"xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0""#

  mutating func sheet(_ name: String, _ rows: [String], style: String? = nil) {
    sheets.append((name, rows.joined(), style))
  }

  /// A row of string cells (nil: an empty cell).
  static func row(_ cells: [String?], repeated: Int = 1) -> String {
    let attribute = repeated > 1 ? " table:number-rows-repeated=\"\(repeated)\"" : ""
    return "<table:table-row\(attribute)>"
      + cells.map { $0.map { cell($0) } ?? "<table:table-cell/>" }.joined() + "</table:table-row>"
  }

  /// A cell; `attributes` are written as given (`office:value-type="float" office:value="1"`).
  static func cell(_ text: String, attributes: String = "") -> String {
    let type = attributes.contains("value-type") ? "" : #" office:value-type="string""#
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { "<text:p>\($0)</text:p>" }.joined()
    return "<table:table-cell\(type) \(attributes)>\(text.isEmpty ? "" : paragraphs)"
      + "</table:table-cell>"
  }

  var content: String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content \(Self.namespaces)>"
      + "<office:automatic-styles>\(automaticStyles)</office:automatic-styles>"
      + "<office:body><office:spreadsheet>"
      + sheets.map { sheet in
        let style = sheet.style.map { " table:style-name=\"\($0)\"" } ?? ""
        return "<table:table table:name=\"\(sheet.name)\"\(style)>"
          + "<table:table-column table:number-columns-repeated=\"16384\"/>\(sheet.rows)"
          + "</table:table>"
      }.joined() + "</office:spreadsheet></office:body></office:document-content>"
  }

  func zip(content: String? = nil) -> TestZip {
    var zip = TestZip()
    zip.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    zip.add(
      "META-INF/manifest.xml",
      #"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>"#)
    zip.add("content.xml", content ?? self.content)
    return zip
  }

  func bytes() -> [UInt8] { zip().bytes() }
}

func readSpreadsheet(
  _ bytes: [UInt8], file: String = "plan.ods", sheet: String? = nil,
  options: TableOptions = TableOptions()
) -> TableResult {
  var options = options
  options.sheet = sheet ?? options.sheet
  return ODSTableReader.readActions(bytes: bytes, file: file, options: options)
}
