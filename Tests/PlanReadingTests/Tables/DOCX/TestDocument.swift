@testable import PlanReading

/// Writes minimal Word documents: `word/document.xml` from paragraphs and tables, zipped with
/// the package relationships Word writes.
struct TestDocument {
  var body = ""

  static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  /// A paragraph; `style` (`Heading1`) or `bold` make it a heading.
  mutating func paragraph(_ text: String, style: String? = nil, bold: Bool = false) {
    body += Self.paragraph(text, style: style, bold: bold)
  }

  mutating func table(_ rows: [String]) { body += "<w:tbl><w:tblPr/>" + rows.joined() + "</w:tbl>" }

  static func paragraph(_ text: String, style: String? = nil, bold: Bool = false) -> String {
    let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
    return "<w:p>\(properties)\(run(text, bold: bold))</w:p>"
  }

  /// Runs for `text`, its `\n`s written as `<w:br/>`.
  static func run(_ text: String, bold: Bool = false) -> String {
    let rPr = bold ? "<w:rPr><w:b/></w:rPr>" : ""
    return text.split(separator: "\n", omittingEmptySubsequences: false).map {
      "<w:r>\(rPr)<w:t xml:space=\"preserve\">\($0)</w:t></w:r>"
    }.joined(separator: "<w:r><w:br/></w:r>")
  }

  /// A row of cells (plain texts, or XML made by `cell`).
  static func row(_ cells: [String], header: Bool = false) -> String {
    let properties = header ? "<w:trPr><w:tblHeader/></w:trPr>" : ""
    return "<w:tr>\(properties)"
      + cells.map { $0.hasPrefix("<w:tc>") ? $0 : cell($0) }.joined() + "</w:tr>"
  }

  static func cell(
    _ text: String, span: Int = 1, merge: String? = nil, fill: String? = nil, bold: Bool = false
  ) -> String {
    var properties = ""
    if span > 1 { properties += "<w:gridSpan w:val=\"\(span)\"/>" }
    if let merge { properties += merge.isEmpty ? "<w:vMerge/>" : "<w:vMerge w:val=\"\(merge)\"/>" }
    if let fill { properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>" }
    let paragraphs = text.isEmpty ? "<w:p/>" : "<w:p>\(run(text, bold: bold))</w:p>"
    return "<w:tc><w:tcPr>\(properties)</w:tcPr>\(paragraphs)</w:tc>"
  }

  var xml: String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<w:document xmlns:w=\"\(Self.namespace)\"><w:body>\(body)<w:sectPr/></w:body></w:document>"
  }

  func zip(documentXML: String? = nil) -> TestZip {
    var zip = TestZip()
    zip.add(
      "[Content_Types].xml",
      #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#
    )
    zip.add(
      "_rels/.rels",
      #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
        + "</Relationships>")
    zip.add("word/document.xml", documentXML ?? xml)
    return zip
  }

  func bytes() -> [UInt8] { zip().bytes() }
}

/// Reads `document` as a Word table named `file`.
func readDocument(
  _ document: [UInt8], file: String = "plan.docx", options: TableOptions = TableOptions()
) -> TableResult {
  DOCXTableReader.readActions(bytes: document, file: file, options: options)
}
