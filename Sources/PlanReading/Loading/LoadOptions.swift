import PlanModel

/// Settings from configuration (or the command line) that apply where a plan file is silent.
package struct LoadOptions: Sendable {
  /// Used when the plan names no scheme, and for plans made from a bare table.
  package var statusScheme: StatusScheme?
  package var dateOrder: DateOrder?
  /// Header -> field overrides; the plan's own `columns` win over these.
  package var columns: [String: String] = [:]
  /// The worksheet of a bare workbook (`--sheet`); nil reads the first visible one. A JSON
  /// plan names its own with `"actions": {"file": ..., "sheet": ...}`.
  package var sheet: String?
  /// Plan-date text used when the plan gives no `asOf`.
  package var asOf: String?
  /// Files larger than this are refused rather than read into memory.
  package var maxFileSize: Int = 512 * 1024 * 1024

  package init(
    statusScheme: StatusScheme? = nil, dateOrder: DateOrder? = nil,
    columns: [String: String] = [:], asOf: String? = nil
  ) {
    self.statusScheme = statusScheme
    self.dateOrder = dateOrder
    self.columns = columns
    self.asOf = asOf
  }
}
