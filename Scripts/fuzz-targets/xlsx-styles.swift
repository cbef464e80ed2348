// libFuzzer entry: the workbook's styles and theme (number formats, fills with rgb, theme and
// tint, indexed palettes; theme colour schemes), read with a fixed sheet whose cells use
// styles 0-9 and merged ranges (FuzzPackages.xlsx). The first byte picks the part: even,
// the input is xl/styles.xml; odd, xl/theme/theme1.xml. Built by Scripts/fuzz; not part of
// the SwiftPM package.
import PlanModel
import PlanReading

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  let bytes = FuzzPackages.xlsx(styles: body, asTheme: data[0] & 1 == 1)
  let file = "fuzz.xlsx"
  let table = XLSXTableReader.readActions(bytes: bytes, file: file, options: TableOptions())
  for action in table.actions {
    precondition(action.milestones.upperBound <= table.milestones.count, "milestone range")
  }
  for diagnostic in table.diagnostics {
    precondition(diagnostic.span.file == file, "diagnostic names the file")
  }
  let errors = table.diagnostics.filter { $0.severity == .error }
  precondition(!errors.isEmpty || table.actions.count == 10, "the fixed sheet has 10 actions")
  return 0
}
