import PlanModel
import Testing

@testable import RuleLanguage

struct ExprEvaluationTests {
  @Test(arguments: [
    ("1 + 2", #"{"value": 3, "type": "int"}"#),
    (#"'a"b\n'"#, #"{"value": "a\"b\n", "type": "string"}"#),
    ("2.5", #"{"value": 2.5, "type": "double"}"#),
    ("1.0 / 0.0", #"{"value": "Infinity", "type": "double"}"#),
    ("-1.0 / 0.0", #"{"value": "-Infinity", "type": "double"}"#),
    ("0.0 / 0.0", #"{"value": "NaN", "type": "double"}"#),
    ("true", #"{"value": true, "type": "bool"}"#),
    ("null", #"{"value": null, "type": "null"}"#),
    ("[1, 'a', null]", #"{"value": [1, "a", null], "type": "list"}"#),
    ("{'a': 1, 2: true}", #"{"value": {"a": 1, "2": true}, "type": "map"}"#),
    ("date('2024-03-31')", #"{"value": "2024-03-31", "type": "date"}"#),
    ("asOf", #"{"value": "2024-06-30", "type": "date"}"#),
    ("days(3)", #"{"value": "P3D", "type": "duration"}"#),
    ("type(1)", #"{"value": "int", "type": "type"}"#),
    ("1 / 0", #"{"error": "division by zero"}"#),
    ("leed", #"{"error": "1:1: unknown name 'leed'"}"#),
    ("1 +", #"{"error": "1:4: expected an expression but found end of expression"}"#),
  ])
  func standaloneJSON(_ source: String, _ json: String) {
    #expect(ExprEvaluation(source, asOf: TestPlan.asOf).json == json)
  }

  @Test(arguments: [
    ("1 + 2", "3"),
    ("'x'", "\"x\""),
    ("1 + 'a'", "error: 1:3: no overload of '+' takes (int, string)\n1 + 'a'\n  ^"),
    ("[1].map(x, x / 0)", "error: 1:14: division by zero\n[1].map(x, x / 0)\n             ^"),
  ])
  func standaloneText(_ source: String, _ text: String) {
    #expect(ExprEvaluation(source, asOf: TestPlan.asOf).text == text)
  }

  @Test(arguments: [
    (ScopeKind.action, 2, "end", #"{"value": "TBC", "type": "date"}"#),
    (.action, 0, "end", #"{"value": "2024-03-01", "type": "date"}"#),
    (
      .action, 0, "milestones.map(m, m.text)",
      #"{"value": ["Advert out", "Interviews"], "type": "list"}"#
    ),
    (
      .milestone, 0, "self",
      #"{"value": {"kind": "milestone", "text": "Advert out", "due": "2024-02-01", "done": true, "line": 0, "index": 0}, "type": "map"}"#
    ),
    (.plan, 0, "title", #"{"value": "Improvement plan", "type": "string"}"#),
    (.plan, 0, "kind", #"{"value": "action-plan", "type": "string"}"#),
    (.action, 2, "plan.kind == 'action-plan'", #"{"value": true, "type": "bool"}"#),
  ])
  func againstAnEntity(_ scope: ScopeKind, _ entity: Int, _ source: String, _ json: String) {
    let evaluation = ExprEvaluation(
      source, asOf: TestPlan.asOf, plan: TestPlan.plan, scope: scope, entity: entity)
    #expect(evaluation.json == json)
    #expect(!evaluation.json.contains("\n"))
  }
}
