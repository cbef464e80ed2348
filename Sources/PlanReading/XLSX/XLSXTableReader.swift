import PlanModel

/// Reads a table of actions from an XLSX workbook (SPEC §3), with the CSV reader's header
/// logic.
///
/// Pipeline: the ZIP archive (`ZipArchive`, bounded by `ZipLimits`), the workbook's sheet list
/// and parts (`WorkbookIndex`), shared strings and date styles, the chosen sheet's cells
/// (`SheetReader`), laid out as the same `CSVTable` a CSV file becomes, then `HeaderDetector`
/// and `TableRowReader` unchanged. Spans use spreadsheet coordinates: `line` is the row number,
/// `column` the column number (A = 1), and `row` the row number too.
package enum XLSXTableReader {
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
    let table: CSVTable
    var leading: [Diagnostic]
    do {
      (table, leading) = try readSheet(bytes: bytes, file: file, options: options, limits: limits)
    } catch {
      result.diagnostics.append(error.diagnostic(file: file))
      return result
    }
    let overrides = ColumnOverrides(options.columns, file: file)
    leading += overrides.diagnostics
    let detector = HeaderDetector(table: table, overrides: overrides, file: file)
    switch detector.detect() {
    case .failure(let diagnostic):
      result.diagnostics = leading + [diagnostic]
    case .success(let (mapping, mappingDiagnostics)):
      var reader = TableRowReader(
        table: table, mapping: mapping, detector: detector, options: options)
      reader.readAll()
      result = reader.result
      result.diagnostics = leading + mappingDiagnostics + result.diagnostics
    }
    return result
  }

  /// The chosen sheet as a table, with warnings about cells that could not be read.
  static func readSheet(
    bytes: [UInt8], file: String, options: TableOptions, limits: ZipLimits = .standard
  ) throws(XLSXError) -> (CSVTable, [Diagnostic]) {
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      throw .unsupportedArchive("an encrypted workbook or the old .xls format")
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
    return (try reader.table(sheetName: sheet.name), diagnostics)
  }
}
