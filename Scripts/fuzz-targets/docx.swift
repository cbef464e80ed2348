// libFuzzer entry: the Word document reader, directly and through the plan loader as the CLI
// runs it. The first byte picks the input's form: odd, the input is the whole .docx file;
// even, it is word/document.xml, wrapped in a stored ZIP (FuzzPackages) so mutations reach the
// document reader. Built by Scripts/fuzz; not part of the SwiftPM package.
import PlanModel
import PlanReading

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  let bytes = data[0] & 1 == 1 ? body : FuzzPackages.docx(document: body)
  let file = "fuzz.docx"
  let table = DOCXTableReader.readActions(bytes: bytes, file: file, options: TableOptions())
  for action in table.actions {
    precondition(action.milestones.upperBound <= table.milestones.count, "milestone range")
  }
  for milestone in table.milestones {
    precondition(milestone.action >= 0 && milestone.action < table.actions.count, "action index")
  }
  for diagnostic in table.diagnostics {
    precondition(diagnostic.span.file == file, "diagnostic names the file")
  }
  let result = PlanLoader().load(
    bytes: bytes, displayPath: file, baseDirectory: "/nonexistent/plancheck-fuzz",
    format: PlanFileFormat(rawValue: "docx") ?? .json)
  if let plan = result.plan { _ = PlanJSONEncoder.encode(plan) }
  return 0
}
