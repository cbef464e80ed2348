import PlanModel
import Testing

@testable import PlanReading

/// Statuses rated by a cell's fill, and General-format serials in date columns, read through
/// the whole table pipeline from workbooks built with `XLSXFidelityTests`' styles (1 rgb green
/// 00B050, 2 theme accent1 darker = blue, 3 indexed red, 4 theme accent6 lighter = green).
extension XLSXTests {
  struct XLSXColourRatingTests {
    static func actions(_ rows: String) -> [Action] {
      readWorkbook(XLSXFidelityTests.book(XLSXFidelityTests.header() + rows)).actions
    }

    static func rated(_ number: Int, style: Int, label: String? = nil) -> String {
      let text =
        label.map { #"<c r="E\#(number)" s="\#(style)" t="inlineStr"><is><t>\#($0)</t></is></c>"# }
        ?? #"<c r="E\#(number)" s="\#(style)"/>"#
      return #"<row r="\#(number)"><c r="A\#(number)"><v>\#(number - 1)</v></c>"#
        + #"<c r="B\#(number)" t="inlineStr"><is><t>Action \#(number)</t></is></c>"# + text
        + "</row>"
    }

    @Test func aColourOnlyCellIsRatedByItsFill() {
      let actions = Self.actions(
        Self.rated(2, style: 1) + Self.rated(3, style: 2) + Self.rated(4, style: 3)
          + Self.rated(5, style: 4))
      #expect(actions.map(\.status.statusClass) == [.green, .complete, .red, .green])
      #expect(actions.allSatisfy { $0.status.isColourOnly })
      #expect(actions.first?.status.label == "green (cell colour)")
      #expect(actions.first?.status.writtenLabel == "")
    }

    @Test func wordsDecideAndTheColourIsKeptBeside() {
      let actions = Self.actions(
        Self.rated(2, style: 1, label: "Red") + Self.rated(3, style: 3, label: "Tbc"))
      let first = actions.first?.status
      #expect(first?.statusClass == .red)
      #expect(first?.colour == .green && first?.colourClass == .green)
      #expect(first?.isColourOnly == false)
      // Words the scheme does not know: the colour rates the action.
      #expect(actions.last?.status.statusClass == .red)
      #expect(actions.last?.status.label == "Tbc")
    }

    @Test func theSchemeSaysWhatAColourMeans() {
      var options = TableOptions()
      options.statusScheme = StatusScheme(
        name: "own", entries: StatusScheme.rag.entries, colours: [.blue: .green, .green: nil])
      let book = XLSXFidelityTests.book(
        XLSXFidelityTests.header() + Self.rated(2, style: 2) + Self.rated(3, style: 1))
      let actions = readWorkbook(book, options: options).actions
      #expect(actions.first?.status.statusClass == .green)
      #expect(actions.last?.status.isMissing == true, "green carries no rating in this scheme")
    }

    @Test func aBlankRowWithAColouredStatusCellIsNotAnAction() {
      let actions = Self.actions(
        Self.rated(2, style: 1) + #"<row r="3"><c r="E3" s="1"/></row>"#)
      #expect(actions.count == 1)
    }

    @Test func aGeneralSerialInADateColumnIsADate() {
      let actions = Self.actions(
        #"<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Audit</t></is></c>"#
          + #"<c r="D2"><v>45107</v></c></row>"#
          + #"<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>Train</t></is></c>"#
          + #"<c r="D3"><v>12</v></c></row>"#)
      #expect(actions.first?.end.earliest == Day(year: 2023, month: 6, day: 30))
      #expect(actions.first?.end.text == "2023-06-30")
      #expect(actions.last?.end.isDated == false, "12 is no day of a plan")
    }
    @Test func aHeaderMergedAcrossColumnsIsOneHeader() {
      let data =
        row(1, ["Ref", "Action", nil, "Lead"])
        + row(2, ["1", "Audit files", "in May", "Jo Bloggs"])
      let result = readWorkbook(
        XLSXFidelityTests.book(
          data, after: #"<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>"#))
      let columns = result.mappings.first?.columns ?? []
      #expect(columns.map(\.field) == ["ref", "title", nil, "lead"])
      #expect(columns.count == 4 && columns[2].reason == "covered by the merged header to its left")
      #expect(!result.diagnostics.contains { $0.code == "table-unmapped-columns" })
    }
  }
}
