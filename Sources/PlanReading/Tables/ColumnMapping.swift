import PlanModel

/// Which record is the header, and which field (if any) each column feeds.
struct ColumnMapping: Sendable {
  /// 0-based index of the header record.
  var headerRecord: Int
  /// Trimmed header text per column ("" for an unheaded column).
  var headers: [String]
  /// Field per column; nil for columns kept as `Action.extra`.
  var fields: [ActionField?]
  /// Normalized header keys per column, for recognising repeated header rows.
  var keys: [String]
  /// Why each column maps as it does ("alias 'Lead'", "words 'who'; 90% of its values are
  /// dates", "no field matched its words").
  var reasons: [String] = []
  /// Whether a header or `columns` override has a key without letters ("", "2023"): only
  /// then can a cell without letters repeat a header name.
  var hasLetterlessKeys = true

  /// The column that feeds `field`, if any.
  func column(of field: ActionField) -> Int? { fields.firstIndex(of: field) }

  /// The mapping as the model reports it (`plancheck columns`, `--verbose`, JSON output).
  func report(file: String, sheet: String? = nil) -> TableMapping {
    TableMapping(
      file: file, sheet: sheet, headerRow: headerRecord + 1,
      columns: headers.indices.map { column in
        TableMapping.Column(
          header: headers[column], field: fields[column]?.name,
          reason: column < reasons.count ? reasons[column] : "")
      })
  }

  /// The name an unmapped column is kept under in `Action.extra`.
  func extraName(ofColumn column: Int) -> String {
    column < headers.count && !headers[column].isEmpty ? headers[column] : "Column \(column + 1)"
  }
}
