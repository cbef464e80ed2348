import PlanModel

/// Reads a table of actions from an XLSX workbook, with the shared header logic.
///
/// Pipeline: the ZIP archive (`ZipArchive`, bounded by `ZipLimits`), the workbook's sheet list
/// and parts (`WorkbookIndex`), shared strings, the theme and cell styles (date formats, fills),
/// the chosen sheet's cells and merged ranges (`SheetReader`), laid out as the same `CellTable`
/// a CSV file becomes, then `HeaderDetector` and `TableRowReader` unchanged. Spans use
/// spreadsheet coordinates: `line` is the row number, `column` the column number (A = 1), and
/// `row` the row number too; cells are named `F6` (`CellTable.placeName`).
package enum XLSXTableReader: ZippedTableReader {
  package static let extensions = ["xlsx"]
  package static let summary = "Excel workbooks"

  /// `options.sheet` names the sheet (nil: the first visible worksheet, or the first after it
  /// with a header row when it has none). Never throws: problems are diagnostics, and an error
  /// diagnostic means the table could not be read.
  package static func readActions(
    bytes: [UInt8], file: String, options: TableOptions, limits: ZipLimits
  ) -> TableResult {
    do {
      var book = try Book(bytes: bytes, limits: limits)
      let first = try book.index.sheet(named: options.sheet)
      let choice = SheetChoice(
        first: first.name, later: book.index.worksheets(after: first).map(\.name),
        allNames: book.index.sheets.map(\.name), named: options.sheet != nil, code: "xlsx-sheet")
      let sheets = book.index.sheets
      return try choice.readActions(file: file, options: options) { (name) throws(PackageError) in
        guard let sheet = sheets.first(where: { $0.name == name }) else {
          throw .unknownSheet(name: name, sheets: sheets.map(\.name))
        }
        return try book.read(sheet, file: file)
      }
    } catch {
      var result = TableResult()
      result.diagnostics.append(error.diagnostic(file: file))
      return result
    }
  }

  typealias Sheet = SheetChoice.Sheet

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
        let name = SpreadsheetCell.name(column: bad.column, row: bad.row) ?? "?"
        diagnostics.append(
          Diagnostic(
            code: "xlsx-cell", severity: .warning,
            message: "\(reader.badReferences) cell(s) of sheet '\(sheet.name)' refer to shared "
              + "strings the workbook does not have and were read as blank (the first is "
              + "\(name)); save the workbook again",
            span: SourceSpan(file: file, line: bad.row, column: bad.column, row: bad.row)))
      }
      return Sheet(
        name: sheet.name, table: try reader.grid.table(sheetName: sheet.name),
        diagnostics: diagnostics)
    }
  }
}
