import PlanModel

/// Why a workbook could not be read: the archive, its limits, or the workbook inside it.
///
/// Every case becomes one error diagnostic on the file (`diagnostic(file:)`); the text lives in
/// this one `switch` so messages stay consistent.
enum XLSXError: Error, Equatable, Sendable {
  /// No end-of-central-directory record: not a ZIP archive at all.
  case notAnArchive
  /// An OLE compound document: a password-protected workbook or a legacy `.xls` file.
  case compoundDocument
  /// The archive's structure is broken (truncated, offsets out of range, bad signatures).
  case corruptArchive(String)
  /// A ZIP feature this reader does not implement (encryption, multi-disk, other methods).
  case unsupportedArchive(String)
  /// A hard limit (see `ZipLimits`) would be exceeded; reading stops instead.
  case limitExceeded(String)
  /// An entry's compressed data is not valid DEFLATE, or does not match its size or CRC.
  case corruptEntry(name: String, reason: String)
  /// The archive is a ZIP but not a workbook, or a required part is missing or malformed.
  case notAWorkbook(String)
  /// A workbook part is not well-formed enough to read.
  case malformedPart(name: String, reason: String)
  /// `sheet` names no sheet of the workbook.
  case unknownSheet(name: String, sheets: [String])
  /// The chosen sheet is a chart or dialog sheet, not a grid of cells.
  case notAWorksheet(String)

  var code: String {
    switch self {
    case .notAnArchive, .compoundDocument, .corruptArchive, .unsupportedArchive, .corruptEntry:
      "xlsx-archive"
    case .limitExceeded: "xlsx-limit"
    case .notAWorkbook, .malformedPart: "xlsx-workbook"
    case .unknownSheet, .notAWorksheet: "xlsx-sheet"
    }
  }

  func message(file: String) -> String {
    switch self {
    case .notAnArchive:
      "'\(file)' is not an XLSX workbook (no ZIP directory found); save it from the "
        + "spreadsheet as .xlsx, or export the sheet as CSV"
    case .compoundDocument:
      "'\(file)' is a password-protected workbook or an old .xls file, which plancheck cannot "
        + "read; save it as an unprotected .xlsx workbook, or export the sheet as CSV"
    case .corruptArchive(let reason):
      "'\(file)' is a damaged ZIP archive (\(reason)); save the workbook again"
    case .unsupportedArchive(let reason):
      "'\(file)' uses \(reason), which plancheck cannot read; save it as a plain .xlsx "
        + "workbook, or export the sheet as CSV"
    case .limitExceeded(let reason):
      "'\(file)' \(reason); refusing to read it (zip bomb protection). Export the sheet as "
        + "CSV if the workbook is genuine"
    case .corruptEntry(let name, let reason):
      "'\(name)' in '\(file)' is damaged (\(reason)); save the workbook again"
    case .notAWorkbook(let reason):
      "'\(file)' is a ZIP archive but not an XLSX workbook (\(reason))"
    case .malformedPart(let name, let reason):
      "'\(name)' in '\(file)' is not well-formed XML (\(reason)); save the workbook again"
    case .unknownSheet(let name, let sheets):
      "no sheet named '\(name)' in '\(file)'"
        + Spelling.suggestion(for: name, among: sheets)
        + "; its sheets are " + sheets.map { "'\($0)'" }.joined(separator: ", ")
    case .notAWorksheet(let name):
      "sheet '\(name)' in '\(file)' is a chart or dialog sheet, not a table; name a "
        + "worksheet with 'sheet'"
    }
  }

  func diagnostic(file: String) -> Diagnostic {
    Diagnostic(code: code, message: message(file: file), span: SourceSpan(file: file))
  }
}
