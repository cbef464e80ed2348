import PlanModel

/// Why a zipped document (an XLSX or ODS workbook, a Word document) could not be read: the
/// archive, its limits, or the document inside it.
///
/// Every case becomes one error diagnostic on the file (`diagnostic(file:kind:)`); the text
/// lives in this one `switch` so messages stay consistent across formats.
enum PackageError: Error, Equatable, Sendable {
  /// No end-of-central-directory record: not a ZIP archive at all.
  case notAnArchive
  /// An OLE compound document: a password-protected file or a legacy `.xls`/`.doc` file.
  case compoundDocument
  /// The archive's structure is broken (truncated, offsets out of range, bad signatures).
  case corruptArchive(String)
  /// A ZIP feature this reader does not implement (encryption, multi-disk, other methods).
  case unsupportedArchive(String)
  /// A hard limit (see `ZipLimits`) would be exceeded; reading stops instead.
  case limitExceeded(String)
  /// An entry's compressed data is not valid DEFLATE, or does not match its size or CRC.
  case corruptEntry(name: String, reason: String)
  /// The archive is a ZIP but not a document of the kind, or a required part is missing.
  case notAWorkbook(String)
  /// A part is not well-formed enough to read.
  case malformedPart(name: String, reason: String)
  /// A part declares a document type (DTD), which could expand entities; never read.
  case documentType(name: String, line: Int, column: Int)
  /// `sheet` names no sheet of the workbook.
  case unknownSheet(name: String, sheets: [String])
  /// The chosen sheet is a chart or dialog sheet, not a grid of cells.
  case notAWorksheet(String)

  func code(_ kind: PackageKind) -> String {
    switch self {
    case .notAnArchive, .compoundDocument, .corruptArchive, .unsupportedArchive, .corruptEntry:
      "\(kind.code)-archive"
    case .limitExceeded: "\(kind.code)-limit"
    case .notAWorkbook, .malformedPart, .documentType: "\(kind.code)-\(kind.partCode)"
    case .unknownSheet, .notAWorksheet: "\(kind.code)-sheet"
    }
  }

  func message(file: String, kind: PackageKind = .xlsx) -> String {
    switch self {
    case .notAnArchive:
      "'\(file)' is not \(kind.article) \(kind.noun) (no ZIP directory found); save it from the "
        + "\(kind.program) as .\(kind.code), or export the \(kind.table) as CSV"
    case .compoundDocument:
      "'\(file)' is a password-protected \(kind.thing) or an old \(kind.legacy) file, which "
        + "plancheck cannot read; save it as an unprotected .\(kind.code) \(kind.thing), or "
        + "export the \(kind.table) as CSV"
    case .corruptArchive(let reason):
      "'\(file)' is a damaged ZIP archive (\(reason)); save the \(kind.thing) again"
    case .unsupportedArchive(let reason):
      "'\(file)' uses \(reason), which plancheck cannot read; save it as a plain .\(kind.code) "
        + "\(kind.thing), or export the \(kind.table) as CSV"
    case .limitExceeded(let reason):
      "'\(file)' \(reason); refusing to read it (zip bomb protection). Export the "
        + "\(kind.table) as CSV if the \(kind.thing) is genuine"
    case .corruptEntry(let name, let reason):
      "'\(name)' in '\(file)' is damaged (\(reason)); save the \(kind.thing) again"
    case .notAWorkbook(let reason):
      "'\(file)' is a ZIP archive but not \(kind.article) \(kind.noun) (\(reason))"
    case .malformedPart(let name, let reason):
      "'\(name)' in '\(file)' is not well-formed XML (\(reason)); save the \(kind.thing) again"
    case .documentType(let name, let line, let column):
      "'\(name)' in '\(file)' has a document type declaration (DTD) at line \(line), column "
        + "\(column), which \(kind.noun) parts may not have; plancheck never expands entities "
        + "(a 'billion laughs' file), so it is not read"
    case .unknownSheet(let name, let sheets):
      "no sheet named '\(name)' in '\(file)'"
        + Spelling.suggestion(for: name, among: sheets)
        + "; its sheets are " + sheets.map { "'\($0)'" }.joined(separator: ", ")
    case .notAWorksheet(let name):
      "sheet '\(name)' in '\(file)' is a chart or dialog sheet, not a table; name a "
        + "worksheet with 'sheet'"
    }
  }

  func diagnostic(file: String, kind: PackageKind = .xlsx) -> Diagnostic {
    Diagnostic(
      code: code(kind), message: message(file: file, kind: kind), span: SourceSpan(file: file))
  }
}

/// How messages name one zipped format.
struct PackageKind: Sendable {
  /// Diagnostic code prefix and file extension: `xlsx`, `docx`, `ods`.
  var code: String
  var noun: String
  var article = "an"
  /// What to call the file when asking to save it again: `workbook`, `document`.
  var thing: String
  /// The program that saves it, and what of it to export as CSV.
  var program: String
  var table: String
  var legacy: String
  /// Code suffix for a broken or missing part.
  var partCode: String

  static let xlsx = PackageKind(
    code: "xlsx", noun: "XLSX workbook", thing: "workbook", program: "spreadsheet",
    table: "sheet", legacy: ".xls", partCode: "workbook")
  static let docx = PackageKind(
    code: "docx", noun: "Word document", article: "a", thing: "document",
    program: "word processor", table: "table", legacy: ".doc", partCode: "document")
  static let ods = PackageKind(
    code: "ods", noun: "OpenDocument spreadsheet", thing: "spreadsheet", program: "spreadsheet",
    table: "sheet", legacy: ".sxc", partCode: "spreadsheet")
}
