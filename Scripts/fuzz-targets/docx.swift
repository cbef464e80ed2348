// libFuzzer entry: the Word document reader, directly and through the plan loader as the CLI
// runs it. The first byte picks the input's form: odd, the input is the whole .docx file;
// even, it is word/document.xml, wrapped in a stored ZIP (`FuzzTableCase`, shared with the
// corpus replay in the tests). Built by Scripts/fuzz; not part of the SwiftPM package.
import PlanReading

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  guard let input = FuzzTableCase(target: "docx", input: input) else { return 0 }
  for problem in input.broken() { preconditionFailure(problem) }
  return 0
}
