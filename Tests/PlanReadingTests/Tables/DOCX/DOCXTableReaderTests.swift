import PlanModel
import Testing

@testable import PlanReading

/// Word documents as councils publish them: the action plan is a table (or several), with
/// merged cells, shading, headings and line breaks.
struct DOCXTableReaderTests {
  typealias D = TestDocument

  static let header = D.row(["Ref", "Action", "Lead", "Due", "RAG"], header: true)

  @Test func readsATableWithLineBreaksKept() throws {
    var document = D()
    document.paragraph("Improvement plan 2024", style: "Title")
    document.paragraph("This plan sets out what we will do.")
    document.table([
      Self.header, D.row(["1.1", "Audit files\nand report", "Head of QA", "31/03/2024", "Green"]),
      D.row(["1.2", "Train staff", "Jo Bloggs", "June 2024", "Amber"]),
    ])
    let result = readDocument(document.bytes())
    #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
    #expect(result.actions.map(\.ref) == ["1.1", "1.2"])
    #expect(result.actions.first?.title == "Audit files\nand report")
    #expect(result.actions.map(\.lead) == ["Head of QA", "Jo Bloggs"])
    #expect(result.actions.map(\.status.label) == ["Green", "Amber"])
    #expect(result.themes.isEmpty, "a title above the table is not a theme")
  }

  @Test func verticalMergesAndSpansFillEveryCell() throws {
    var document = D()
    document.table([
      Self.header,
      D.row([
        D.cell("1"), D.cell("Audit"), D.cell("Head of QA", merge: "restart"), D.cell("May 2024"),
        D.cell("Green"),
      ]),
      D.row([D.cell("2"), D.cell("Train"), D.cell("", merge: ""), D.cell("June 2024", span: 2)]),
    ])
    let result = readDocument(document.bytes())
    #expect(result.actions.map(\.lead) == ["Head of QA", "Head of QA"])
    // A span covers the next column with its text, but only its first column reads it.
    #expect(result.actions.last?.end.text == "June 2024")
    #expect(result.actions.last?.status.label == "")
  }

  @Test func headingsAndBoldRowsSetThemes() throws {
    var document = D()
    document.paragraph("Priority 1: Leadership", style: "Heading1")
    document.table([
      Self.header, D.row(["1.1", "Audit", "Jo", "May 2024", "Green"]),
      D.row([D.cell("Workforce", span: 5, bold: true)]),
      D.row(["2.1", "Recruit", "Ann", "June 2024", "Red"]),
    ])
    document.paragraph("Quality of practice", bold: true)
    document.table([Self.header, D.row(["3.1", "Supervise", "Sam", "July 2024", "Amber"])])
    let result = readDocument(document.bytes())
    #expect(result.actions.map(\.ref) == ["1.1", "2.1", "3.1"])
    #expect(result.actions.map(\.theme) == ["1", "Workforce", "Quality of practice"])
    #expect(result.themes.map(\.title) == ["Leadership", "Workforce", "Quality of practice"])
  }

  @Test func aTableWithoutAHeaderContinuesThePlanWithTheSameColumns() throws {
    var document = D()
    document.table([D.row(["Version", "Date"]), D.row(["1", "2024"])])
    document.table([Self.header, D.row(["1", "Audit", "Jo", "May 2024", "Green"])])
    document.paragraph("Notes between the tables.")
    document.table([D.row(["2", "Train", "Ann", "June 2024", "Red"])])
    let result = readDocument(document.bytes())
    #expect(result.actions.map(\.ref) == ["1", "2"])
    let notice = try #require(result.diagnostics.first { $0.code == "docx-table" })
    #expect(notice.severity == .info && notice.message.contains("table(s) 1 "))
  }

  @Test func nestedTablesAddTheirTextToTheCell() throws {
    let nested =
      "<w:tc><w:tcPr/><w:p>\(D.run("Review"))</w:p><w:tbl>"
      + D.row(["step one"]) + D.row(["step two"]) + "</w:tbl><w:p/></w:tc>"
    var document = D()
    document.table([Self.header, D.row(["1", nested, "Jo", "May 2024", "Green"])])
    let result = readDocument(document.bytes())
    #expect(result.actions.count == 1)
    #expect(result.actions.first?.title == "Review\nstep one\nstep two")
  }

  @Test func deletedTextAndFieldCodesAreNotRead() throws {
    let cell =
      "<w:tc><w:p><w:r><w:t>Audit </w:t></w:r><w:del><w:r><w:delText>old</w:delText></w:r>"
      + "</w:del><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>files</w:t></w:r></w:p></w:tc>"
    var document = D()
    document.table([Self.header, D.row(["1", cell, "Jo", "May 2024", "Green"])])
    #expect(readDocument(document.bytes()).actions.first?.title == "Audit files")
  }

  @Test func shadingAndPlacesAreInTheCellDetails() throws {
    var document = D()
    document.paragraph("Intro")
    document.table([
      Self.header,
      D.row([D.cell("1"), D.cell("Audit"), D.cell("Jo"), D.cell("May"), D.cell("", fill: "00B050")]
      ),
    ])
    let parsed = try DOCXTableReader.open(document.bytes(), limits: .standard)
    guard case .table(let source) = parsed.blocks.last else {
      Issue.record("no table")
      return
    }
    var builder = WordTableBuilder(text: parsed.text)
    try builder.append(source)
    let table = builder.table
    let status = table.recordStarts[1] + 4
    #expect(table.details(ofCell: status)?.fill == RGB(hex: "00B050"))
    #expect(table.placeName(ofCell: status) == "table 1, row 2, cell 5, paragraph 11")
    #expect(table.cells[status].column == 5 && table.cells[status].line == 11)
  }

  @Test func rowNoticesSayWhereTheRowIs() throws {
    var document = D()
    document.table([
      D.row(["Ref", "Action", "Lead", "Notes"]), D.row(["1", "Audit", "Jo", ""]),
      D.row(["", "", "", "stray note"]),
    ])
    let notice = try #require(readDocument(document.bytes()).diagnostics.first)
    #expect(notice.code == "csv-fragment-row")
    #expect(notice.message.hasPrefix("row 3 (table 1, row 3, cell 1, paragraph 9) has a value"))
  }

  @Test func aDocumentWithoutAPlanTableSaysSo() {
    var document = D()
    document.paragraph("Just prose.")
    let result = readDocument(document.bytes())
    #expect(result.diagnostics.map(\.code) == ["docx-no-table"])
    #expect(result.diagnostics.first?.message.contains("it has no tables") == true)
  }
}
