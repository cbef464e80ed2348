import Foundation
import PlanModel
import Testing

@testable import PlanReading

extension XLSXTests {
  /// Workbooks written by a real library read like the CSV export of the same sheet.
  struct XLSXEndToEndTests {
    /// The "Action plan" sheet of `OpenpyxlSamples.actionPlan`, as a CSV export writes it.
    static let csv = """
      Improvement Plan 2024,,,,,,,
      Updated March 2024,,,,,,,
      ,,,,,,,
      Ref,Objective,Action,Lead,Due,RAG,Key,Score
      1.1,Partnerships,Establish a governance board,Executive Director,30/11/2024,Green,TRUE,1.5
      1.2,,Develop a neglect strategy,Chair of LSCB,31/01/2025,Amber,FALSE,2
      2.1,Workforce,Recruit permanent social workers,Head of HR,31/03/2025,Red,TRUE,0.3
      2.2,,Review caseloads,Head of HR,,Complete,FALSE,

      """

    /// The fields a plan's rules look at, side by side.
    struct Summary: Equatable {
      var ref, title, objective, lead, status: String
      var statusClass: StatusClass
      var due: Day?
      var extras: [String]
      var row: Int?
      var line: Int
    }

    static func summaries(_ result: TableResult) -> [Summary] {
      result.actions.map {
        Summary(
          ref: $0.ref, title: $0.title, objective: $0.objective, lead: $0.lead,
          status: $0.status.label, statusClass: $0.status.statusClass, due: $0.end.earliest,
          extras: $0.extra.map { "\($0.name)=\($0.value)" }, row: $0.span.row, line: $0.span.line)
      }
    }

    @Test func openpyxlWorkbookReadsLikeItsCSV() throws {
      let fromCSV = readTable(Self.csv, file: "plan.csv")
      let fromXLSX = readWorkbook(decode(OpenpyxlSamples.actionPlan), sheet: "Action plan")
      // Both say once that 'Key' and 'Score' are kept as extras, and nothing else.
      #expect(fromCSV.diagnostics.map(\.code) == ["table-unmapped-columns"])
      #expect(
        fromXLSX.diagnostics.map(\.message)
          == fromCSV.diagnostics.map {
            $0.message.replacingOccurrences(of: "plan.csv", with: "plan.xlsx")
          }, "\(fromXLSX.diagnostics.map(\.formatted))")
      let expected = Self.summaries(fromCSV)
      #expect(expected.count == 4)
      #expect(Self.summaries(fromXLSX) == expected)
      #expect(
        expected.map(\.due) == [
          Day(year: 2024, month: 11, day: 30), Day(year: 2025, month: 1, day: 31),
          Day(year: 2025, month: 3, day: 31), nil,
        ])
      #expect(
        expected.map(\.objective) == ["Partnerships", "Partnerships", "Workforce", "Workforce"])
    }

    @Test func aBareWorkbookIsAPlan() throws {
      let directory = try TemporaryDirectory()
      defer { directory.remove() }
      var book = TestWorkbook()
      book.sheet(
        "Action plan",
        row(1, ["Ref", "Action", "Lead", "RAG"]) + row(2, ["1.1", "Do it", "Ann", "Green"]))
      let path = try directory.write("plan.xlsx", bytes: book.bytes())
      let result = PlanLoader().load(path: path, displayPath: "plans/plan.xlsx")
      #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
      let plan = try #require(result.plan)
      #expect(plan.id == PlanPaths.defaultPlanID(for: "plans/plan.xlsx"))
      #expect(plan.actions.map(\.lead) == ["Ann"])
      #expect(plan.actions.first?.span.description == "plans/plan.xlsx:2:1")
    }

    /// `--sheet` (LoadOptions.sheet) picks the worksheet of a workbook checked directly.
    @Test func aBareWorkbookWithANamedSheet() throws {
      let directory = try TemporaryDirectory()
      defer { directory.remove() }
      try directory.write("plan.xlsx", bytes: decode(OpenpyxlSamples.actionPlan))
      var options = LoadOptions()
      options.sheet = "Action plan"
      let result = PlanLoader(options: options).load(
        path: directory.path + "/plan.xlsx", displayPath: "plan.xlsx")
      #expect(result.plan?.actions.map(\.ref) == ["1.1", "1.2", "2.1", "2.2"])
      options.sheet = "Nope"
      let missing = PlanLoader(options: options).load(
        path: directory.path + "/plan.xlsx", displayPath: "plan.xlsx")
      #expect(missing.diagnostics.map(\.code).contains("xlsx-sheet"))
    }

    @Test func aJSONPlanNamesTheWorkbookAndItsSheet() throws {
      let directory = try TemporaryDirectory()
      defer { directory.remove() }
      try directory.write("tables/plan.xlsx", bytes: decode(OpenpyxlSamples.actionPlan))
      let text = #"{"actions": {"file": "tables/plan.xlsx", "sheet": "Action plan"}}"#
      let (plan, diagnostics) = decodePlan(text, baseDirectory: directory.path)
      #expect(
        diagnostics.map(\.code) == ["table-unmapped-columns"], "\(diagnostics.map(\.formatted))")
      #expect(plan?.actions.map(\.ref) == ["1.1", "1.2", "2.1", "2.2"])
      #expect(plan?.actions.first?.span.file == "dir/tables/plan.xlsx")

      let wrong = #"{"actions": {"file": "tables/plan.xlsx", "sheet": "Actions"}}"#
      let (_, errors) = decodePlan(wrong, baseDirectory: directory.path)
      #expect(errors.map(\.code) == ["xlsx-sheet"])
      #expect(
        errors.first?.message
          == "no sheet named 'Actions' in 'dir/tables/plan.xlsx'; its sheets are 'Cover', "
          + "'Action plan'")
    }

    /// A larger sheet (5,000 rows, shared strings) reads completely and in bounded time.
    @Test func fiveThousandRows() throws {
      var book = TestWorkbook()
      book.sharedStrings = ["Ref", "Action", "Lead", "Head of HR"]
      var xml =
        #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>"#
        + #"<c r="C1" t="s"><v>2</v></c></row>"#
      for number in 2...5001 {
        xml +=
          #"<row r="\#(number)"><c r="A\#(number)"><v>\#(number - 1)</v></c>"#
          + #"<c r="B\#(number)" t="inlineStr"><is><t>Action \#(number - 1)</t></is></c>"#
          + #"<c r="C\#(number)" t="s"><v>3</v></c></row>"#
      }
      book.sheet("Plan", xml)
      let result = readWorkbook(book.bytes())
      #expect(result.diagnostics.isEmpty)
      #expect(result.actions.count == 5000)
      #expect(result.actions.last?.title == "Action 5000")
      #expect(Set(result.actions.map(\.lead)) == ["Head of HR"])
    }
  }
}
