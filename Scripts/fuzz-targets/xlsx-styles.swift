// libFuzzer entry: the workbook's styles and theme (number formats, fills with rgb, theme and
// tint, indexed palettes; theme colour schemes), read with a fixed sheet whose cells use
// styles 0-9 and merged ranges. The first byte picks the part: even, the input is
// xl/styles.xml; odd, xl/theme/theme1.xml (`FuzzTableCase`, shared with the corpus replay in
// the tests). Built by Scripts/fuzz; not part of the SwiftPM package.
import PlanReading

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  guard let input = FuzzTableCase(target: "xlsx-styles", input: input) else { return 0 }
  for problem in input.broken() { preconditionFailure(problem) }
  return 0
}
