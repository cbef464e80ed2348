import Foundation
import Testing

@testable import PlanReading

struct PlanFileFinderTests {
  private func tree() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try directory.write("plans/luton/plan.json", #"{"actions": {"file": "tables/actions.csv"}}"#)
    try directory.write("plans/luton/tables/actions.csv", "Ref\n")
    try directory.write("plans/board.csv", "Ref\n")
    try directory.write("plans/send/summary.tsv", "Ref\n")
    try directory.write("plans/b.json", "{}")
    try directory.write("plans/.hidden/x.json", "{}")
    try directory.write("plans/.build/y.json", "{}")
    try directory.write("plans/notes.md", "# notes")
    return directory
  }

  @Test func expandsFoldersSortedSkippingHiddenAndReferencedTables() throws {
    let directory = try tree()
    defer { directory.remove() }
    let root = directory.path + "/plans"
    let search = PlanFileFinder().find([root])
    #expect(
      search.files == ["\(root)/board.csv", "\(root)/luton/plan.json", "\(root)/send/summary.tsv"])
    // Found in the folder: a note, an object with no plan keys, and a table a plan reads.
    #expect(
      search.skipped.map(\.path) == [
        "\(root)/notes.md", "\(root)/b.json", "\(root)/luton/tables/actions.csv",
      ])
    #expect(search.skipped.last?.reason.contains("luton/plan.json") == true)
    #expect(search.skipped[1].reason.contains("not a plan"))
    #expect(search.skipped.map(\.kind) == [.notAPlan, .notAPlan, .tableOfPlan])
    #expect(search.diagnostics.isEmpty)
  }

  @Test func officeLockFilesAreNotPlans() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("plans/plan.docx", "PK")
    try directory.write("plans/~$plan.docx", "lock")
    let root = directory.path + "/plans"
    let search = PlanFileFinder().find([root])
    #expect(search.files == ["\(root)/plan.docx"])
    #expect(search.skipped.map(\.path) == ["\(root)/~$plan.docx"])
    #expect(search.skipped.first?.reason.contains("lock file") == true)
  }

  @Test func explicitFilesAreDedupedAndReferencedTablesSkipped() throws {
    let directory = try tree()
    defer { directory.remove() }
    let luton = directory.path + "/plans/luton"
    let search = PlanFileFinder().find([
      "\(luton)/tables/actions.csv", "\(luton)/plan.json", "\(luton)/../luton/plan.json", "-",
    ])
    #expect(search.files == ["-", "\(luton)/plan.json"])
    #expect(search.skipped.count == 1)
  }

  @Test func namedJSONIsAlwaysReadAsAPlan() throws {
    let directory = try tree()
    defer { directory.remove() }
    let search = PlanFileFinder().find([directory.path + "/plans/b.json"])
    #expect(search.files == [directory.path + "/plans/b.json"])
  }

  @Test func missingPathIsADiagnostic() {
    let search = PlanFileFinder().find(["/nonexistent/plancheck/path"])
    #expect(search.files.isEmpty)
    #expect(search.diagnostics.first?.message.contains("no such file or directory") == true)
  }

  @Test func symbolicLinkToAFolderIsNotFollowed() throws {
    let directory = try tree()
    defer { directory.remove() }
    try FileManager.default.createSymbolicLink(
      atPath: directory.path + "/plans/loop", withDestinationPath: directory.path + "/plans")
    let search = PlanFileFinder().find([directory.path + "/plans"])
    #expect(search.files.count == 3)
    #expect(search.skipped.contains { $0.reason.contains("symbolic link") })
  }
}
