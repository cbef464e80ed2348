// libFuzzer entry: the expression language end to end. The first byte picks the scope (or a
// standalone expression) and the rest is the source: parse, check, compile, then evaluate
// against every entity of a tiny plan (with a previous version, for `prev`) under a small
// budget, so a pathological expression ends in a budget error rather than a hang.
// Built by Scripts/fuzz; not part of the SwiftPM package.
import PlanModel
import PlanReading
import RuleLanguage

let previousJSON = """
  {"id": "p", "title": "Plan", "asOf": "2024-03-31", "statusScheme": "bragg",
   "period": {"start": "2024-01-01", "end": "2024-12-31"},
   "themes": [{"ref": "1", "title": "Leadership"}],
   "recommendations": [{"id": "R1", "text": "Improve supervision"}],
   "actions": [
     {"ref": "1.1", "title": "Audit files", "lead": "Jo", "start": "2024-01-01",
      "end": "March 2024", "status": "Green", "recommendations": ["R1"],
      "milestones": [{"title": "Draft", "due": "2024-02-01", "done": true}]},
     {"ref": "1.2", "title": "Train staff", "lead": "", "end": "TBC", "status": "Red"}]}
  """
let currentJSON = """
  {"id": "p", "title": "Plan", "asOf": "2024-06-30", "statusScheme": "bragg",
   "period": {"start": "2024-01-01", "end": "2024-12-31"},
   "inspection": {"type": "ILACS", "reportReceived": "2023-11-10"},
   "themes": [{"ref": "1", "title": "Leadership"}, {"ref": "2", "title": "Practice"}],
   "recommendations": [{"id": "R1", "text": "Improve supervision"},
                       {"id": "R2", "text": "Audit"}],
   "measures": [{"id": "M1", "text": "90% of audits good by 2024-09-30", "owner": "QA"}],
   "actions": [
     {"ref": "1.1", "title": "Audit files", "lead": "Jo Smith", "start": "2024-01-01",
      "end": "Q3 2024/25", "status": "Green", "recommendations": ["R1", "R2"],
      "dependsOn": ["1.3"], "evidence": "report", "Cost": "£10k",
      "milestones": [{"title": "Draft", "due": "2024-02-01", "done": true},
                     {"title": "Final", "due": "w/c 3 June 2024"}],
      "waivers": [{"rule": "overdue", "reason": "agreed", "until": "2024-12-31"}]},
     {"ref": "2.1", "title": "", "lead": "Team", "end": "ongoing", "status": "Blue"}]}
  """

func decoded(_ text: String) -> Plan {
  let result = PlanLoader().load(
    bytes: Array(text.utf8), displayPath: "fuzz.json", baseDirectory: "/nonexistent/plancheck-fuzz",
    format: .json)
  guard let plan = result.plan else { preconditionFailure("the fuzz plan does not parse") }
  return plan
}

let current = decoded(currentJSON)
let previous = decoded(previousJSON)
let scopes: [ScopeKind?] = [nil] + ScopeKind.allCases.map { $0 }
let params: [String: Value] = [
  "days": .int(30), "name": .string("a.*b"), "list": .list(.values([.int(1), .string("x")])),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let scope = scopes[Int(data[0]) % scopes.count]
  let source = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
  let compiled: CompiledExpr
  do throws(ExprFailure) {
    compiled = try ExprCompiler.compile(source, scope: scope)
  } catch {
    _ = error.rendered(source: source)
    _ = error.diagnostics(source: source, file: "fuzz.json")
    return 0
  }
  // The load-time cost estimate walks every compiled tree: it must end, and not trap.
  _ = compiled.estimatedCost()
  var context = EvalContext(
    plan: current, previous: previous, asOf: Day(year: 2024, month: 6, day: 30)!, params: params)
  context.budget = EvalBudget(steps: 20_000, elements: 20_000)
  let kind = scope?.entityKind ?? .plan
  let count = scope == nil ? 1 : context.plans.count(kind, scope?.version ?? .current)
  for entity in 0..<max(count, 1) {
    context.entity = entity
    context.previousEntity = entity
    if case .success(let value) = compiled.evaluate(in: &context) {
      _ = ValueFormatter.text(value)
    }
  }
  return 0
}
