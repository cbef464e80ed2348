// libFuzzer entry: the CSV/TSV table reader, directly and through the plan loader as the CLI
// runs it (a bare table becomes a plan; relative dates resolved; linked). The first byte
// picks the file name (so the expected delimiter) and the date order; the rest is the file.
// Built by Scripts/fuzz; not part of the SwiftPM package.
import PlanModel
import PlanReading

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let selector = data[0]
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  let order = DateOrder.allCases[Int(selector >> 1) % DateOrder.allCases.count]
  let tsv = selector & 1 == 1
  let file = tsv ? "fuzz.tsv" : "fuzz.csv"
  var options = TableOptions()
  options.dateOrder = order
  let table = CSVTableReader.readActions(bytes: bytes, file: file, options: options)
  for action in table.actions {
    precondition(action.milestones.upperBound <= table.milestones.count, "milestone range")
  }
  for milestone in table.milestones {
    precondition(milestone.action >= 0 && milestone.action < table.actions.count, "action index")
  }
  for diagnostic in table.diagnostics {
    precondition(diagnostic.span.file == file, "diagnostic names the file")
  }
  let loader = PlanLoader(options: LoadOptions(dateOrder: order))
  let result = loader.load(
    bytes: bytes, displayPath: file, baseDirectory: "/nonexistent/plancheck-fuzz",
    format: tsv ? .tsv : .csv)
  if let plan = result.plan {
    _ = PlanJSONEncoder.encode(plan)
  }
  return 0
}
