import PlanModel

/// Reads a CSV or TSV table of actions as exported from a spreadsheet.
///
/// Pipeline: decode bytes to UTF-8 (`TableTextDecoder`), tokenize to cell ranges
/// (`CSVTokenizer`), find the header (`HeaderDetector`), then turn rows into actions
/// (`TableRowReader`). Only cells that are used are decoded to strings.
package enum CSVTableReader: TableReader {
  package static let extensions = ["csv", "tsv"]
  package static let summary = "CSV/TSV action tables"

  /// `file` is the path to report in spans; a `.tsv` name makes tab the expected delimiter.
  /// Never throws: problems are diagnostics, and an error diagnostic means the table could not
  /// be read.
  package static func readActions(bytes: [UInt8], file: String, options: TableOptions)
    -> TableResult
  {
    var result = TableResult()
    let decoded: TableTextDecoder.Decoded
    switch TableTextDecoder.decode(bytes, file: file) {
    case .success(let value): decoded = value
    case .failure(let diagnostic):
      result.diagnostics.append(diagnostic)
      return result
    }
    guard decoded.bytes.count <= TableCell.maxTableBytes else {
      result.diagnostics.append(
        Diagnostic(
          code: "csv-too-large", message: "table is 4 GiB or more; split it into smaller tables",
          span: SourceSpan(file: file, line: 1, column: 1)))
      return result
    }
    let overrides = ColumnOverrides(options.columns, file: file)
    let delimiter = DelimiterSniffer.delimiter(for: decoded.bytes, file: file)
    let (table, tokenDiagnostics) = CSVTokenizer(delimiter: delimiter, file: file)
      .tokenize(decoded.bytes)
    let leading = decoded.notices + overrides.diagnostics + tokenDiagnostics
    let detector = HeaderDetector(table: table, overrides: overrides, file: file, options: options)
    switch detector.detect() {
    case .failure(let diagnostic):
      result.diagnostics = leading + [diagnostic]
    case .success(let (mapping, mappingDiagnostics)):
      result = detector.readActions(
        mapping, diagnostics: leading + mappingDiagnostics, options: options, sheet: nil)
    }
    return result
  }
}
