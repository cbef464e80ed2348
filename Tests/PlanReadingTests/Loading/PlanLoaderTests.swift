import Foundation
import PlanModel
import Testing

@testable import PlanReading

struct PlanLoaderTests {
  private let plan = #"""
    {"title": "T", "recommendations": [{"id": "1"}],
     "actions": [{"ref": "1.1", "recommendations": ["1"]}, {"ref": "1.1"}]}
    """#

  @Test func jsonPlanIsDecodedAndLinked() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("luton/plan.json", plan)
    let result = PlanLoader().load(path: path, displayPath: "luton/plan.json")
    #expect(result.diagnostics.isEmpty && !result.hasErrors)
    let loaded = try #require(result.plan)
    #expect(loaded.id == "luton" && loaded.span.file == "luton/plan.json")
    #expect(loaded.recommendations.first?.actions == [0])
    #expect(loaded.actions[0].sameRef == [1])
  }

  @Test func fileStemIsTheDefaultID() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("send-2024.JSON", "{}")
    #expect(PlanLoader().load(path: path, displayPath: "send-2024.JSON").plan?.id == "send-2024")
  }

  @Test func tableFileBecomesAPlanOfItsOwn() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("board.csv", "Ref,Action\n1,Do it\n")
    let options = LoadOptions(statusScheme: .rag, dateOrder: .mdy, asOf: "2024-02-29")
    let result = PlanLoader(options: options).load(path: path, displayPath: "plans/board.csv")
    let loaded = try #require(result.plan)
    #expect(loaded.id == "board" && loaded.statusScheme == .rag && loaded.dateOrder == .mdy)
    #expect(loaded.asOf.earliest == Day(year: 2024, month: 2, day: 29))
    let passedThrough = result.diagnostics.contains { $0.code == "csv-unsupported" }
    #expect(passedThrough || loaded.actions.count == 1)
  }

  struct Refusal: CustomTestStringConvertible, Sendable {
    var name: String
    var message: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    Refusal(name: "notes.txt", message: "is not a plan file"),
    Refusal(name: "folder.json", message: "is a directory"),
    Refusal(name: "fifo.json", message: "is not a regular file"),
    Refusal(name: "big.json", message: "over the"),
    Refusal(name: "missing.json", message: "no such file"),
    Refusal(name: "book.xlsx", message: "is not an XLSX workbook"),
    Refusal(name: "broken.json", message: "expected ',' or '}' after object member"),
  ])
  func badFilesAreDiagnosticsNotCrashes(_ example: Refusal) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path + "/" + example.name
    try prepare(example.name, at: path, in: directory)
    var options = LoadOptions()
    options.maxFileSize = 1024
    let result = PlanLoader(options: options).load(path: path, displayPath: example.name)
    #expect(result.hasErrors)
    #expect(result.diagnostics.first?.span.file == example.name)
    #expect(
      result.diagnostics.contains { $0.message.contains(example.message) },
      "\(result.diagnostics.map(\.formatted))")
  }

  private func prepare(_ name: String, at path: String, in directory: TemporaryDirectory) throws {
    switch name {
    case "folder.json":
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    case "fifo.json": #expect(mkfifo(path, 0o600) == 0)
    case "big.json": try directory.write(name, "[" + String(repeating: "1,", count: 1000) + "1]")
    case "missing.json": break
    case "broken.json": try directory.write(name, "{\"a\": 1 \"b\": 2}")
    default: try directory.write(name, "{}")
    }
  }

  @Test func standardInputUsesTheGivenBaseDirectory() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let text = #"{"actions": {"file": "absent.csv"}}"#
    let result = PlanLoader().load(
      bytes: Array(text.utf8), displayPath: "-", baseDirectory: directory.path, format: .json)
    #expect(result.plan?.id == "stdin")
    #expect(result.diagnostics.map(\.span.file) == ["absent.csv"])
  }
}
