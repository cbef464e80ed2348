import Foundation
import TestSupport
import Testing

/// Inputs are never modified, outputs are atomic, odd inputs get clear answers.
struct SafetyTests {
  static let everyFormat = [
    "json", "junit", "sarif", "github", "markdown", "csv", "html", "gitlab",
  ]

  @Test func inputsAreUnchangedAfterAFullRun() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let examples = URL(fileURLWithPath: Fixture.repositoryRoot).appendingPathComponent("Examples")
    try FileManager.default.copyItem(at: examples, to: dir.url.appendingPathComponent("Examples"))
    try dir.write(Fixture.smallPlan, to: "Examples/small/small.json")
    try dir.write(Fixture.brokenPlan, to: "Examples/broken.json")
    try dir.write(ConfigBaselineTests.config, to: ".plancheck.json")
    try FileManager.default.createDirectory(
      at: dir.url.appendingPathComponent("out"), withIntermediateDirectories: true)
    #expect(
      CLIRun(["check", "Examples", "--write-baseline", "out/b.json", "-q"], in: dir).status == 0)
    let before = snapshot(of: dir.path + "/Examples")

    let formats = SafetyTests.everyFormat.flatMap { ["--format", "\($0):out/report.\($0)"] }
    let run = CLIRun(
      [
        "check", "Examples", "--format", "text", "--baseline", "out/b.json", "--as-of",
        "2024-06-30",
      ]
        + formats, in: dir)
    #expect(run.status == 0, "every finding, broken.json's too, is in the baseline: \(run.err)")
    #expect(run.err.isEmpty)
    #expect(snapshot(of: dir.path + "/Examples") == before, "no input file changed")
    #expect(
      dir.files().filter { $0.hasPrefix("out/") }
        == ["out/b.json"] + SafetyTests.everyFormat.sorted().map { "out/report.\($0)" })
    #expect(dir.read(".plancheck.json") == ConfigBaselineTests.config)
  }

  @Test func outputIntoAMissingFolder() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(["check", "plans", "--format", "json", "-o", "missing/dir/x.json"], in: dir)
    #expect(run.status == 2)
    #expect(run.out.isEmpty)
    #expect(run.err.hasPrefix("missing/dir/x.json: error: cannot write: folder '"))
    #expect(run.err.hasSuffix("/missing/dir' does not exist\n"))
    #expect(dir.files() == ["plans/small.json"], "no partial or temporary file")
  }

  @Test func aFailedWriteLeavesTheEarlierReport() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write("earlier\n", to: "report.json")
    // A folder where the report should go: rename(2) fails, the earlier files stay.
    try FileManager.default.createDirectory(
      at: dir.url.appendingPathComponent("busy.xml"), withIntermediateDirectories: true)
    try dir.write("x", to: "busy.xml/keep")
    let run = CLIRun(
      ["check", "plans", "--format", "json:report.json", "--format", "junit:busy.xml"], in: dir)
    #expect(run.status == 2)
    #expect(run.err.hasPrefix("busy.xml: error: cannot write: "))
    #expect(
      !dir.files().contains { $0.hasSuffix(".tmp") }, "temporary file removed: \(dir.files())")
  }

  @Test func folderWithNoPlans() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    try dir.write("just notes\n", to: "empty/README.md")
    let run = CLIRun(["check", "empty", "--color", "never", "--as-of", "2024-01-01"], in: dir)
    // A gate pointed at the wrong folder must not pass green: exit 2, saying why.
    #expect(run.status == 2)
    #expect(run.out.isEmpty)
    #expect(run.err.contains("error: no plan files in 'empty'"))
  }

  @Test func planFromStandardInput() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let run = CLIRun(["check", "-", "--color", "never"], in: dir, stdin: Fixture.smallPlan)
    #expect(run.status == 1)
    #expect(run.out.hasPrefix("<stdin>\n"))
    #expect(run.out.contains("  12:67  error    missing-lead"))
    #expect(run.out.hasSuffix("as of 2024-06-30\nfailed at --fail-on error: 2 errors\n"))
    #expect(dir.files().isEmpty)
    let broken = CLIRun(["check", "-", "--color", "never"], in: dir, stdin: Fixture.brokenPlan)
    #expect(broken.status == 1)
    #expect(broken.out.hasPrefix("<stdin>\n  4:30  error    invalid-plan"))
    let empty = CLIRun(["check", "-", "--color", "never"], in: dir, stdin: "")
    #expect(empty.status == 1, "an empty standard input is not a plan")
  }

  @Test func csvFromStandardInput() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let csv =
      "Ref,Action,Lead,End date,RAG\n1.1,Audit files,,31/03/2024,Green\n1.2,Train staff,Head of QA,30/06/2024,Amber\n"
    let run = CLIRun(
      ["check", "-", "--stdin-format", "csv", "--as-of", "2024-04-30", "--only", "missing-lead"],
      in: dir, stdin: csv)
    #expect(run.status == 1, "stderr: \(run.err)")
    #expect(run.out.contains("missing-lead"))
  }

  @Test func colourOnlyWhenAsked() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let plain = CLIRun(["check", "plans"], in: dir)
    #expect(!plain.out.contains("\u{1B}["), "captured output is not a terminal")
    let always = CLIRun(["check", "plans", "--color", "always"], in: dir)
    #expect(always.out.contains("\u{1B}["))
    let file = CLIRun(["check", "plans", "--color", "always", "--format", "text:out.txt"], in: dir)
    #expect(file.status == 1)
    #expect(dir.read("out.txt")?.contains("\u{1B}[") == false, "never colour in a file")
  }
}

/// A report path naming one of the run's own inputs is refused before anything is written.
struct OutputOverInputTests {
  @Test(arguments: [
    ["-o", "plans/small.json", "--format", "json"], ["--format", "csv:plans/small.json"],
    ["--write-baseline", "plans/small.json"],
  ])
  func refused(arguments: [String]) throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let before = dir.read("plans/small.json")
    let run = CLIRun(["check", "plans"] + arguments, in: dir)
    #expect(run.status == 2)
    #expect(run.err.contains("plans/small.json: error: cannot write a report here"))
    #expect(dir.read("plans/small.json") == before)
  }

  @Test func tableOfAPlanIsAnInputToo() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    try dir.write(#"{"id": "t", "actions": {"file": "actions.csv"}}"#, to: "plan.json")
    try dir.write("Ref,Action,Lead\n1,Do it,Head of Service\n", to: "actions.csv")
    let run = CLIRun(["check", "plan.json", "-o", "actions.csv"], in: dir)
    #expect(run.status == 2)
    #expect(dir.read("actions.csv") == "Ref,Action,Lead\n1,Do it,Head of Service\n")
  }
}
