import PlanModel
import Testing

@testable import PlanReading

/// Workbooks as spreadsheet programs write them: merged ranges, fills in rgb, theme (with tint)
/// and indexed forms, General-format date serials, a cover sheet before the table.
extension XLSXTests {
  struct XLSXFidelityTests {
    /// Fills: 2 rgb green, 3 theme accent1 darker 25%, 4 indexed 10 (red), 5 theme accent6
    /// lighter 40%; styles 1-4 use them, style 5 is a date format, style 6 General.
    static let styles =
      #"<fills count="6"><fill><patternFill patternType="none"/></fill>"#
      + #"<fill><patternFill patternType="gray125"/></fill>"#
      + #"<fill><patternFill patternType="solid"><fgColor rgb="FF00B050"/><bgColor indexed="64"/></patternFill></fill>"#
      + #"<fill><patternFill patternType="solid"><fgColor theme="4" tint="-0.249977111117893"/></patternFill></fill>"#
      + #"<fill><patternFill patternType="solid"><fgColor indexed="10"/></patternFill></fill>"#
      + #"<fill><patternFill patternType="solid"><fgColor theme="9" tint="0.3999755851924192"/></patternFill></fill>"#
      + #"</fills><cellXfs count="7"><xf numFmtId="0" fillId="0"/><xf numFmtId="0" fillId="2"/>"#
      + #"<xf numFmtId="0" fillId="3"/><xf numFmtId="0" fillId="4"/><xf numFmtId="0" fillId="5"/>"#
      + #"<xf numFmtId="14" fillId="0"/><xf numFmtId="0" fillId="1"/></cellXfs>"#
      + #"<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs>"#

    /// Office 2013's theme colours (accent1 4472C4, accent6 70AD47).
    static let theme =
      #"<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office">"#
      + #"<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>"#
      + #"<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>"#
      + #"<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>"#
      + #"<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>"#
      + #"<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>"#
      + #"<a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>"#
      + #"<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme></a:themeElements></a:theme>"#

    static func book(_ data: String, after: String = "", cover: Bool = false) -> [UInt8] {
      var book = TestWorkbook()
      book.styles = styles
      book.theme = theme
      if cover { book.sheet("Cover", row(1, ["Children's Services Improvement Plan"])) }
      book.sheet("Actions", data)
      book.sheets[book.sheets.count - 1].after = after
      return book.bytes()
    }

    static func header(_ number: Int = 1) -> String {
      row(number, ["Ref", "Action", "Lead", "Due", "RAG"])
    }

    @Test func aLeadMergedOverRowsFillsEveryRow() throws {
      let data =
        Self.header()
        + #"<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Audit</t></is></c>"#
        + #"<c r="C2" t="inlineStr"><is><t>Head of QA</t></is></c></row>"#
        + row(3, ["2", "Train staff"]) + row(4, ["3", "Review"])
      let result = readWorkbook(
        Self.book(data, after: #"<mergeCells count="1"><mergeCell ref="C2:C4"/></mergeCells>"#))
      #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
      #expect(result.actions.map(\.lead) == ["Head of QA", "Head of QA", "Head of QA"])
      #expect(result.actions.map(\.ref) == ["1", "2", "3"])
    }

    @Test func fillsResolveToRGB() throws {
      let data =
        Self.header()
        + #"<row r="2"><c r="A2" s="1"/><c r="B2" s="2"/><c r="C2" s="3"/><c r="D2" s="4"/>"#
        + #"<c r="E2" s="6"/></row>"#
      let sheet = try XLSXTableReader.readSheet(
        bytes: Self.book(data), file: "p.xlsx", options: TableOptions())
      let base = try #require(sheet.table.recordStarts.dropFirst().first)
      let fills = (0..<4).map { sheet.table.details(ofCell: base + $0)?.fill }
      #expect(fills[0] == RGB(hex: "00B050"))
      #expect(fills[1] == RGB(hex: "2F5597"))
      #expect(fills[2] == RGB(hex: "FF0000"))
      let accent = try #require(fills[3])
      // Excel shows A9D08E; HSL arithmetic in doubles may round one step away.
      for (channel, expected) in [(accent.red, 0xA9), (accent.green, 0xD0), (accent.blue, 0x8E)] {
        #expect(abs(Int(channel) - expected) <= 2, "\(accent.hex)")
      }
      #expect(sheet.table.cells(ofRecord: 1).count == 4, "a gray125 cell without a value is absent")
      #expect(sheet.table.placeName(ofCell: base + 2) == "C2")
    }

    @Test func aColourOnlyStatusCellIsAnEmptyCellWithAFill() throws {
      let data =
        Self.header()
        + #"<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Audit</t></is></c>"#
        + #"<c r="E2" s="1"/></row>"#
      let sheet = try XLSXTableReader.readSheet(
        bytes: Self.book(data), file: "p.xlsx", options: TableOptions())
      let cells = sheet.table.cells(ofRecord: 1)
      let status = try #require(cells.last)
      #expect(sheet.table.isBlank(status) && status.column == 5)
      #expect(sheet.table.details(ofCell: cells.endIndex - 1)?.fill == RGB(hex: "00B050"))
      let index = try #require(sheet.table.index(record: 1, column: 4))
      #expect(sheet.table.details(ofCell: index)?.fill == RGB(hex: "00B050"))
      #expect(sheet.table.index(record: 1, column: 5) == nil)
      #expect(sheet.table.index(record: 9, column: 0) == nil)
    }

    @Test func mergedFillsCoverEveryCell() throws {
      let data =
        Self.header() + row(2, ["1", "Audit"]) + row(3, ["2", "Train"])
        + #"<row r="2"><c r="E2" s="1"/></row>"#
      let sheet = try XLSXTableReader.readSheet(
        bytes: Self.book(data, after: #"<mergeCells><mergeCell ref="E2:E3"/></mergeCells>"#),
        file: "p.xlsx", options: TableOptions())
      for record in [1, 2] {
        let cells = sheet.table.cells(ofRecord: record)
        #expect(sheet.table.details(ofCell: cells.endIndex - 1)?.fill == RGB(hex: "00B050"))
      }
    }

    @Test func numbersCarryTheirValueAndDateFlag() throws {
      let data =
        Self.header()
        + #"<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Audit</t></is></c>"#
        + #"<c r="D2" s="5"><v>45382</v></c><c r="E2"><v>45382</v></c></row>"#
      let sheet = try XLSXTableReader.readSheet(
        bytes: Self.book(data), file: "p.xlsx", options: TableOptions())
      let cells = sheet.table.cells(ofRecord: 1)
      let dated = try #require(sheet.table.details(ofCell: cells.startIndex + 3))
      let general = try #require(sheet.table.details(ofCell: cells.startIndex + 4))
      #expect(dated.number == 45382 && dated.isDateFormatted)
      #expect(sheet.table.text(cells[cells.startIndex + 3]) == "2024-03-31")
      #expect(general.number == 45382 && !general.isDateFormatted)
      #expect(sheet.table.text(cells[cells.startIndex + 4]) == "45382")
      #expect(sheet.table.details(ofCell: cells.startIndex + 1) == nil, "text has no details")
    }

    @Test func aCoverSheetIsSkippedWithANotice() throws {
      let data = Self.header() + row(2, ["1", "Audit", "Jo"])
      let result = readWorkbook(Self.book(data, cover: true))
      #expect(result.actions.map(\.title) == ["Audit"])
      let notice = try #require(result.diagnostics.first { $0.code == "xlsx-sheet" })
      #expect(notice.severity == .info && notice.message.contains("'Cover'"))
      #expect(notice.message.contains("'Actions'"))
      let named = readWorkbook(Self.book(data, cover: true), sheet: "Cover")
      #expect(named.actions.isEmpty && named.diagnostics.contains { $0.severity == .error })
    }

    @Test func aTitleMergedAcrossColumnsStillReadsAsASection() throws {
      let data =
        Self.header() + row(2, ["Priority 2:", "Early help"]) + row(3, ["2.1", "Audit", "Jo"])
      let result = readWorkbook(
        Self.book(data, after: #"<mergeCells><mergeCell ref="B2:E2"/></mergeCells>"#))
      #expect(result.actions.map(\.ref) == ["2.1"])
      #expect(result.actions.first?.theme == "2")
      #expect(result.themes.map(\.title) == ["Early help"])
    }

    @Test func valuesFarToTheRightDoNotPadEveryRow() throws {
      let far = (2...601).map { #"<row r="\#($0)"><c r="XFD\#($0)"><v>1</v></c></row>"# }
      let data = Self.header() + far.joined()
      let sheet = try XLSXTableReader.readSheet(
        bytes: Self.book(data), file: "p.xlsx", options: TableOptions())
      #expect(sheet.table.cells.count == 5 + 600 * 6, "blank padding only up to the used columns")
      let last = try #require(sheet.table.cells.last)
      #expect(
        last.column == 16_384
          && sheet.table.placeName(ofCell: sheet.table.cells.count - 1) == "XFD601")
      let header = sheet.table.cells(ofRecord: 0)
      #expect(header.map(\.column) == [1, 2, 3, 4, 5])
    }

    @Test func aMergeOverWholeColumnsCostsOnlyTheUsedRows() throws {
      let data = Self.header() + row(2, ["1", "Audit", "Jo"])
      let sheet = try XLSXTableReader.readSheet(
        bytes: Self.book(
          data, after: #"<mergeCells><mergeCell ref="C2:XFD1048576"/></mergeCells>"#),
        file: "p.xlsx", options: TableOptions())
      #expect(sheet.table.recordCount == 2)
      #expect(sheet.table.cells.count == 5 + 5)
    }

    @Test(arguments: [
      ("A1:B2", 1, 1, 2, 2), ("B3", 2, 3, 2, 3), ("C5:A1", 1, 1, 3, 5), ("$A$1:$C$2", 1, 1, 3, 2),
    ])
    func mergeReferencesParse(ref: String, c1: Int, r1: Int, c2: Int, r2: Int) throws {
      let data = row(1, ["x"])
      var reader = SheetReader(strings: SharedStrings(), styles: CellStyles(), date1904: false)
      let xml =
        "<worksheet><sheetData>\(data)</sheetData><mergeCells><mergeCell ref=\"\(ref)\"/>"
        + "</mergeCells></worksheet>"
      try reader.read(bytes: Array(xml.utf8), part: "s.xml")
      #expect(
        reader.merges == [
          PlacedGrid.Merge(firstRow: r1, firstColumn: c1, lastRow: r2, lastColumn: c2)
        ])
    }
  }
}
