import PlanModel
import TestSupport
import Testing

@testable import RuleEngine

/// A rule file whose expression is wrong, and where in the file the error must be reported.
struct BadExpression: CustomTestStringConvertible, Sendable {
  var name: String
  /// A rule file with `1️⃣` at the offending place.
  var marked: String
  var code: String
  var fragments: [String]

  var testDescription: String { name }
}

struct RuleSetTests {
  static let cases: [BadExpression] = [
    BadExpression(
      name: "misspelt field in check",
      marked: """
        {
          "id": "lead-named",
          "scope": "action",
          "check": "has(1️⃣leed)",
          "message": "m"
        }
        """,
      code: "expr-unknown-name",
      fragments: ["in 'check' of rule 'lead-named'", "leed", "did you mean 'lead'?"]),
    BadExpression(
      name: "misspelt field of a selected entity",
      marked: """
        {"id": "x", "scope": "milestone", "check": "has(action.1️⃣leed)", "message": "m"}
        """,
      code: "expr-unknown-field", fragments: ["leed", "did you mean 'lead'?"]),
    BadExpression(
      name: "misspelt name later in a longer check",
      marked: """
        {"id": "x", "scope": "action", "check": "has(lead) && 1️⃣stauts.isOpen", "message": "m"}
        """,
      code: "expr-unknown-name", fragments: ["stauts", "did you mean 'status'?"]),
    BadExpression(
      name: "misspelt field in when",
      marked: """
        {
          "id": "x", "scope": "milestone",
          "when": "!1️⃣dnoe",
          "check": "true", "message": "m"
        }
        """,
      code: "expr-unknown-name", fragments: ["in 'when' of rule 'x'", "did you mean 'done'?"]),
    BadExpression(
      name: "type error: string compared with int",
      marked: """
        {"id": "x", "scope": "action", "check": "lead 1️⃣< 3", "message": "m"}
        """,
      code: "expr-type", fragments: ["in 'check' of rule 'x'", "'<'"]),
    BadExpression(
      name: "check that is not boolean",
      marked: """
        {"id": "x", "scope": "action", "check": "1️⃣lead", "message": "m"}
        """,
      code: "expr-type", fragments: ["in 'check' of rule 'x'", "string"]),
    BadExpression(
      name: "syntax error",
      marked: """
        {"id": "x", "scope": "action", "check": "has(lead) &&1️⃣", "message": "m"}
        """,
      code: "expr-syntax", fragments: ["in 'check' of rule 'x'"]),
    BadExpression(
      name: "misspelt field in a message hole",
      marked: """
        {"id": "x", "scope": "action", "check": "true", "message": "Action {label} led by {1️⃣leed}"}
        """,
      code: "expr-unknown-name", fragments: ["in 'message' of rule 'x'", "did you mean 'lead'?"]),
    BadExpression(
      name: "unknown function",
      marked: """
        {"id": "x", "scope": "action", "check": "1️⃣sise(milestones) > 0", "message": "m"}
        """,
      code: "expr-unknown-function", fragments: ["sise", "did you mean 'size'?"]),
    BadExpression(
      name: "parameter used with the wrong type",
      marked: """
        {"id": "x", "scope": "action", "params": {"limit": 3},
         "check": "params.limit 1️⃣== 'three'", "message": "m"}
        """,
      code: "expr-type", fragments: ["in 'check' of rule 'x'"]),
  ]

  @Test(arguments: cases)
  func expressionErrorIsLocatedInTheRuleFile(_ example: BadExpression) throws {
    let marked = MarkedText(example.marked)
    let loaded = RuleFileLoader.load(bytes: Array(marked.text.utf8), file: "rules/mine.json")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
    let (set, diagnostics) = RuleSet.compile(loaded.rules)
    #expect(set.rules.isEmpty, "a rule with errors is not compiled")
    let diagnostic = try #require(diagnostics.first, "no diagnostic")
    #expect(diagnostics.count == 1, "\(diagnostics.map(\.formatted))")
    #expect(diagnostic.code == example.code, "\(diagnostic.formatted)")
    #expect(diagnostic.span.file == "rules/mine.json")
    marked.expect(diagnostic.span)
    for fragment in example.fragments {
      #expect(diagnostic.message.contains(fragment), "\(diagnostic.message)")
    }
  }

  @Test func everyBrokenPartIsReportedAtOnce() {
    let text = """
      {"rules": [
        {"id": "a", "scope": "action", "when": "leed", "check": "stauts", "message": "{x}"},
        {"id": "b", "scope": "action", "check": "true", "message": "ok"},
        {"id": "c", "scope": "plan", "check": "actions.size() >", "message": "ok"}
      ]}
      """
    let loaded = RuleFileLoader.load(bytes: Array(text.utf8), file: "r.json")
    let (set, diagnostics) = RuleSet.compile(loaded.rules)
    #expect(set.rules.map(\.id) == ["b"])
    let roles = diagnostics.map { $0.message.prefix { $0 != ":" } }
    #expect(
      roles == [
        "in 'when' of rule 'a'", "in 'check' of rule 'a'", "in 'message' of rule 'a'",
        "in 'check' of rule 'c'",
      ], "\(diagnostics.map(\.formatted))")
  }

  @Test func atMustNameAnActionField() throws {
    let marked = MarkedText(
      """
      1️⃣{"id": "x", "scope": "action", "check": "has(lead)", "message": "m", "at": "leed"}
      """)
    let loaded = RuleFileLoader.load(bytes: Array(marked.text.utf8), file: "r.json")
    let (set, diagnostics) = RuleSet.compile(loaded.rules)
    #expect(set.rules.isEmpty)
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostics.count == 1)
    #expect(diagnostic.code == "rule-invalid")
    #expect(
      diagnostic.message == "'at' names 'leed', which is not an action field; did you mean 'lead'?")
    marked.expect(diagnostic.span)
  }

  @Test(arguments: [
    ("has(lead)", "m", false, false),
    ("prev == null || prev.lead == lead", "m", true, false),
    ("true", "{lead} was {prev.lead}", true, false),
    ("waivers.all(w, w.used)", "m", false, true),
    ("true", "{waivers.filter(w, !w.used).map(w, w.rule)}", false, true),
    ("plan.actions.exists(a, a.waivers.exists(w, w.used))", "m", false, true),
  ])
  func flagsSayWhatARuleNeeds(check: String, message: String, usesPrev: Bool, readsWaiverUse: Bool)
  {
    let set = EngineFixtures.rules([EngineFixtures.rule(id: "x", check: check, message: message)])
    guard let rule = set.rule("x") else {
      Issue.record("rule did not compile")
      return
    }
    #expect(rule.usesPrev == usesPrev)
    #expect(rule.readsWaiverUse == readsWaiverUse)
  }

  @Test func rulesAreSortedByID() {
    let set = EngineFixtures.rules([
      EngineFixtures.rule(id: "zeta", check: "true"),
      EngineFixtures.rule(id: "alpha", check: "true"),
      EngineFixtures.rule(id: "mid", check: "true"),
    ])
    #expect(set.rules.map(\.id) == ["alpha", "mid", "zeta"])
    #expect(set.descriptors.map(\.id) == ["alpha", "mid", "zeta"])
  }
}
