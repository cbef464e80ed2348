import Foundation
import Testing

@testable import PlanCheckCLI

/// Drift against a git history built in a temporary repository.
@Suite(.serialized)
struct DriftGitTests {
  private static let header = "Ref,Action,Lead,Start Date,End Date,RAG\n"

  private static func table(endYear: Int, actions: Int = 14) -> String {
    var rows = header
    for index in 1...actions {
      // Twelve green actions; the last two amber, so only the green ones are 'while green'.
      let rag = index <= 12 ? "Green" : "Amber"
      rows +=
        "1.\(index),Deliver improvement \(index),Head of Service \(index),01/04/2023,31/03/\(endYear),\(rag)\n"
    }
    return rows
  }

  private static let plan = """
    {"id": "gate", "title": "Gate test", "asOf": "2023-10-31", "actions": {"file": "actions.csv"}}

    """

  private func git(_ arguments: [String], in directory: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["git", "-c", "user.name=plancheck", "-c", "user.email=test@example.org"] + arguments
    process.currentDirectoryURL = directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
  }

  /// A repository with the plan committed twice: end dates in 2024, then in 2025.
  private func repository() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plancheck-git-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
    try git(["init", "-q"], in: folder)
    try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plans/plan.json"))
    try Data(Self.table(endYear: 2024).utf8).write(
      to: folder.appendingPathComponent("plans/actions.csv"))
    try git(["add", "-A"], in: folder)
    try git(["commit", "-q", "-m", "September"], in: folder)
    try Data(Self.table(endYear: 2025).utf8).write(
      to: folder.appendingPathComponent("plans/actions.csv"))
    try git(["commit", "-q", "-am", "October: move end dates"], in: folder)
    return folder
  }

  private func findings(_ json: String, rule: String) -> Int {
    json.components(separatedBy: "\"rule\": \"\(rule)\"").count - 1
  }

  @Test func twelveSlipsWhileGreenFailTheGate() throws {
    let folder = try repository()
    defer { try? FileManager.default.removeItem(at: folder) }
    var io = CapturedIO(workingDirectory: folder.path)
    let status = PlanCheck.run(
      arguments: [
        "check", "plans/plan.json", "--compare-to", "git:HEAD~1", "--format", "json",
        "--only", "slipped-while-green", "--only", "end-date-slipped",
      ],
      io: &io)
    #expect(status == ExitCode.findings, "\(io.err)")
    #expect(findings(io.out, rule: "slipped-while-green") == 12)
    #expect(findings(io.out, rule: "end-date-slipped") == 2)
    #expect(io.out.contains("from 31/03/2024 to 31/03/2025 (365 days)"))
  }

  @Test func explicitPathAtRevision() throws {
    let folder = try repository()
    defer { try? FileManager.default.removeItem(at: folder) }
    var io = CapturedIO(workingDirectory: folder.path)
    let status = PlanCheck.run(
      arguments: [
        "check", "plans/plan.json", "--compare-to", "git:HEAD:plans/plan.json",
        "--only", "slipped-while-green", "--format", "json",
      ],
      io: &io)
    #expect(status == ExitCode.success, "\(io.err)")
    #expect(findings(io.out, rule: "slipped-while-green") == 0)
  }

  @Test(arguments: ["git:no-such-revision", "git:HEAD:plans/missing.json"])
  func missingRevisionOrPathIsUsageError(compareTo: String) throws {
    let folder = try repository()
    defer { try? FileManager.default.removeItem(at: folder) }
    var io = CapturedIO(workingDirectory: folder.path)
    let status = PlanCheck.run(
      arguments: ["check", "plans/plan.json", "--compare-to", compareTo], io: &io)
    #expect(status == ExitCode.usage)
    #expect(io.err.contains("cannot read"))
  }

  /// A pull request that adds a plan: the new plan is checked in full, its drift rules are
  /// skipped with a note, and the other plans are still compared.
  @Test func addedPlanIsCheckedWithoutDrift() throws {
    let folder = try repository()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Fixture.smallPlan.utf8).write(to: folder.appendingPathComponent("plans/new.json"))
    var io = CapturedIO(workingDirectory: folder.path)
    let status = PlanCheck.run(
      arguments: ["check", "plans", "--compare-to", "git:HEAD~1", "--format", "json"], io: &io)
    #expect(status == ExitCode.findings, "\(io.err)")
    #expect(io.err.isEmpty, "\(io.err)")
    let found = try ConfigBaselineTests.findings(io.out)
    #expect(found.filter { $0.hasPrefix("slipped-while-green ") }.count == 12, "still compared")
    #expect(findings(io.out, rule: "missing-lead") == 1, "new.json is checked")
    #expect(io.out.contains("new plan: 'plans/new.json' does not exist at HEAD~1"))
    #expect(io.out.contains("plans/new.json is new since HEAD~1: nothing to compare with"))
  }

  /// A plan deleted since the revision is reported, as a finding that counts.
  @Test func removedPlanIsReported() throws {
    let folder = try repository()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Fixture.cleanPlan.utf8).write(to: folder.appendingPathComponent("plans/old.json"))
    try git(["add", "-A"], in: folder)
    try git(["commit", "-q", "-m", "another plan"], in: folder)
    try FileManager.default.removeItem(at: folder.appendingPathComponent("plans/old.json"))
    var io = CapturedIO(workingDirectory: folder.path)
    let status = PlanCheck.run(
      arguments: [
        "check", "plans", "--compare-to", "git:HEAD", "--color", "never", "--fail-on", "warning",
        "--only", "plan-removed",
      ], io: &io)
    #expect(status == ExitCode.findings, "\(io.err)")
    #expect(io.out.hasPrefix("plans/old.json\n"), "reported at the removed file: \(io.out)")
    #expect(
      io.out.contains("Plan clean ('plans/old.json') existed at HEAD but has been removed"),
      "\(io.out)")
    #expect(!io.out.contains("actions.csv"), "a plan's table is part of the plan, not a plan")
    var quiet = CapturedIO(workingDirectory: folder.path)
    let disabled = PlanCheck.run(
      arguments: [
        "check", "plans", "--compare-to", "git:HEAD", "--fail-on", "warning", "--disable",
        "plan-removed", "--only", "slipped-while-green",
      ], io: &quiet)
    #expect(disabled == ExitCode.success, "\(quiet.out)")
  }
}
