import PlanModel

/// Reads a CSV or TSV table of actions as exported from a spreadsheet (SPEC §3).
///
/// STUB: the full reader lands with issue 2 (CSV).
package enum CSVTableReader {
  /// `file` is the path to report in spans. Never throws: problems are diagnostics.
  package static func readActions(bytes: [UInt8], file: String, options: TableOptions) -> TableResult {
    var result = TableResult()
    result.diagnostics.append(
      Diagnostic(code: "csv-unsupported", message: "CSV reading is not implemented yet",
        span: SourceSpan(file: file, line: 1, column: 1)))
    return result
  }
}
