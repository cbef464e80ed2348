import Foundation
import Testing

/// The column mapping as a user meets it: `plancheck columns`, `check --verbose`, the JSON
/// report, and `columns` mistakes stopping the run.
struct ColumnMappingCLITests {
  static let table = """
    NOS,What will it do?,Who is accountable,By when,Budget code
    1.1,Recruit staff,Head of HR,March 2024,CC-1
    1.2,Audit cases,Head of Quality,June 2024,CC-2
    1.3,Survey children,Participation Lead,May 2024,CC-3

    """

  @Test func columnsPrintsEveryColumnWithItsReason() throws {
    let dir = try TempDir()
    _ = try dir.write(Self.table, to: "plan.csv")
    let run = CLIRun(["columns", "plan.csv"], in: dir)
    #expect(run.status == 0, "\(run.err)")
    let lines = run.out.split(separator: "\n").map(String.init)
    #expect(lines.first == "plan.csv: header in row 1")
    #expect(lines.contains { $0.hasPrefix("  A   NOS") && $0.contains("ref") })
    #expect(lines.contains { $0.contains("What will it do?") && $0.contains("title") })
    #expect(lines.contains { $0.contains("Who is accountable") && $0.contains(" lead ") })
    #expect(lines.contains { $0.contains("Budget code") && $0.contains("extra") })
  }

  @Test func verboseCheckPrintsTheMappingToStandardError() throws {
    let dir = try TempDir()
    _ = try dir.write(Self.table, to: "plan.csv")
    let quiet = CLIRun(["check", "plan.csv", "--as-of", "2024-01-01"], in: dir)
    let verbose = CLIRun(["check", "plan.csv", "--as-of", "2024-01-01", "--verbose"], in: dir)
    #expect(!quiet.err.contains("header in row 1"))
    #expect(verbose.err.contains("plan.csv: header in row 1"))
    #expect(verbose.out == quiet.out)
    #expect(verbose.out.contains("kept as extra: 'Budget code'"))
  }

  @Test func theJSONReportCarriesEachTablesMapping() throws {
    let dir = try TempDir()
    _ = try dir.write(Self.table, to: "plan.csv")
    let run = CLIRun(["check", "plan.csv", "--format", "json", "--fail-on", "none"], in: dir)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let plan = try #require((root["plans"] as? [[String: Any]])?.first)
    let table = try #require((plan["tables"] as? [[String: Any]])?.first)
    #expect(table["headerRow"] as? Int == 1)
    let columns = try #require(table["columns"] as? [[String: Any]])
    #expect(columns.map { $0["field"] as? String } == ["ref", "title", "lead", "end", nil])
  }

  @Test func aColumnsMistakeStopsTheRunWithASuggestion() throws {
    let dir = try TempDir()
    _ = try dir.write(Self.table, to: "actions.csv")
    _ = try dir.write(
      #"{"actions": {"file": "actions.csv", "columns": {"NOS": "reff"}}}"#, to: "plan.json")
    let badField = CLIRun(["check", "plan.json"], in: dir)
    #expect(badField.status == 2)
    #expect(badField.err.contains("plan.json:1:"))
    #expect(badField.err.contains("did you mean 'ref'?"))
    _ = try dir.write(
      #"{"actions": {"file": "actions.csv", "columns": {"Who is acountable": "lead"}}}"#,
      to: "plan.json")
    let badHeader = CLIRun(["check", "plan.json"], in: dir)
    #expect(badHeader.status == 2)
    #expect(badHeader.err.contains("did you mean 'Who is accountable'?"))
  }

  @Test(arguments: [
    ["columns"], ["convert"], ["columns", "a.csv", "b.csv"], ["convert", "a.csv", "b.csv"],
  ])
  func columnsAndConvertTakeOnePlanFile(_ arguments: [String]) throws {
    let run = CLIRun(arguments, in: try TempDir())
    #expect(run.status == 2)
    #expect(run.err.contains("\(arguments[0]) takes exactly one plan file"), "\(run.err)")
  }

  @Test func columnsAndConvertReadThePlanWithTheConfig() throws {
    let dir = try TempDir()
    _ = try dir.write(Self.table, to: "plan.csv")
    _ = try dir.write(#"{"columns": {"Who is accountable": "extra"}}"#, to: ".plancheck.json")
    let columns = CLIRun(["columns", "plan.csv"], in: dir)
    #expect(columns.status == 0, "\(columns.err)")
    #expect(
      columns.out.split(separator: "\n").contains {
        $0.contains("Who is accountable") && $0.contains("extra")
      })
    let convert = CLIRun(["convert", "plan.csv"], in: dir)
    #expect(convert.status == 0, "\(convert.err)")
    #expect(!convert.out.contains(#""lead""#))
    #expect(convert.out.contains("Head of HR"))
  }
}
