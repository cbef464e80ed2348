import PlanModel
import Testing

@testable import PlanReading

/// OpenDocument spreadsheets as LibreOffice writes them: repeated cells and rows, spanned
/// (merged) cells with covered cells, typed dates and numbers, fills, hidden and cover sheets.
struct ODSTableReaderTests {
  typealias S = TestSpreadsheet

  static let header = S.row(["Ref", "Action", "Lead", "Due", "RAG"])

  @Test func readsRowsWithTypedValuesAndLineBreaks() throws {
    var book = S()
    book.sheet(
      "Actions",
      [
        S.row(["Improvement plan"]), Self.header,
        "<table:table-row>"
          + S.cell("1", attributes: #"office:value-type="float" office:value="1""#)
          + S.cell("Audit files\nand report") + S.cell("Head of QA")
          + S.cell(
            "31/03/24", attributes: #"office:value-type="date" office:date-value="2024-03-31""#)
          + S.cell("Green") + "</table:table-row>",
        S.row([nil], repeated: 1_048_000),
      ])
    let result = readSpreadsheet(book.bytes())
    #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
    let action = try #require(result.actions.first)
    #expect(action.ref == "1" && action.title == "Audit files\nand report")
    #expect(action.end.earliest == Day(year: 2024, month: 3, day: 31))
    #expect(action.span.line == 3 && action.position(of: .lead).column == 3)
  }

  @Test func spannedCellsFillTheCellsTheyCover() throws {
    var book = S()
    book.sheet(
      "Actions",
      [
        Self.header,
        "<table:table-row>" + S.cell("1") + S.cell("Audit")
          + S.cell("Head of QA", attributes: #"table:number-rows-spanned="2""#) + S.cell("May 2024")
          + S.cell("Green") + "</table:table-row>",
        "<table:table-row>" + S.cell("2") + S.cell("Train")
          + "<table:covered-table-cell><text:p>stale</text:p></table:covered-table-cell>"
          + S.cell("June 2024") + S.cell("Amber") + "</table:table-row>",
      ])
    let result = readSpreadsheet(book.bytes())
    #expect(result.actions.map(\.lead) == ["Head of QA", "Head of QA"])
  }

  @Test func repeatedCellsAreBoundedAndEmptyRepeatsCostNothing() throws {
    var book = S()
    book.sheet(
      "Actions",
      [
        Self.header,
        "<table:table-row>" + S.cell("1") + S.cell("Audit") + S.cell("Jo")
          + #"<table:table-cell table:number-columns-repeated="1000000000"/>"#
          + "</table:table-row>",
        "<table:table-row table:number-rows-repeated=\"2\">" + S.cell("2")
          + S.cell(
            "Same", attributes: #"office:value-type="string" table:number-columns-repeated="2""#)
          + "</table:table-row>",
        #"<table:table-row table:number-rows-repeated="1000000000"><table:table-cell table:number-columns-repeated="1000000000"/></table:table-row>"#,
      ])
    let clock = ContinuousClock()
    var result = TableResult()
    let elapsed = clock.measure { result = readSpreadsheet(book.bytes()) }
    #expect(elapsed < .seconds(2))
    #expect(result.actions.map(\.ref) == ["1", "2", "2"])
    #expect(result.actions.last.map { [$0.title, $0.lead] } == ["Same", "Same"])
  }

  @Test func formattingRepeatedOverRangesCostsNothing() throws {
    var book = S()
    book.automaticStyles =
      ##"<style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:background-color="#ff0000"/></style:style>"##
    let colouredColumns =
      #"<table:table-cell table:style-name="ce1" table:number-columns-repeated="16000"/>"#
    book.sheet(
      "Actions",
      [
        Self.header,
        "<table:table-row>" + S.cell("1") + S.cell("Audit") + S.cell("Jo") + colouredColumns
          + "</table:table-row>",
        #"<table:table-row table:number-rows-repeated="1048000">"#
          + #"<table:table-cell table:style-name="ce1" table:number-columns-repeated="5"/>"#
          + "</table:table-row>",
      ])
    let result = readSpreadsheet(book.bytes())
    #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
    #expect(result.actions.map(\.ref) == ["1"])
  }

  @Test func aRowWithTextRepeatedAMillionTimesIsLaidOutAFewTimes() throws {
    var book = S()
    book.sheet(
      "Actions",
      [
        Self.header,
        #"<table:table-row table:number-rows-repeated="1000000">"# + S.cell("1") + S.cell("Audit")
          + "</table:table-row>",
      ])
    let result = readSpreadsheet(book.bytes())
    #expect(result.actions.count == ODSContentParser.maxRepeats)
  }

  @Test func fillsComeFromCellStyles() throws {
    var book = S()
    book.automaticStyles =
      #"<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Good"/>"#
      + ##"<style:style style:name="Good" style:family="table-cell"><style:table-cell-properties fo:background-color="#00b050"/></style:style>"##
    book.sheet(
      "Actions",
      [
        Self.header,
        "<table:table-row>" + S.cell("1") + S.cell("Audit") + S.cell("Jo") + S.cell("May")
          + #"<table:table-cell table:style-name="ce1"/></table:table-row>"#,
      ])
    let sheets = try ODSTableReader.readSheets(book.bytes(), limits: .standard)
    let table = try #require(sheets.first).grid.table(sheetName: "Actions")
    let status = table.recordStarts[1] + 4
    #expect(table.details(ofCell: status)?.fill == RGB(hex: "00B050"))
    #expect(table.isBlank(table.cells[status]) && table.placeName(ofCell: status) == "E2")
  }

  @Test func aCoverSheetAndHiddenSheetsAreSkipped() throws {
    var book = S()
    book.automaticStyles =
      #"<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>"#
    book.sheet("Hidden", [Self.header, S.row(["9", "Secret", "X"])], style: "ta2")
    book.sheet("Cover", [S.row(["Children's services improvement plan"])])
    book.sheet("Actions", [Self.header, S.row(["1", "Audit", "Jo"])])
    let result = readSpreadsheet(book.bytes())
    #expect(result.actions.map(\.ref) == ["1"])
    let notice = try #require(result.diagnostics.first { $0.code == "ods-sheet" })
    #expect(notice.message.contains("'Cover'") && notice.message.contains("'Actions'"))
    #expect(readSpreadsheet(book.bytes(), sheet: "hidden").actions.map(\.ref) == ["9"])
    let unknown = readSpreadsheet(book.bytes(), sheet: "Actoins")
    #expect(unknown.diagnostics.map(\.code) == ["ods-sheet"])
    #expect(unknown.diagnostics.first?.message.contains("did you mean 'Actions'?") == true)
  }

  @Test func hostileSpreadsheetsAreOneError() {
    let laughs =
      #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><office:document-content/>"#
    let dtd = readSpreadsheet(S().zip(content: laughs).bytes()).diagnostics
    #expect(dtd.map(\.code) == ["ods-spreadsheet"])
    #expect(dtd.first?.message.contains("'content.xml'") == true)
    #expect(dtd.first?.message.contains("line 1, column 22") == true)
    #expect(readSpreadsheet(Array("not a zip".utf8)).diagnostics.map(\.code) == ["ods-archive"])
    var noContent = S().zip()
    noContent.entries.removeAll { $0.name == "content.xml" }
    #expect(readSpreadsheet(noContent.bytes()).diagnostics.map(\.code) == ["ods-spreadsheet"])
    let bytes = S().bytes()
    #expect(readSpreadsheet(Array(bytes.dropLast(30))).diagnostics.count == 1)
    var text = S()
    text.sheet("A", [])
    var writer = text.zip()
    writer.entries[0].data = Array("application/vnd.oasis.opendocument.text".utf8)
    #expect(
      readSpreadsheet(writer.bytes()).diagnostics.first?.message.contains("not a spreadsheet")
        == true)
  }
}
