import PlanModel
import Testing

@testable import PlanReading

struct PlanJSONTableTests {
  @Test func actionsFromAFileNextToThePlan() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("tables/actions.csv", "Ref,Action,Lead,End\n1.1,Do it,Ann,2024-03-31\n")
    let text =
      #"{"themes": [{"ref": "1", "title": "T"}], "actions": {"file": "tables/actions.csv"}}"#
    let (plan, diagnostics) = decodePlan(text, baseDirectory: directory.path)
    let decoded = try #require(plan)
    // Until the CSV reader lands, its stub's diagnostic must be passed through unchanged.
    let passedThrough = diagnostics.contains { $0.code == "csv-unsupported" }
    #expect(passedThrough || decoded.actions.first?.lead == "Ann")
    #expect(diagnostics.allSatisfy { $0.span.file == "dir/tables/actions.csv" })
  }

  @Test func aMissingTableFileIsADiagnostic() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (plan, diagnostics) = decodePlan(
      #"{"actions": {"file": "gone.csv"}}"#, baseDirectory: directory.path)
    #expect(plan != nil)
    #expect(diagnostics.map(\.code) == ["plan-file"])
    #expect(diagnostics.first?.message.contains("'dir/gone.csv'") == true)
  }
}
