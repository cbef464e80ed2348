import Foundation
import PlanModel
import TestSupport
import Testing

@testable import RuleEngine

/// The shipped catalogue: `Rules/` is the source of truth, the binary carries a copy.
struct BuiltinRulesTests {
  static let topics: Set<String> = [
    "ownership", "dates", "status", "inspection", "structure", "measures", "waivers", "drift",
  ]

  /// The rule files under `Rules/<topic>/`, as repository-relative paths and contents.
  static func ruleFilesOnDisk() throws -> [String: String] {
    let rules = Golden.repositoryRoot().appendingPathComponent("Rules")
    let manager = FileManager.default
    var files: [String: String] = [:]
    for topic in try manager.contentsOfDirectory(atPath: rules.path) where topic != "schema" {
      let folder = rules.appendingPathComponent(topic)
      var isFolder: ObjCBool = false
      guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue
      else { continue }
      for name in try manager.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json")
      {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        files["Rules/\(topic)/\(name)"] = String(decoding: data, as: UTF8.self)
      }
    }
    return files
  }

  @Test func embeddedRulesEqualRulesFolder() throws {
    let onDisk = try Self.ruleFilesOnDisk()
    #expect(!onDisk.isEmpty, "no rule files found under Rules/")
    var embedded: [String: String] = [:]
    for file in BuiltinRules.embeddedFiles {
      #expect(embedded[file.path] == nil, "\(file.path) is embedded twice; run Scripts/embed-rules")
      embedded[file.path] = file.contents
    }
    let missing = Set(onDisk.keys).subtracting(embedded.keys).sorted()
    let extra = Set(embedded.keys).subtracting(onDisk.keys).sorted()
    #expect(missing.isEmpty, "not embedded: \(missing); run Scripts/embed-rules")
    #expect(extra.isEmpty, "embedded but not in Rules/: \(extra); run Scripts/embed-rules")
    for (path, text) in onDisk.sorted(by: { $0.key < $1.key }) {
      guard let copy = embedded[path] else { continue }
      let embeddedBytes = Array(copy.utf8)
      let fileBytes = Array(text.utf8)
      guard embeddedBytes != fileBytes else { continue }
      let offset = zip(embeddedBytes, fileBytes).prefix { $0 == $1 }.count
      Issue.record(
        """
        \(path): the embedded copy differs from the file from byte \(offset) \
        (\(embeddedBytes.count) vs \(fileBytes.count) bytes); run Scripts/embed-rules
        """)
    }
  }

  @Test func catalogueLoadsAndCompilesWithoutDiagnostics() {
    let (definitions, diagnostics) = BuiltinRules.load()
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
    #expect(definitions.count == BuiltinRules.embeddedFiles.count, "one rule per shipped file")
    let (set, problems) = RuleSet.compile(definitions)
    #expect(problems.isEmpty, "\(problems.map(\.formatted))")
    #expect(set.rules.count == definitions.count)
  }

  /// Start-up skips the examples; asking for them gives exactly what a whole parse reads.
  @Test func deferredExamplesEqualTheEagerOnes() {
    let eager = BuiltinRules.load(eagerExamples: true)
    let lazy = BuiltinRules.load()
    #expect(eager.diagnostics.isEmpty, "\(eager.diagnostics.map(\.formatted))")
    #expect(eager.rules.map(\.id) == lazy.rules.map(\.id))
    for (a, b) in zip(eager.rules, lazy.rules) {
      #expect(a.passExamples == b.passExamples, "\(a.id) pass")
      #expect(a.failExamples == b.failExamples, "\(a.id) fail")
      #expect(a.passExamples.map(\.position) == b.passExamples.map(\.position), "\(a.id)")
      #expect(b.examples.lists().diagnostics.isEmpty, "\(a.id)")
      #expect(a.check == b.check && a.message == b.message && a.span == b.span, "\(a.id)")
    }
  }

  @Test func catalogueHoldsTheSpecMinimum() {
    let ids = Set(BuiltinRules.load().rules.map(\.id))
    let minimum = [
      "missing-lead", "lead-is-group", "lead-overloaded", "end-before-start", "missing-end-date",
      "missing-start-date", "unparseable-date", "overdue", "not-started-after-start",
      "outside-plan-period", "vague-due-date", "milestone-after-end",
      "long-action-without-milestone", "actual-in-future", "ambiguous-date", "missing-status",
      "unknown-status", "milestone-past-due-but-green", "overdue-but-green",
      "complete-without-evidence", "stale-update", "red-without-recovery",
      "status-text-contradiction", "watermelon-plan", "recommendation-without-action",
      "unknown-recommendation", "recommendation-without-open-lead",
      "priority-area-not-front-loaded", "plan-submission-deadline", "missing-ref",
      "duplicate-ref", "ref-outside-theme", "ref-gap", "missing-action-text",
      "missing-success-measure", "measure-not-measurable", "orphan-action", "unknown-dependency",
      "measure-without-target", "measure-without-owner", "waiver-expired",
      "waiver-without-reason", "waiver-unused", "end-date-slipped", "slipped-while-green",
      "rag-improved-without-update", "action-removed", "recommendation-removed",
      "recommendation-link-dropped", "lead-changed", "milestone-removed",
      "progress-copied-forward", "measure-weakened",
    ]
    let absent = minimum.filter { !ids.contains($0) }
    #expect(absent.isEmpty, "catalogue rules missing from Rules/: \(absent)")
  }

  static let shippedRules: [RuleDefinition] = BuiltinRules.load().rules

  @Test(arguments: shippedRules.map(\.id))
  func shippedRuleIsComplete(id: String) throws {
    let rule = try #require(Self.shippedRules.first { $0.id == id })
    let parts = rule.span.file.split(separator: "/").map(String.init)
    try #require(parts.count == 3, "\(rule.span.file) is not Rules/<topic>/<id>.json")
    #expect(parts[0] == "Rules")
    #expect(Self.topics.contains(parts[1]), "'\(parts[1])' is not one of the rule topics")
    #expect(parts[2] == "\(rule.id).json", "file name must be the rule id")
    #expect(rule.title != rule.id && !rule.title.isEmpty, "needs a title")
    #expect(!rule.rationale.isEmpty, "needs a rationale")
    #expect(!rule.tags.isEmpty, "needs tags")
    #expect(rule.passExamples.count >= 2, "needs at least 2 pass examples")
    #expect(rule.failExamples.count >= 2, "needs at least 2 fail examples")
  }
}
