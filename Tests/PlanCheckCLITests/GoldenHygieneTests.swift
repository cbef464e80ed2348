import Foundation
import TestSupport
import Testing

/// The one place the size of the shipped catalogue is checked: every other golden masks it
/// (`Golden.maskingRuleCount`), so adding a rule changes only `rules-list.txt` and this count.
struct RuleCountTests {
  /// The rule files under `Rules/<topic>/` (not the JSON schemas).
  static func ruleFiles() throws -> [String] {
    let rules = Golden.repositoryRoot().appendingPathComponent("Rules")
    let manager = FileManager.default
    var files: [String] = []
    for topic in try manager.contentsOfDirectory(atPath: rules.path) where topic != "schema" {
      let folder = rules.appendingPathComponent(topic).path
      guard let names = try? manager.contentsOfDirectory(atPath: folder) else { continue }
      files += names.filter { $0.hasSuffix(".json") }.map { "\(topic)/\($0)" }
    }
    return files
  }

  @Test func theCatalogueHasOneRulePerFileInRules() throws {
    let count = try Self.ruleFiles().count
    #expect(count > 0)
    let list = CLIRun(["rules", "list"], in: "/")
    #expect(list.out.hasSuffix("\n\(count) rules; 'plancheck rules show <id>' for one in full\n"))
    let dir = try TempDir()
    defer { dir.remove() }
    try dir.write(Fixture.cleanPlan, to: "plan.json")
    let check = CLIRun(["check", "plan.json", "--color", "never", "--fail-on", "none"], in: dir)
    // A check also counts its built-in `invalid-plan` rule.
    #expect(check.out.contains(", \(count + 1) rules: "), "\(check.out)")
  }

  @Test(arguments: [
    ("1 plan, 2 actions, 66 rules: 2 errors", "1 plan, 2 actions, N rules: 2 errors"),
    ("2 plans, 14 actions, 1 rule: 4 errors", "2 plans, 14 actions, N rule: 4 errors"),
    (#"    "rules": 66,"#, #"    "rules": "N","#),
    ("skipped 10 rules (compares two versions", "skipped 10 rules (compares two versions"),
    ("the 66 rules: of the plan", "the 66 rules: of the plan"),
  ])
  func maskingTouchesOnlyTheRuleCount(text: String, masked: String) {
    #expect(Golden.maskingRuleCount(text) == masked)
  }
}

/// `RECORD_GOLDEN=1` re-records goldens, so in CI it would pass every one of them vacuously:
/// `.ci/run` unsets it, and the golden helpers refuse it wherever CI is set.
struct GoldenRecordingTests {
  @Test func goldensAreComparedNotRecordedInCI() {
    #expect(Golden.recordingRefused() == nil, "this run would pass every golden vacuously")
  }

  @Test(arguments: [
    (["RECORD_GOLDEN": "1", "CI": "true"], true),
    (["RECORD_GOLDEN": "1", "PLANCHECK_CI": "1"], true),
    (["RECORD_GOLDEN": "1"], false),
    (["RECORD_GOLDEN": "1", "CI": ""], false),
    (["CI": "true"], false),
  ])
  func recordingIsRefusedInCI(environment: [String: String], refused: Bool) {
    #expect((Golden.recordingRefused(environment) != nil) == refused)
  }

  @Test func ciRunUnsetsRecordGolden() throws {
    let script = try String(
      contentsOf: Golden.repositoryRoot().appendingPathComponent(".ci/run"), encoding: .utf8)
    let lines = script.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    let unset = try #require(lines.firstIndex(of: "unset RECORD_GOLDEN"))
    let firstTest = try #require(lines.firstIndex { $0.hasPrefix("swift test") })
    #expect(unset < firstTest)
    #expect(lines.contains("export PLANCHECK_CI=1"))
  }

  @Test func dogfoodRefusesToRecordInCI() throws {
    let process = Process()
    process.executableURL = Golden.repositoryRoot().appendingPathComponent("Scripts/dogfood")
    process.arguments = ["/bin/true"]
    process.environment = ["RECORD_GOLDEN": "1", "PLANCHECK_CI": "1", "PATH": "/usr/bin:/bin"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(message.contains("RECORD_GOLDEN=1 is set in CI"))
  }
}
