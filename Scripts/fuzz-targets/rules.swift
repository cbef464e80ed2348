// libFuzzer entry: the rule-file loader and rule compiler; a rule set that compiles is then
// run by the engine over a tiny plan (messages rendered, waivers applied).
// Built by Scripts/fuzz; not part of the SwiftPM package.
import PlanModel
import PlanReading
import RuleEngine

let planJSON = """
  {"id": "p", "title": "Plan", "asOf": "2024-06-30", "statusScheme": "rag",
   "period": {"start": "2024-01-01", "end": "2024-12-31"},
   "themes": [{"ref": "1", "title": "Leadership"}],
   "recommendations": [{"id": "R1", "text": "Improve supervision"}],
   "measures": [{"id": "M1", "text": "90% of audits good", "owner": "QA"}],
   "actions": [
     {"ref": "1.1", "title": "Audit files", "lead": "Jo", "start": "2024-01-01",
      "end": "March 2024", "status": "Green", "recommendations": ["R1"],
      "milestones": [{"title": "Draft", "due": "2024-02-01"}],
      "waivers": [{"rule": "fuzz", "reason": "agreed"}]},
     {"ref": "1.2", "title": "Train staff", "lead": "", "end": "TBC", "status": "Red"}]}
  """

let plan: Plan = {
  let result = PlanLoader().load(
    bytes: Array(planJSON.utf8), displayPath: "fuzz.json", baseDirectory: "/nonexistent/plancheck-fuzz",
    format: .json)
  guard let plan = result.plan else { preconditionFailure("the fuzz plan does not parse") }
  return plan
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let (definitions, loadDiagnostics) = RuleFileLoader.load(bytes: bytes, file: "fuzz.json")
  let (rules, compileDiagnostics) = RuleSet.compile(definitions)
  for diagnostic in loadDiagnostics + compileDiagnostics {
    precondition(diagnostic.span.file == "fuzz.json", "diagnostic names the file")
  }
  guard compileDiagnostics.isEmpty, !rules.rules.isEmpty else { return 0 }
  let engine = Engine(rules: rules)
  _ = engine.check(
    plan, previous: plan, selection: RuleSelection(), asOf: Day(year: 2024, month: 6, day: 30)!)
  return 0
}
