// libFuzzer entry: the JSON parser, then the plan loader as the CLI runs it (decode, resolve
// relative dates, link), then the plan writer, whose output must parse again.
// Built by Scripts/fuzz; not part of the SwiftPM package.
import JSONSyntax
import PlanModel
import PlanReading

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  // Table references resolve under a folder that does not exist: nothing is read. The loader
  // parses inline actions one at a time; it must agree with the whole-document parse.
  let result = PlanLoader().load(
    bytes: bytes, displayPath: "fuzz.json", baseDirectory: "/nonexistent/plancheck-fuzz",
    format: .json)
  if case .failure(let diagnostic) = JSONParser.parse(bytes, file: "fuzz.json") {
    precondition(diagnostic.span.line >= 1 && diagnostic.span.column >= 1, "bad position")
    precondition(result.plan == nil, "the loader read a plan the parser refuses")
    precondition(result.diagnostics.contains(diagnostic), "the loader reported another error")
    return 0
  }
  guard let plan = result.plan else { preconditionFailure("parsed JSON gave no plan") }
  for action in plan.actions {
    precondition(action.milestones.upperBound <= plan.milestones.count, "milestone range")
  }
  let written = PlanJSONEncoder.encode(plan)
  if case .failure(let diagnostic) = JSONParser.parse(Array(written.utf8), file: "again") {
    preconditionFailure("the encoder wrote JSON its parser refuses: \(diagnostic.message)")
  }
  return 0
}
