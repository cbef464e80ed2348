import Foundation
import PlanModel
import PlanReading
import TestSupport
import Testing

@testable import RuleEngine

/// A workbook kept the way councils keep them (Tests/Fixtures/CouncilWorkbook, written by
/// Scripts/make-council-workbook with Python's zipfile): a cover sheet, headers that are no
/// aliases, a lead merged over three rows, RAG by fill colour alone, "Completed", a colour that
/// contradicts its words and a General-format serial due date. Checked with the shipped rules.
struct CouncilWorkbookFindingsTests {
  static let path = Golden.repositoryRoot()
    .appendingPathComponent("Tests/Fixtures/CouncilWorkbook/plan.xlsx").path

  static func load() throws -> (Plan, [Diagnostic]) {
    let loaded = PlanLoader().load(path: path, displayPath: "plan.xlsx")
    #expect(!loaded.hasErrors, "\(loaded.diagnostics.map(\.formatted))")
    return (try #require(loaded.plan), loaded.diagnostics)
  }

  static func findings() throws -> [Finding] {
    let (plan, _) = try load()
    let (definitions, _) = BuiltinRules.load()
    let (rules, _) = RuleSet.compile(definitions)
    return try EngineFixtures.check(plan, rules: rules, asOf: "2024-04-30").findings
  }

  @Test func everyColumnMapsWithoutColumnsEntries() throws {
    let (plan, diagnostics) = try Self.load()
    let columns = try #require(plan.tables.first).columns
    #expect(
      columns.map(\.field) == ["ref", "title", "lead", "end", "status", "measure", nil])
    #expect(plan.tables.first?.sheet == "Action plan")
    #expect(diagnostics.contains { $0.code == "xlsx-sheet" && $0.message.contains("'Cover'") })
    #expect(
      diagnostics.contains {
        $0.code == "table-unmapped-columns" && $0.message.hasPrefix("kept as extra: 'Budget code'")
      })
  }

  @Test func readsTheCellsAsTheCouncilMeansThem() throws {
    let (plan, _) = try Self.load()
    #expect(plan.actions.map(\.ref) == ["1", "2", "3", "4", "5"])
    #expect(plan.actions.prefix(3).allSatisfy { $0.lead == "Head of Safeguarding" })
    #expect(
      plan.actions.map(\.status.statusClass) == [.green, .complete, .green, .red, .red])
    #expect(plan.actions[3].end.earliest == Day(year: 2024, month: 2, day: 29))
  }

  @Test func theFindingsAreTheOnesAnExpertWouldRaise() throws {
    let findings = try Self.findings()
    func rules(of ref: String) -> Set<String> {
      Set(
        findings.filter { $0.entity.kind == .entity(.action) && $0.entity.ref == ref }.map(\.ruleID)
      )
    }
    #expect(!findings.contains { $0.ruleID == "missing-lead" }, "the merged lead leads all three")
    #expect(rules(of: "1").contains("overdue-but-green"), "green by colour alone, and overdue")
    #expect(!rules(of: "2").contains("overdue"), "Completed is not overdue")
    #expect(rules(of: "4").contains("status-colour-contradiction"))
    let contradiction = findings.first { $0.ruleID == "status-colour-contradiction" }
    #expect(contradiction?.span.cellName == "E7", "the RAG cell of the sheet's row 7")
    #expect(rules(of: "4").contains("overdue"))
    #expect(!findings.contains { $0.ruleID == "unknown-status" || $0.ruleID == "missing-status" })
    #expect(!findings.contains { $0.ruleID == "missing-action-text" })
    #expect(!findings.contains { $0.ruleID == "plan-without-success-measures" })
  }
}
