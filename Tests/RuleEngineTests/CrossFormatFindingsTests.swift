import Foundation
import PlanModel
import PlanReading
import TestSupport
import Testing

@testable import RuleEngine

/// The same four-action plan as CSV, XLSX, ODS and DOCX (Tests/Fixtures/FourActions, written by
/// Scripts/make-format-fixtures with Python's zipfile, not by plancheck) gives the same
/// findings with the shipped rules: the lead merged over two rows (mergeCell, a spanned cell
/// with its covered cell, vMerge) is every row's lead, and the green overdue action is
/// `overdue-but-green`.
struct CrossFormatFindingsTests {
  static let folder = Golden.repositoryRoot().appendingPathComponent("Tests/Fixtures/FourActions")
  static let formats = ["csv", "xlsx", "ods", "docx"]

  /// Rule, severity, entity and message of each finding: what a reader of the report sees,
  /// without the positions, which each format counts in its own way.
  static func findings(_ format: String) throws -> [String] {
    let path = folder.appendingPathComponent("plan.\(format)").path
    let loaded = PlanLoader().load(path: path, displayPath: "plan.\(format)")
    #expect(!loaded.hasErrors, "\(format): \(loaded.diagnostics.map(\.formatted))")
    let plan = try #require(loaded.plan)
    #expect(plan.actions.count == 4, "\(format)")
    let (definitions, _) = BuiltinRules.load()
    let (rules, _) = RuleSet.compile(definitions)
    let outcome = try EngineFixtures.check(plan, rules: rules, asOf: "2024-04-30")
    return outcome.findings.map {
      "\($0.ruleID) \($0.severity.rawValue) \($0.entity.description): \($0.message)"
    }.sorted()
  }

  @Test func everyFormatGivesTheSameFindings() throws {
    let csv = try Self.findings("csv")
    #expect(csv.contains { $0.hasPrefix("overdue-but-green error action 1:") }, "\(csv)")
    #expect(!csv.contains { $0.hasPrefix("missing-lead") }, "\(csv)")
    for format in Self.formats.dropFirst() {
      #expect(try Self.findings(format) == csv, "\(format) differs from csv")
    }
  }

  @Test(arguments: formats)
  func theMergedLeadIsOnBothRows(format: String) throws {
    let path = Self.folder.appendingPathComponent("plan.\(format)").path
    let plan = try #require(PlanLoader().load(path: path, displayPath: "plan.\(format)").plan)
    #expect(
      plan.actions.prefix(2).map(\.lead) == [
        "Head of Quality Assurance", "Head of Quality Assurance",
      ])
    #expect(plan.actions.first?.title == "Audit case files\nand report to the board")
    #expect(plan.actions.map(\.status.label) == ["Green", "Amber", "Red", "Complete"])
  }

  /// The same plans with the green action's RAG cell filled green and empty
  /// (Tests/Fixtures/FourActionsColourOnly): the colour is the rating, in every format.
  @Test(arguments: ["xlsx", "ods", "docx"])
  func aColourOnlyRatingIsTheSameAsTheWord(format: String) throws {
    let path = Golden.repositoryRoot()
      .appendingPathComponent("Tests/Fixtures/FourActionsColourOnly/plan.\(format)").path
    let loaded = PlanLoader().load(path: path, displayPath: "plan.\(format)")
    let plan = try #require(loaded.plan)
    #expect(plan.actions.first?.status.statusClass == .green)
    #expect(plan.actions.first?.status.isColourOnly == true)
    let (definitions, _) = BuiltinRules.load()
    let (rules, _) = RuleSet.compile(definitions)
    let findings = try EngineFixtures.check(plan, rules: rules, asOf: "2024-04-30").findings
    #expect(findings.contains { $0.ruleID == "overdue-but-green" && $0.entity.ref == "1" })
    #expect(!findings.contains { $0.ruleID == "missing-status" })
  }
}
