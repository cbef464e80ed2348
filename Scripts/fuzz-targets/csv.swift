// libFuzzer entry: the CSV/TSV table reader, directly and through the plan loader as the CLI
// runs it (a bare table becomes a plan; relative dates resolved; linked). The first byte
// picks the file name (so the expected delimiter) and the date order; the rest is the file
// (`FuzzTableCase`, shared with the corpus replay in the tests). Built by Scripts/fuzz; not
// part of the SwiftPM package.
import PlanReading

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  guard let input = FuzzTableCase(target: "csv", input: input) else { return 0 }
  for problem in input.broken() { preconditionFailure(problem) }
  return 0
}
