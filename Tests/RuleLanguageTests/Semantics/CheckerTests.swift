import PlanModel
import TestSupport
import Testing

@testable import RuleLanguage

/// A marked expression that must fail to load, with a problem at each marker, in order.
struct CheckErrorCase: CustomTestStringConvertible, Sendable {
  let scope: ScopeKind?
  let marked: String
  let messages: [String]

  init(_ scope: ScopeKind?, _ marked: String, _ messages: String...) {
    self.scope = scope
    self.marked = marked
    self.messages = messages
  }

  var testDescription: String { "\(scope?.name ?? "standalone"): \(marked)" }
}

struct CheckerTests {
  static let params: [String: ExprType] = ["maxOpen": .int, "groups": .list(.string)]

  @Test(arguments: [
    CheckErrorCase(.action, "1️⃣leed == 'x'", "unknown name 'leed'; did you mean 'lead'?"),
    CheckErrorCase(
      .action, "self.1️⃣leed == 'x'", "unknown field 'leed' on action; did you mean 'lead'?"),
    CheckErrorCase(
      .action, "status.1️⃣klass == 'green'", "unknown field 'klass' on status; did you mean 'class'?"),
    CheckErrorCase(
      .action, "status.class == 1️⃣'gren'", "'gren' is not a status class; did you mean 'green'?"),
    CheckErrorCase(
      .action, "1️⃣'notstarted' != status.class",
      "'notstarted' is not a status class; did you mean 'not-started'?"),
    CheckErrorCase(.action, "end.kind == 1️⃣'tbd'", "'tbd' is not a date kind; did you mean 'tbc'?"),
    CheckErrorCase(
      .action, "end 1️⃣< '2024-01-01'",
      "cannot compare date and string with '<'; write date('YYYY-MM-DD')"),
    CheckErrorCase(.action, "end 1️⃣== 3", "cannot compare date and int with '=='"),
    CheckErrorCase(.action, "lead 1️⃣< 3", "cannot compare string and int with '<'"),
    CheckErrorCase(.action, "lead 1️⃣== start", "cannot compare string and date with '=='"),
    CheckErrorCase(.action, "extra['x'] 1️⃣< 3", "cannot compare string and int with '<'"),
    CheckErrorCase(
      .action, "milestones.all(m, m.1️⃣dues < asOf)",
      "unknown field 'dues' on milestone; did you mean 'due'?"),
    CheckErrorCase(
      .action, "plan.1️⃣actons.size() > 0", "unknown field 'actons' on plan; did you mean 'actions'?"),
    CheckErrorCase(
      .action, "plan.period.1️⃣strat", "unknown field 'strat' on period; did you mean 'start'?"),
    CheckErrorCase(
      .action, "end.1️⃣yaer == 2024", "unknown field 'yaer' on date; did you mean 'year'?"),
    CheckErrorCase(
      .action, "waivers.all(w, w.1️⃣rul != '')", "unknown field 'rul' on waiver; did you mean 'rule'?"
    ),
    CheckErrorCase(.action, "1️⃣action.ref == ''", "unknown name 'action'"),
    CheckErrorCase(
      .milestone, "action.1️⃣reff", "unknown field 'reff' on action; did you mean 'ref'?"),
    CheckErrorCase(.milestone, "1️⃣lead", "unknown name 'lead'"),
    CheckErrorCase(
      .recommendation, "actions.exists(a, a.1️⃣stauts.isOpen)",
      "unknown field 'stauts' on action; did you mean 'status'?"),
    CheckErrorCase(.theme, "1️⃣titel", "unknown name 'titel'; did you mean 'title'?"),
    CheckErrorCase(.measure, "has(1️⃣ownr)", "unknown name 'ownr'; did you mean 'owner'?"),
    CheckErrorCase(
      .plan, "inspection.1️⃣typ", "unknown field 'typ' on inspection; did you mean 'type'?"),
    CheckErrorCase(.action, "has(1️⃣1)", "has() takes a field selection"),
    CheckErrorCase(.action, "1️⃣has(lead, end)", "has() takes a field selection"),
    CheckErrorCase(.action, "has(lead.1️⃣x)", "string has no fields"),
    CheckErrorCase(.action, "date(1️⃣'2024-13-01') < end", "'2024-13-01' is not a day"),
    CheckErrorCase(.action, "lead.matches(1️⃣'(a*)*')", "regular expression '(a*)*' rejected"),
    CheckErrorCase(
      .action, "params.1️⃣maxOpn > 1", "unknown field 'maxOpn' on params; did you mean 'maxOpen'?"),
    CheckErrorCase(.action, "params.maxOpen 1️⃣< 'x'", "cannot compare int and string with '<'"),
    CheckErrorCase(
      .action, "lead in params.groups || has(params.1️⃣mxOpen)",
      "unknown field 'mxOpen' on params; did you mean 'maxOpen'?"),
    CheckErrorCase(nil, "1️⃣lead == ''", "unknown name 'lead'"),
    CheckErrorCase(nil, "1️⃣self", "unknown name 'self'"),
    CheckErrorCase(
      .action, "1️⃣leed == 'x' && 2️⃣ned < asOf", "unknown name 'leed'; did you mean 'lead'?",
      "unknown name 'ned'; did you mean 'end'?"),
    CheckErrorCase(.action, "1️⃣lead && true", "an operand of '&&' must be a bool, not string"),
    CheckErrorCase(
      .action, "milestones.exists(m, m.1️⃣text)",
      "the predicate of exists() must be a bool, not string"),
  ])
  func loadErrors(_ c: CheckErrorCase) throws {
    let marked = MarkedText(c.marked)
    let error = #expect(throws: ExprFailure.self) {
      try ExprCompiler.compile(marked.text, scope: c.scope, params: CheckerTests.params)
    }
    let failure = try #require(error)
    let text = SourceText(marked.text)
    for (index, message) in c.messages.enumerated() {
      let problem = try #require(index < failure.problems.count ? failure.problems[index] : nil)
      #expect(problem.error.message.hasPrefix(message), "got \(problem.error.message)")
      let marker = try #require(marked.markers[MarkedText.markerNames[index]])
      let position = text.position(of: problem.range.start)
      #expect(position.line == marker.line && position.column == marker.column)
    }
  }

  @Test func diagnosticsCarryCodeFileLineAndColumn() throws {
    let marked = MarkedText("has(lead) &&\n  self.1️⃣leed == 'x'")
    let error = #expect(throws: ExprFailure.self) {
      try ExprCompiler.compile(marked.text, scope: .action)
    }
    let diagnostics = try #require(error).diagnostics(source: marked.text, file: "rule.json")
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.code == "expr-unknown-field")
    #expect(
      diagnostics.first?.formatted
        == "rule.json:2:8: error: unknown field 'leed' on action; did you mean 'lead'?")
  }

  @Test(arguments: [
    ("lead", ExprType.string), ("end", .date), ("milestones", .list(.entity(.milestone))),
    ("status", .record(.status)), ("extra['x']", .string), ("params.maxOpen", .int),
    ("plan.actions.map(a, a.end)", .list(.date)), ("[1, 'a']", .list(.dyn)),
    ("true ? lead : null", .dyn), ("themeRef", .entity(.theme)), ("prev", .entity(.action)),
    ("size(lead) + 1", .int), ("end + days(1)", .date),
    ("recommendationById('x')", .entity(.recommendation)),
  ])
  func inferredTypes(_ source: String, _ type: ExprType) throws {
    let compiled = try ExprCompiler.compile(source, scope: .action, params: CheckerTests.params)
    #expect(compiled.type == type)
  }

  @Test func untypedParamsAreDynamic() {
    #expect(
      outcome("params.anything < 3", scope: .action, context: TestPlan.context())
        == "error: no such key: 'anything'")
    var ctx = TestPlan.context()
    ctx.params = ["maxOpen": .int(2)]
    #expect(
      outcome("params.maxOpen > 1", scope: .action, params: ["maxOpen": .int], context: ctx)
        == "true")
    #expect(outcome("has(params.maxOpen)", scope: .action, context: ctx) == "true")
    #expect(outcome("has(params.other)", scope: .action, context: ctx) == "false")
  }

  @Test func conditionsMustBeBooleans() throws {
    let error = #expect(throws: ExprFailure.self) {
      try ExprCompiler.compile("lead", scope: .action, expecting: .bool)
    }
    #expect(
      try #require(error).problems.first?.error.message
        == "the expression must be a bool, not string")
    #expect(throws: Never.self) {
      try ExprCompiler.compile("has(lead)", scope: .action, expecting: .bool)
    }
  }

  @Test(arguments: [
    ("lead != prev.lead", true), ("has(lead)", false), ("[prev][0] == null", true),
    ("milestones.all(m, m.done)", false),
  ])
  func usesPrevIsRecorded(_ source: String, _ usesPrev: Bool) throws {
    #expect(try ExprCompiler.compile(source, scope: .action).usesPrev == usesPrev)
  }
}
