import PlanModel

/// Reads a table of actions from an XLSX workbook (SPEC §3), with the shared header logic.
///
/// Pipeline: the ZIP archive (`ZipArchive`, bounded by `ZipLimits`), the workbook's sheet list
/// and parts (`WorkbookIndex`), shared strings, the theme and cell styles (date formats, fills),
/// the chosen sheet's cells and merged ranges (`SheetReader`), laid out as the same `CellTable`
/// a CSV file becomes, then `HeaderDetector` and `TableRowReader` unchanged. Spans use
/// spreadsheet coordinates: `line` is the row number, `column` the column number (A = 1), and
/// `row` the row number too; cells are named `F6` (`CellTable.placeName`).
package enum XLSXTableReader: TableReader {
  package static let extensions = ["xlsx"]
  package static let summary = "Excel workbooks"

  /// `options.sheet` names the sheet (nil: the first visible worksheet, or the first after it
  /// with a header row when it has none). Never throws: problems are diagnostics, and an error
  /// diagnostic means the table could not be read.
  package static func readActions(bytes: [UInt8], file: String, options: TableOptions)
    -> TableResult
  {
    readActions(bytes: bytes, file: file, options: options, limits: .standard)
  }

  static func readActions(
    bytes: [UInt8], file: String, options: TableOptions, limits: ZipLimits
  ) -> TableResult {
    var result = TableResult()
    do {
      var book = try Book(bytes: bytes, limits: limits)
      let first = try book.index.sheet(named: options.sheet)
      var sheet = try book.read(first, file: file)
      let overrides = ColumnOverrides(options.columns, file: file)
      var detector = HeaderDetector(
        table: sheet.table, overrides: overrides, file: file, options: options)
      var detected = detector.detect()
      if case .failure = detected, options.sheet == nil {
        for next in book.index.worksheets(after: first) {
          let candidate = try book.read(next, file: file)
          let probe = HeaderDetector(
            table: candidate.table, overrides: overrides, file: file, options: options)
          let found = probe.detect()
          guard case .success = found else { continue }
          sheet = candidate
          sheet.diagnostics.insert(skippedSheets(first.name, read: next.name, file: file), at: 0)
          detector = probe
          detected = found
          break
        }
      }
      let leading = sheet.diagnostics + overrides.diagnostics
      switch detected {
      case .failure(let diagnostic):
        result.diagnostics = leading + [diagnostic] + otherSheetsNote(sheet, file: file)
      case .success(let (mapping, mappingDiagnostics)):
        var reader = TableRowReader(
          table: sheet.table, mapping: mapping, detector: detector, options: options)
        reader.readAll()
        result = reader.result
        result.mappings = [mapping.report(file: file, sheet: sheet.name)]
        result.diagnostics = leading + mappingDiagnostics + result.diagnostics
      }
    } catch {
      result.diagnostics.append(error.diagnostic(file: file))
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

  /// The notice that the first sheet had no header and a later one was read.
  private static func skippedSheets(_ first: String, read: String, file: String) -> Diagnostic {
    Diagnostic(
      code: "xlsx-sheet", severity: .info,
      message: "sheet '\(first)' of '\(file)' has no header row; read the actions from sheet "
        + "'\(read)', the first with one. Name it with --sheet or \"sheet\" to say so",
      span: SourceSpan(file: file))
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
  ) throws(PackageError) -> Sheet {
    var book = try Book(bytes: bytes, limits: limits)
    return try book.read(try book.index.sheet(named: options.sheet), file: file)
  }

  /// An open workbook: its archive, index, shared strings and styles, read once for every
  /// sheet that is looked at.
  struct Book {
    var archive: ZipArchive
    let index: WorkbookIndex
    let strings: SharedStrings
    let styles: CellStyles

    init(bytes: [UInt8], limits: ZipLimits) throws(PackageError) {
      if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
        throw .compoundDocument
      }
      var archive = try ZipArchive(bytes: bytes, limits: limits)
      let index = try WorkbookIndex(archive: &archive)
      strings =
        try index.sharedStringsPart.flatMap { (path) throws(PackageError) in
          try archive.extract(named: path).map { (bytes) throws(PackageError) in
            try SharedStrings(bytes: bytes, part: path)
          }
        } ?? SharedStrings()
      let theme =
        try index.themePart.flatMap { (path) throws(PackageError) in
          try archive.extract(named: path).map { (bytes) throws(PackageError) in
            try ThemeColours(bytes: bytes, part: path)
          }
        } ?? .office
      styles =
        try index.stylesPart.flatMap { (path) throws(PackageError) in
          try archive.extract(named: path).map { (bytes) throws(PackageError) in
            try CellStyles(bytes: bytes, part: path, theme: theme)
          }
        } ?? CellStyles()
      self.archive = archive
      self.index = index
    }

    mutating func read(_ sheet: WorkbookIndex.Sheet, file: String) throws(PackageError) -> Sheet {
      guard let part = sheet.part, let sheetBytes = try archive.extract(named: part) else {
        throw .notAWorkbook("the part of sheet '\(sheet.name)' is missing")
      }
      var reader = SheetReader(strings: strings, styles: styles, date1904: index.date1904)
      try reader.read(bytes: sheetBytes, part: part)
      var diagnostics: [Diagnostic] = []
      if let bad = reader.firstBad {
        let name = CellDetails.a1Name(column: bad.column, row: bad.row) ?? "?"
        diagnostics.append(
          Diagnostic(
            code: "xlsx-cell", severity: .warning,
            message: "\(reader.badReferences) cell(s) of sheet '\(sheet.name)' refer to shared "
              + "strings the workbook does not have and were read as blank (the first is "
              + "\(name)); save the workbook again",
            span: SourceSpan(file: file, line: bad.row, column: bad.column, row: bad.row)))
      }
      return Sheet(
        name: sheet.name, table: try reader.table(sheetName: sheet.name),
        diagnostics: diagnostics, allNames: index.sheets.map(\.name))
    }
  }
}
