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
  /// Whether a header or `columns` override has a key without letters ("", "2023"): only
  /// then can a cell without letters repeat a header name.
  var hasLetterlessKeys = true

  /// The column that feeds `field`, if any.
  func column(of field: ActionField) -> Int? { fields.firstIndex(of: field) }

  /// The name an unmapped column is kept under in `Action.extra`.
  func extraName(ofColumn column: Int) -> String {
    column < headers.count && !headers[column].isEmpty ? headers[column] : "Column \(column + 1)"
  }
}
