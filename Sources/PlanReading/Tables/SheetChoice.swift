import PlanModel

/// Which sheet of a workbook (XLSX, ODS) holds the actions, and reading them from it.
///
/// A named sheet is read as it is. Without a name the first visible sheet is read, and when it
/// has no header row (a cover page, a contents sheet) each later visible sheet is tried in tab
/// order; the first with a header is read, with a notice saying so.
struct SheetChoice {
  /// A sheet read as a table, with warnings about cells that could not be read.
  struct Sheet {
    var name: String
    var table: CellTable
    var diagnostics: [Diagnostic] = []
  }

  /// The sheet to read first, and the visible sheets after it.
  var first: String
  var later: [String]
  /// Every sheet, in tab order, for the note when none has a header.
  var allNames: [String]
  /// Whether the user named the sheet (then no other is tried).
  var named: Bool
  /// Diagnostic code for sheet notices: `xlsx-sheet`, `ods-sheet`.
  var code: String

  func readActions(
    file: String, options: TableOptions, load: (String) throws(PackageError) -> Sheet
  ) throws(PackageError) -> TableResult {
    var sheet = try load(first)
    let overrides = ColumnOverrides(options.columns, file: file)
    var detector = HeaderDetector(
      table: sheet.table, overrides: overrides, file: file, options: options)
    var detected = detector.detect()
    if case .failure = detected, !named {
      for name in later {
        let candidate = try load(name)
        let probe = HeaderDetector(
          table: candidate.table, overrides: overrides, file: file, options: options)
        let found = probe.detect()
        guard case .success = found else { continue }
        sheet = candidate
        sheet.diagnostics.insert(skipped(read: name, file: file), at: 0)
        detector = probe
        detected = found
        break
      }
    }
    var result = TableResult()
    let leading = sheet.diagnostics + overrides.diagnostics
    switch detected {
    case .failure(let diagnostic):
      result.diagnostics = leading + [diagnostic] + otherSheetsNote(sheet.name, file: file)
    case .success(let (mapping, mappingDiagnostics)):
      result = detector.readActions(
        mapping, diagnostics: leading + mappingDiagnostics, options: options, sheet: sheet.name)
    }
    return result
  }

  /// The notice that the first sheet had no header and a later one was read.
  private func skipped(read: String, file: String) -> Diagnostic {
    Diagnostic(
      code: code, severity: .info,
      message: "sheet '\(first)' of '\(file)' has no header row; read the actions from sheet "
        + "'\(read)', the first with one. Name it with --sheet or \"sheet\" to say so",
      span: SourceSpan(file: file))
  }

  /// With no header on the sheet read, says which sheet that was and which others there are.
  private func otherSheetsNote(_ name: String, file: String) -> [Diagnostic] {
    let others = allNames.filter { $0 != name }
    guard !others.isEmpty else { return [] }
    return [
      Diagnostic(
        code: code, severity: .info,
        message: "read sheet '\(name)' of '\(file)'; its other sheets are "
          + others.map { "'\($0)'" }.joined(separator: ", ")
          + ". Name the sheet that holds the actions with \"sheet\" in the plan's "
          + "{\"actions\": {\"file\": ...}} reference",
        span: SourceSpan(file: file))
    ]
  }

  /// The sheet `name` picks among `names`: exactly, else ignoring case and surrounding spaces.
  static func match(_ name: String, among names: [String]) -> String? {
    let wanted = folded(name)
    return names.first { $0 == name } ?? names.first { folded($0) == wanted }
  }

  private static func folded(_ name: String) -> String {
    name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }
}
