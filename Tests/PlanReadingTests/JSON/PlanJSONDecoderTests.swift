import JSONSyntax
import PlanModel
import TestSupport
import Testing

@testable import PlanReading

/// Decodes marked JSON text as `plan.json` in `dir`.
func decodePlan(
  _ text: String, options: LoadOptions = LoadOptions(), baseDirectory: String = "."
) -> (plan: Plan?, diagnostics: [Diagnostic]) {
  let decoder = PlanJSONDecoder(
    file: "dir/plan.json", baseDirectory: baseDirectory, options: options)
  return decoder.decode(bytes: Array(text.utf8))
}

struct PlanJSONDecoderTests {
  @Test func everyFieldIsRead() throws {
    let marked = MarkedText(PlanJSONFixtures.everyField)
    let (decoded, diagnostics) = decodePlan(marked.text)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
    let plan = try #require(decoded)
    #expect(plan.id == "luton-cfe-2023" && plan.organisation == "Luton Borough Council")
    #expect(plan.kind == .strategy)
    #expect(plan.periodEnd.earliest == Day(year: 2024, month: 3, day: 31))
    #expect(plan.asOf.earliest == Day(year: 2023, month: 10, day: 31))
    #expect(plan.inspection.type == "ILACS" && plan.inspection.nextInspection.text == "2025")
    #expect(plan.statusScheme.name == "luton-2023")
    #expect(plan.themes.map(\.title) == ["Workforce"])
    #expect(plan.recommendations.map(\.id) == ["1", "5"] && plan.recommendations[0].priority)
    #expect(plan.measures.first?.latest == "88%" && plan.measures.first?.waivers.count == 1)
    #expect(plan.waivers.first?.until.text == "2024-03-31")
    #expect(
      plan.extra == [
        .init(name: "Any key", value: "kept as text"), .init(name: "Count", value: "12"),
      ])

    let action = try #require(plan.actions.first)
    #expect(action.lead == "Business Partner - HR" && action.status.statusClass == .complete)
    #expect(action.end.earliest == Day(year: 2023, month: 10, day: 21))
    #expect(action.recommendations == ["1", "5"] && action.dependsOn == ["1.1.1.2"])
    #expect(action.actualEnd.text == "2023-10-20" && action.baselineEnd.text == "2023-09-30")
    #expect(action.waivers.first?.reason == "post being recruited")
    #expect(action.extra.last == ExtraField(name: "Flag", value: "true"))
    #expect(action.milestones == 0..<2)
    #expect(plan.milestones[0].done && plan.milestones[0].action == 0)
    #expect(plan.milestones[1].due.text == "3 months")

    let second = plan.actions[1]
    #expect(second.ref == "3" && second.title == "Second \"quoted\" action ✓")
    #expect(second.recommendations == ["1", "5"] && second.status.statusClass == .notStarted)
    #expect(second.milestones == 2..<3 && plan.milestones[2].action == 1)
  }

  @Test func spansCarryPositionsAndPointers() throws {
    let marked = MarkedText(PlanJSONFixtures.everyField)
    let plan = try #require(decodePlan(marked.text).plan)
    func position(_ marker: String) throws -> SourcePosition {
      let at = try #require(marked.markers[marker])
      return SourcePosition(line: at.line, column: at.column)
    }
    let first = plan.actions[0]
    #expect(first.span.pointer == "/actions/0" && first.span.file == "dir/plan.json")
    let start = SourcePosition(line: first.span.line, column: first.span.column)
    #expect(start == (try position("1️⃣")))
    #expect(first.position(of: .lead) == (try position("2️⃣")))
    #expect(first.span(of: .lead).pointer == "/actions/0")
    #expect(plan.actions[1].position(of: .ref) == (try position("4️⃣")))
    let milestone = plan.milestones[1]
    #expect(milestone.span.pointer == "/actions/0/milestones/1")
    #expect(
      SourcePosition(line: milestone.span.line, column: milestone.span.column)
        == (try position("3️⃣")))
    #expect(first.waivers[0].span.pointer == "/actions/0/waivers/0")
    #expect(plan.recommendations[1].span.pointer == "/recommendations/1")
    #expect(plan.themes[0].span.pointer == "/themes/0")
    #expect(plan.measures[0].span.pointer == "/measures/0")
    #expect(plan.span.pointer == "" && plan.span.line == 1)
  }

  struct Problem: CustomTestStringConvertible, Sendable {
    var marked: String
    var code: String
    var message: String
    var testDescription: String { marked }
  }

  @Test(arguments: [
    Problem(
      marked: #"{"actions": [{1️⃣"leed": "x"}]}"#, code: "plan-unknown-key",
      message: "unknown key 'leed' in action; did you mean 'lead'?"),
    Problem(
      marked: #"{1️⃣"titel": "x"}"#, code: "plan-unknown-key", message: "did you mean 'title'?"),
    Problem(
      marked: #"{"period": {1️⃣"begin": "x"}}"#, code: "plan-unknown-key",
      message: "unknown key 'begin' in period"),
    Problem(
      marked: #"{"recommendations": [{"id": "1", 1️⃣"priorty": true}]}"#, code: "plan-unknown-key",
      message: "did you mean 'priority'?"),
    Problem(
      marked: #"{"actions": [{"milestones": [{1️⃣"date": "x"}]}]}"#, code: "plan-unknown-key",
      message: "unknown key 'date' in milestone"),
    Problem(
      marked: #"{1️⃣"title": ["x"]}"#, code: "plan-type",
      message: "'title' must be a string, found an array"),
    Problem(
      marked: #"{"actions": [{1️⃣"milestones": 3}]}"#, code: "plan-type",
      message: "'milestones' must be an array of milestones or a string, found a number"),
    Problem(
      marked: #"{"recommendations": [{"id": "1", 1️⃣"priority": "yes"}]}"#, code: "plan-type",
      message: "'priority' must be true or false"),
    Problem(
      marked: #"{"actions": [1️⃣1]}"#, code: "plan-type",
      message: "each action must be an object, found a number"),
    Problem(
      marked: #"{1️⃣"actions": "all"}"#, code: "plan-type",
      message: "'actions' must be an array of actions or {\"file\": ...}"),
    Problem(
      marked: #"{"actions": [{"dependsOn": [1️⃣true]}]}"#, code: "plan-type",
      message: "'dependsOn' must be a string, found a boolean"),
    Problem(
      marked: #"{1️⃣"statusScheme": "luton2023"}"#, code: "plan-value",
      message: "did you mean 'luton-2023'?"),
    Problem(
      marked: #"{1️⃣"dateOrder": "ymd"}"#, code: "plan-value",
      message: "invalid 'dateOrder' value 'ymd'"),
    Problem(
      marked: #"{1️⃣"kind": "strategic"}"#, code: "plan-value",
      message: "invalid 'kind' value 'strategic'; did you mean 'strategy'?"),
    Problem(
      marked: #"{1️⃣"plancheck": 2}"#, code: "plan-value",
      message: "unsupported plan format version 2"),
    Problem(marked: "1️⃣[]", code: "plan-type", message: "expected a plan object at the top level"),
    Problem(
      marked: #"{"statusScheme": {"labels": [{"label": "Done", 1️⃣"class": "completed"}]}}"#,
      code: "plan-value", message: "did you mean 'complete'?"),
    Problem(
      marked: #"{"waivers": [1️⃣{"reason": "x"}]}"#, code: "plan-value",
      message: "waiver has no 'rule'"),
    Problem(
      marked: #"{"actions": {"file": "a.xlsx", 1️⃣"sheat": "x"}}"#, code: "plan-unknown-key",
      message: "did you mean 'sheet'?"),
    Problem(
      marked: #"{1️⃣"actions": {"file": "a.pdf"}}"#, code: "plan-table",
      message: "cannot read actions from 'a.pdf'; use a .csv, .tsv, .xlsx"),
    Problem(
      marked: #"{1️⃣"measures": {"file": "m.csv"}}"#, code: "plan-table",
      message: "not supported yet"),
    Problem(marked: #"{"a": 1️⃣}"#, code: "json-syntax", message: "expected a value"),
  ])
  func reportsProblemsAtTheKey(_ example: Problem) throws {
    let marked = MarkedText(example.marked)
    let diagnostics = decodePlan(marked.text).diagnostics
    let at = try #require(marked.markers["1️⃣"])
    let matching = diagnostics.filter { $0.code == example.code }
    try #require(matching.count == 1, "\(diagnostics.map(\.formatted))")
    let diagnostic = matching[0]
    #expect(diagnostic.code == example.code)
    #expect(diagnostic.message.contains(example.message), "\(diagnostic.message)")
    #expect(diagnostic.span.line == at.line && diagnostic.span.column == at.column)
    #expect(diagnostic.span.file == "dir/plan.json")
  }

  @Test func kindDefaultsToActionPlan() throws {
    #expect(try #require(decodePlan("{}").plan).kind == .actionPlan)
    let plan = try #require(decodePlan(#"{"kind": "service-plan"}"#).plan)
    #expect(plan.kind == .servicePlan)
  }

  @Test func keepsGoingAfterProblems() throws {
    let text = #"{"titel": 1, "title": "T", "actions": [{"leed": "x", "lead": "Ann"}]}"#
    let (plan, diagnostics) = decodePlan(text)
    #expect(diagnostics.count == 2)
    #expect(plan?.title == "T" && plan?.actions.first?.lead == "Ann")
  }

  @Test func customSchemeAndOptionsWhereThePlanIsSilent() throws {
    let text = #"""
      {"statusScheme": {"name": "lscb", "labels": [{"label": "Complete", "class": "complete"}]},
       "actions": [{"status": "complete "}]}
      """#
    var options = LoadOptions(statusScheme: .rag, dateOrder: .mdy, asOf: "2024-01-31")
    options.columns = ["Owner": "lead"]
    let plan = try #require(decodePlan(text, options: options).plan)
    #expect(plan.statusScheme.name == "lscb" && plan.actions[0].status.statusClass == .complete)
    #expect(plan.dateOrder == .mdy && plan.asOf.earliest == Day(year: 2024, month: 1, day: 31))
    #expect(plan.id == "dir")
    let silent = try #require(decodePlan("{}", options: options).plan)
    #expect(silent.statusScheme == .rag)
  }
}

/// Inline actions are parsed one at a time (`JSONParser.parse(_:file:deferring:)`); the result
/// must be the plan that decoding the whole tree gives.
struct PlanJSONDeferredActionsTests {
  @Test func streamedActionsDecodeLikeTheWholeTree() throws {
    let text = MarkedText(PlanJSONFixtures.everyField).text
    let root = try JSONParserFixture.parse(text)
    let whole = PlanJSONDecoder(file: "dir/plan.json", baseDirectory: ".").decode(root)
    let streamed = decodePlan(text)
    #expect(streamed.plan == whole.plan)
    #expect(streamed.diagnostics == whole.diagnostics)
  }

  @Test func settingsAfterTheActionsStillApplyToThem() throws {
    let text = """
      {"actions": [{"ref": "1", "title": "A", "end": "03/04/2024", "status": "On track"}],
       "dateOrder": "mdy", "statusScheme": "luton-2023"}
      """
    let plan = try #require(decodePlan(text).plan)
    #expect(plan.actions.first?.end.earliest == Day(year: 2024, month: 3, day: 4))
    #expect(plan.statusScheme.name == "luton-2023")
  }

  @Test func aSyntaxErrorInsideTheActionsMeansNoPlan() throws {
    let text = "{\"id\": \"p\",\n \"actions\": [{\"ref\": \"1\"},\n {\"ref\": 2,}]}"
    let (plan, diagnostics) = decodePlan(text)
    #expect(plan == nil)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.code == "json-syntax" && diagnostics.first?.span.line == 3)
  }

  @Test func actionsThatAreNotObjectsAreReportedAtTheirPointer() throws {
    let (plan, diagnostics) = decodePlan(#"{"actions": [{"ref": "1", "title": "A"}, 7]}"#)
    #expect(plan?.actions.count == 1)
    #expect(diagnostics.map(\.span.pointer) == ["/actions/1"])
  }
}

private enum JSONParserFixture {
  static func parse(_ text: String) throws -> JSONValue {
    try JSONParser.parse(Array(text.utf8), file: "dir/plan.json").get()
  }
}
