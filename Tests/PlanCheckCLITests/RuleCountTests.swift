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
