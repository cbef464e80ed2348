/// How the columns of a table were understood: which header feeds which field, and why.
///
/// `plancheck columns FILE` prints it, `check --verbose` too; `convert` and the JSON report
/// carry it, so a reader can see that "What will it do?" became the action text and "Budget
/// code" stayed an extra.
package struct TableMapping: Sendable, Hashable {
  package struct Column: Sendable, Hashable {
    package var header: String
    /// The field name, or nil for a column kept as an extra.
    package var field: String?
    package var reason: String

    package init(header: String, field: String?, reason: String) {
      self.header = header
      self.field = field
      self.reason = reason
    }
  }

  package var file: String
  package var sheet: String?
  /// 1-based row of the header.
  package var headerRow: Int
  package var columns: [Column]

  package init(file: String, sheet: String?, headerRow: Int, columns: [Column]) {
    self.file = file
    self.sheet = sheet
    self.headerRow = headerRow
    self.columns = columns
  }
}
