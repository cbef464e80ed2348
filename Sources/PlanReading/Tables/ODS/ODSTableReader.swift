import PlanModel

/// Reads a table of actions from an OpenDocument spreadsheet (`*.ods`, as LibreOffice and
/// Google Sheets save them), with the shared header logic.
///
/// Pipeline: the ZIP archive (the limits of XLSX), the cell styles of `styles.xml` and
/// `content.xml` (fills, hidden sheets), the sheets of `content.xml` (`ODSContentParser`) laid
/// out as `CellTable`s (`PlacedGrid`), and the sheet choice of XLSX (`SheetChoice`). Positions
/// are spreadsheet coordinates and cells are named `F6`.
package enum ODSTableReader: ZippedTableReader {
  package static let extensions = ["ods"]
  package static let summary = "OpenDocument spreadsheets"

  package static func readActions(
    bytes: [UInt8], file: String, options: TableOptions, limits: ZipLimits
  ) -> TableResult {
    do throws(PackageError) {
      let sheets = try readSheets(bytes, limits: limits)
      let visible = sheets.filter { !$0.hidden }
      let names = sheets.map(\.name)
      let first: String
      if let wanted = options.sheet {
        guard let match = SheetChoice.match(wanted, among: names) else {
          throw PackageError.unknownSheet(name: wanted, sheets: names)
        }
        first = match
      } else {
        guard let name = visible.first?.name ?? names.first else {
          throw PackageError.notAWorkbook("it has no sheets")
        }
        first = name
      }
      let later = visible.map(\.name).drop { $0 != first }.dropFirst()
      let choice = SheetChoice(
        first: first, later: Array(later), allNames: names, named: options.sheet != nil,
        code: "ods-sheet")
      return try choice.readActions(file: file, options: options) { (name) throws(PackageError) in
        guard let sheet = sheets.first(where: { $0.name == name }) else {
          throw .unknownSheet(name: name, sheets: names)
        }
        return SheetChoice.Sheet(name: name, table: try sheet.grid.table(sheetName: name))
      }
    } catch {
      var result = TableResult()
      result.diagnostics.append(error.diagnostic(file: file, kind: .ods))
      return result
    }
  }

  /// Every sheet of the spreadsheet, placed.
  static func readSheets(_ bytes: [UInt8], limits: ZipLimits) throws(PackageError)
    -> [ODSContentParser.Sheet]
  {
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .compoundDocument }
    var archive = try ZipArchive(bytes: bytes, limits: limits)
    if let mimetype = try archive.extract(named: "mimetype"),
      String(decoding: mimetype, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument.")
        && !String(decoding: mimetype, as: UTF8.self).contains("spreadsheet")
    {
      throw .notAWorkbook("it is another kind of OpenDocument file, not a spreadsheet")
    }
    guard let content = try archive.extract(named: "content.xml") else {
      throw .notAWorkbook("it has no 'content.xml'")
    }
    var styles = ODSStyles()
    if let named = try archive.extract(named: "styles.xml") {
      try styles.read(named, part: "styles.xml")
    }
    try styles.read(content, part: "content.xml")
    return try ODSContentParser.parse(content, part: "content.xml", styles: styles)
  }
}
