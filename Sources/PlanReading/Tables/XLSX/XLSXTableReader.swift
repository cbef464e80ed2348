import PlanModel

/// Reads a table of actions from an XLSX workbook (SPEC §3), with the CSV reader's header
/// logic.
///
/// Pipeline: the ZIP archive (`ZipArchive`, bounded by `ZipLimits`), the workbook's sheet list
/// and parts (`WorkbookIndex`), shared strings and date styles, the chosen sheet's cells
/// (`SheetReader`), laid out as the same `CellTable` a CSV file becomes, then `HeaderDetector`
/// and `TableRowReader` unchanged. Spans use spreadsheet coordinates: `line` is the row number,
/// `column` the column number (A = 1), and `row` the row number too.
package enum XLSXTableReader: TableReader {
  package static let extensions = ["xlsx"]
  package static let summary = "Excel workbooks"

  /// `options.sheet` names the sheet (nil: the first visible worksheet). Never throws:
  /// problems are diagnostics, and an error diagnostic means the table could not be read.
  package static func readActions(bytes: [UInt8], file: String, options: TableOptions)
    -> TableResult
  {
    readActions(bytes: bytes, file: file, options: options, limits: .standard)
  }

  static func readActions(
    bytes: [UInt8], file: String, options: TableOptions, limits: ZipLimits
  ) -> TableResult {
    var result = TableResult()
    let sheet: Sheet
    do {
      sheet = try readSheet(bytes: bytes, file: file, options: options, limits: limits)
    } catch {
      result.diagnostics.append(error.diagnostic(file: file))
      return result
    }
    let overrides = ColumnOverrides(options.columns, file: file)
    let leading = sheet.diagnostics + overrides.diagnostics
    let detector = HeaderDetector(table: sheet.table, overrides: overrides, file: file)
    switch detector.detect() {
    case .failure(let diagnostic):
      result.diagnostics = leading + [diagnostic] + otherSheetsNote(sheet, file: file)
    case .success(let (mapping, mappingDiagnostics)):
      var reader = TableRowReader(
        table: sheet.table, mapping: mapping, detector: detector, options: options)
      reader.readAll()
      result = reader.result
      result.diagnostics = leading + mappingDiagnostics + result.diagnostics
    }
    return result
  }

  /// A sheet read as a table, with warnings about cells that could not be read.
  struct Sheet {
    var name: String
    var table: CellTable
    var diagnostics: [Diagnostic]
    /// Every sheet of the workbook, in tab order.
    var allNames: [String]
  }

  /// With no header on the sheet read, says which sheet that was and which others there are.
  private static func otherSheetsNote(_ sheet: Sheet, file: String) -> [Diagnostic] {
    let others = sheet.allNames.filter { $0 != sheet.name }
    guard !others.isEmpty else { return [] }
    return [
      Diagnostic(
        code: "xlsx-sheet", severity: .info,
        message: "read sheet '\(sheet.name)' of '\(file)'; its other sheets are "
          + others.map { "'\($0)'" }.joined(separator: ", ")
          + ". Name the sheet that holds the actions with \"sheet\" in the plan's "
          + "{\"actions\": {\"file\": ...}} reference",
        span: SourceSpan(file: file))
    ]
  }

  /// The chosen sheet as a table.
  static func readSheet(
    bytes: [UInt8], file: String, options: TableOptions, limits: ZipLimits = .standard
  ) throws(XLSXError) -> Sheet {
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      throw .compoundDocument
    }
    var archive = try ZipArchive(bytes: bytes, limits: limits)
    let workbook = try WorkbookIndex(archive: &archive)
    let sheet = try workbook.sheet(named: options.sheet)
    guard let part = sheet.part, let sheetBytes = try archive.extract(named: part) else {
      throw .notAWorkbook("the part of sheet '\(sheet.name)' is missing")
    }
    let strings = try workbook.sharedStringsPart.flatMap { (path) throws(XLSXError) in
      try archive.extract(named: path).map { (bytes) throws(XLSXError) in
        try SharedStrings(bytes: bytes, part: path)
      }
    }
    let styles = try workbook.stylesPart.flatMap { (path) throws(XLSXError) in
      try archive.extract(named: path).map { (bytes) throws(XLSXError) in
        try CellStyles(bytes: bytes, part: path)
      }
    }
    var reader = SheetReader(
      strings: strings ?? SharedStrings(), styles: styles ?? CellStyles(),
      date1904: workbook.date1904)
    try reader.read(bytes: sheetBytes, part: part)
    var diagnostics: [Diagnostic] = []
    if let bad = reader.firstBad {
      diagnostics.append(
        Diagnostic(
          code: "xlsx-cell", severity: .warning,
          message: "\(reader.badReferences) cell(s) of sheet '\(sheet.name)' refer to shared "
            + "strings the workbook does not have and were read as blank; save the workbook "
            + "again",
          span: SourceSpan(file: file, line: bad.row, column: bad.column, row: bad.row)))
    }
    return Sheet(
      name: sheet.name, table: try reader.table(sheetName: sheet.name), diagnostics: diagnostics,
      allNames: workbook.sheets.map(\.name))
  }
}
