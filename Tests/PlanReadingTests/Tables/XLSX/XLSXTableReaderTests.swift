import PlanModel
import Testing

@testable import PlanReading

/// Reads `book` as a workbook table named `file`.
func readWorkbook(
  _ book: [UInt8], file: String = "plan.xlsx", sheet: String? = nil,
  options: TableOptions = TableOptions()
) -> TableResult {
  var options = options
  options.sheet = sheet ?? options.sheet
  return XLSXTableReader.readActions(bytes: book, file: file, options: options)
}

extension XLSXTests {
  struct XLSXTableReaderTests {
    /// Two sheets, shared strings (plain, rich text with a phonetic run, escapes), inline
    /// strings, numbers, booleans, errors, formula strings and dates in built-in and custom
    /// formats.
    static func mixedBook() -> TestWorkbook {
      var book = TestWorkbook()
      book.sharedStrings = [
        "Ref", "Action", "Lead", "Due", "Status", "Key", "Score",
        "Review the strategy", "Head of HR", "Green",
      ]
      book.styles =
        #"<numFmts count="1"><numFmt numFmtId="164" formatCode="d\ mmmm\ yyyy;@"/>"#
        + #"<numFmt numFmtId="165" formatCode="0.0&quot;d&quot;"/></numFmts>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>"#
        + #"<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>"#
      book.sheet("Notes", row(1, ["Read me first"]))
      book.sheet(
        "Action plan",
        #"<row r="1"><c r="A1" t="inlineStr"><is><t>Improvement plan 2024</t></is></c></row>"#
          + #"<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c>"#
          + #"<c r="C3" t="s"><v>2</v></c><c r="D3" t="s"><v>3</v></c><c r="E3" t="s"><v>4</v></c>"#
          + #"<c r="F3" t="s"><v>5</v></c><c r="G3" t="s"><v>6</v></c></row>"#
          + #"<row r="4"><c r="A4" t="n"><v>1</v></c><c r="B4" t="s"><v>7</v></c>"#
          + #"<c r="C4" t="s"><v>8</v></c><c r="D4" s="1"><v>45382</v></c>"#
          + #"<c r="E4" t="s"><v>9</v></c><c r="F4" t="b"><v>1</v></c>"#
          + #"<c r="G4" s="3"><v>1.1000000000000001</v></c></row>"#
          + #"<row r="5"><c r="A5" t="str"><f>"1."&amp;2</f><v>1.2</v></c>"#
          + #"<c r="B5" t="inlineStr"><is><r><t>Train </t></r><r><rPr><b/></rPr><t>managers</t></r>"#
          + #"<rPh><t>IGNORED</t></rPh></is></c><c r="C5" t="inlineStr"><is><t>A &amp; B</t></is></c>"#
          + #"<c r="D5" s="2"><v>45473.75</v></c><c r="E5" t="e"><v>#N/A</v></c>"#
          + #"<c r="F5" t="b"><v>0</v></c><c r="G5" s="2"><v>-3</v></c></row>"#)
      return book
    }

    @Test func readsEveryKindOfCell() throws {
      let result = readWorkbook(Self.mixedBook().bytes(), sheet: "Action plan")
      #expect(
        result.diagnostics.map(\.code) == ["table-unmapped-columns"],
        "\(result.diagnostics.map(\.formatted))")
      #expect(result.actions.map(\.ref) == ["1", "1.2"])
      #expect(result.actions.map(\.title) == ["Review the strategy", "Train managers"])
      #expect(result.actions.map(\.lead) == ["Head of HR", "A & B"])
      #expect(result.actions.map(\.end.text) == ["2024-03-31", "2024-06-30"])
      #expect(result.actions.first?.end.earliest == Day(year: 2024, month: 3, day: 31))
      #expect(result.actions.map(\.status.label) == ["Green", "#N/A"])
      let extras = result.actions.map { $0.extra.map { "\($0.name)=\($0.value)" } }
      #expect(extras == [["Key=TRUE", "Score=1.1"], ["Key=FALSE", "Score=-3"]])
    }

    @Test func positionsAreRowsAndColumns() throws {
      let result = readWorkbook(Self.mixedBook().bytes(), sheet: "Action plan")
      let action = try #require(result.actions.first)
      #expect(action.span.line == 4)
      #expect(action.span.row == 4)
      #expect(action.span.file == "plan.xlsx")
      #expect(action.position(of: .lead) == SourcePosition(line: 4, column: 3))
      #expect(action.position(of: .end) == SourcePosition(line: 4, column: 4))
    }

    @Test func firstVisibleWorksheetIsTheDefault() {
      var book = Self.mixedBook()
      // 'Notes' has no header row, so the next sheet with one is read, with a notice.
      let skipped = readWorkbook(book.bytes())
      #expect(skipped.actions.count == 2)
      #expect(skipped.diagnostics.first?.code == "xlsx-sheet")
      #expect(skipped.diagnostics.first?.severity == .info)
      book.sheets[0].state = "hidden"
      let hidden = readWorkbook(book.bytes())
      #expect(hidden.actions.count == 2 && !hidden.diagnostics.contains { $0.code == "xlsx-sheet" })
    }

    @Test func withNoHeaderOnAnySheetTheOthersAreNamed() {
      var book = TestWorkbook()
      book.sheet("Notes", row(1, ["Read me first"]))
      book.sheet("Chart data", row(1, ["Month", "Count"]))
      let noHeader = readWorkbook(book.bytes())
      #expect(noHeader.diagnostics.map(\.code) == ["csv-no-header", "xlsx-sheet"])
      #expect(noHeader.diagnostics.last?.severity == .info)
      #expect(
        noHeader.diagnostics.last?.message.hasPrefix(
          "read sheet 'Notes' of 'plan.xlsx'; its other sheets are 'Chart data'. Name") == true)
    }

    @Test func sheetNamesMatchIgnoringCase() {
      #expect(readWorkbook(Self.mixedBook().bytes(), sheet: " action PLAN").actions.count == 2)
    }

    @Test func unknownSheetListsTheSheets() {
      let result = readWorkbook(Self.mixedBook().bytes(), sheet: "Action plans")
      #expect(result.actions.isEmpty)
      #expect(result.diagnostics.map(\.code) == ["xlsx-sheet"])
      #expect(
        result.diagnostics.first?.message
          == "no sheet named 'Action plans' in 'plan.xlsx'; did you mean 'Action plan'?; its "
          + "sheets are 'Notes', 'Action plan'")
    }

    @Test func mergedGroupingCellsFillDown() {
      var book = TestWorkbook()
      book.sheet(
        "Plan",
        row(2, ["Ref", "Objective", "Action"]) + row(3, ["1", "Partnerships", "First"])
          + row(4, ["2", nil, "Second"]) + row(6, ["3", "Workforce", "Third"])
          + #"<mergeCells count="1"><mergeCell ref="B3:B4"/></mergeCells>"#)
      let result = readWorkbook(book.bytes())
      #expect(result.actions.map(\.objective) == ["Partnerships", "Partnerships", "Workforce"])
      #expect(result.actions.map(\.span.row) == [3, 4, 6])
    }

    @Test func sectionRowsAndTitleRowsWorkAsInCSV() {
      var book = TestWorkbook()
      book.sheet(
        "Plan",
        row(1, ["Luton Improvement Plan 2023"]) + row(2, ["Updated March 2023"])
          + row(4, ["Ref", "Actions", "Lead"]) + row(5, ["1.1 Embed an agreed approach"])
          + row(6, ["1.1.1", "Develop a strategy", "Chair"]) + row(7, ["Ref", "Actions", "Lead"])
          + row(8, ["1.1.2", "Publish it", "Chair"]))
      let result = readWorkbook(book.bytes())
      #expect(result.actions.map(\.ref) == ["1.1.1", "1.1.2"])
      #expect(result.actions.map(\.theme) == ["1.1", "1.1"])
      #expect(result.themes.first?.span.row == 5)
    }

    @Test func cellsWithoutReferencesFollowOnAndPrefixedElementsRead() {
      var book = TestWorkbook()
      book.prefix = "x:"
      book.sheet(
        "Plan",
        #"<x:row><x:c t="inlineStr"><x:is><x:t>Ref</x:t></x:is></x:c>"#
          + #"<x:c t="inlineStr"><x:is><x:t>Action</x:t></x:is></x:c></x:row>"#
          + #"<x:row><x:c><x:v>7</x:v></x:c><x:c t="inlineStr"><x:is><x:t>Go</x:t></x:is></x:c>"#
          + "</x:row>")
      let result = readWorkbook(book.bytes())
      #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
      #expect(result.actions.map(\.ref) == ["7"])
      #expect(result.actions.first?.position(of: .title) == SourcePosition(line: 2, column: 2))
    }

    @Test func sharedStringsDecodeRichTextEscapesAndCDATA() throws {
      let xml =
        #"<sst count="4"><si><t>plain</t></si><si><r><t xml:space="preserve">rich </t></r>"#
        + #"<r><rPr/><t>text</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh></si>"#
        + #"<si><t>line_x000D_&#10;break &lt;b&gt; _x005F_x0041_</t></si>"#
        + #"<si><t><![CDATA[a <raw> & b]]></t></si><si/></sst>"#
      let strings = try SharedStrings(bytes: Array(xml.utf8), part: "xl/sharedStrings.xml")
      #expect(
        (0..<strings.count).map { strings.string($0) } == [
          "plain", "rich text", "line\r\nbreak <b> _x0041_", "a <raw> & b", "",
        ])
    }

    @Test func dateFormatsAreRecognised() {
      for code in ["dd/mm/yyyy", "mmm-yy", "[$-809]d mmmm yyyy", "d-mmm", #"yyyy\-mm"#] {
        #expect(CellStyles.isDateFormat(code), "\(code)")
      }
      for code in [
        "General", "0.00", "h:mm", "[h]:mm:ss", #""days "0"#, "#,##0;[Red]-#,##0", "mm:ss",
      ] {
        #expect(!CellStyles.isDateFormat(code), "\(code)")
      }
    }

    @Test func dates1904AndSerialEdgeCases() {
      var book = TestWorkbook()
      book.workbookExtra = #"<workbookPr date1904="1"/>"#
      book.styles = #"<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="15"/></cellXfs>"#
      book.sheet(
        "Plan",
        row(1, ["Ref", "Action", "Due"])
          + #"<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>A</t></is></c>"#
          + #"<c r="C2" s="1"><v>43920</v></c></row>"#
          + #"<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>B</t></is></c>"#
          + #"<c r="C3" s="1"><v>0.5</v></c></row>"#
          + #"<row r="4"><c r="A4"><v>3</v></c><c r="B4" t="inlineStr"><is><t>C</t></is></c>"#
          + #"<c r="C4" t="d"><v>2024-03-31T00:00:00</v></c></row>"#)
      let result = readWorkbook(book.bytes())
      // 43920 in the 1904 system is 2024-03-31 (it would be 2020-03-30 in the 1900 system).
      #expect(result.actions.map(\.end.text) == ["2024-03-31", "0.5", "2024-03-31"])
    }

    @Test func cellReferences() {
      let cases: [(String, CellReference?)] = [
        ("A1", CellReference(column: 1, row: 1)), ("$B$3", CellReference(column: 2, row: 3)),
        ("XFD1048576", CellReference(column: 16_384, row: 1_048_576)), ("XFE1", nil),
        ("A1048577", nil), ("A0", nil), ("1A", nil), ("", nil), ("AAAAAAAAAAAAAAAAAAAA1", nil),
      ]
      for (text, expected) in cases {
        let bytes = Array(text.utf8)
        #expect(CellReference(bytes, 0..<bytes.count) == expected, "\(text)")
      }
    }
  }
}
