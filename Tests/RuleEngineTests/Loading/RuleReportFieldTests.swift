import PlanModel
import TestSupport
import Testing

@testable import RuleEngine

/// `"report": {"figure": ..., "group": ...}`: what a rule's findings make in reports.
struct RuleReportFieldTests {
  @Test func figureAndGroupReachTheDescriptor() throws {
    let text = """
      {"id": "late", "scope": "action", "check": "true", "message": "m",
       "report": {"figure": "overdue", "group": "What slipped"}}
      """
    let loaded = RuleFileLoader.load(bytes: Array(text.utf8), file: "r.json")
    #expect(loaded.diagnostics.isEmpty)
    let rule = try #require(loaded.rules.first)
    #expect(rule.descriptor.figure == .overdue)
    #expect(rule.descriptor.group == "What slipped")
  }

  @Test func withoutReportThereIsNoFigureOrGroup() throws {
    let text = #"{"id": "a", "scope": "action", "check": "true", "message": "m"}"#
    let rule = try #require(
      RuleFileLoader.load(bytes: Array(text.utf8), file: "r.json").rules.first)
    #expect(rule.descriptor.figure == nil)
    #expect(rule.descriptor.group.isEmpty)
  }

  @Test(arguments: [
    (
      #"{"id": "a", "scope": "action", "check": "true", "message": "m", "report": {"figure": 1️⃣"overdu"}}"#,
      "'overdu' is not a valid figure; expected one of overdue, unanswered-recommendation, unled-recommendation; did you mean 'overdue'?"
    ),
    (
      #"{"id": "a", "scope": "action", "check": "true", "message": "m", "report": {1️⃣"grup": "x"}}"#,
      "unknown key 'grup' in report; did you mean 'group'?"
    ),
    (
      #"{"id": "a", "scope": "action", "check": "true", "message": "m", "report": 1️⃣"overdue"}"#,
      "'report' must be an object"
    ),
  ])
  func badReportIsRejectedWhereItIsWritten(marked: String, fragment: String) throws {
    let file = MarkedText(marked)
    let loaded = RuleFileLoader.load(bytes: Array(file.text.utf8), file: "bad.json")
    #expect(loaded.rules.isEmpty)
    let diagnostic = try #require(loaded.diagnostics.first)
    #expect(diagnostic.message.contains(fragment), "\(diagnostic.message)")
    file.expect(diagnostic.span)
  }

  @Test func shippedRulesDeclareTheFiguresTheReportsDraw() throws {
    let rules = BuiltinRules.load().rules
    let figures = Dictionary(
      grouping: rules.compactMap { rule in
        rule.descriptor.figure.map { ($0, rule.id) }
      }
    ) { $0.0 }.mapValues { $0.map(\.1).sorted() }
    #expect(figures[.overdue] == ["overdue", "overdue-but-green"])
    #expect(figures[.unansweredRecommendation] == ["recommendation-without-action"])
    #expect(figures[.unledRecommendation] == ["recommendation-without-open-lead"])
  }
}
