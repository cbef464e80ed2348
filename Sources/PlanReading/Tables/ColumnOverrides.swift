import PlanModel

/// The `columns` option (header -> field name) checked once: names resolved to fields, unknown
/// names reported with a suggestion.
struct ColumnOverrides: Sendable {
  /// Codes of the two configuration errors a `columns` map can have.
  static let unknownFieldCode = "columns-unknown-field"
  static let notFoundCode = "columns-header-not-found"

  /// Normalized header key -> field; nil keeps the column as an extra (`"extra"`/`"ignore"`).
  private(set) var fields: [String: ActionField?] = [:]
  /// Header text as the user wrote it, per key, for "not found" warnings.
  private(set) var headers: [String: String] = [:]
  private(set) var diagnostics: [Diagnostic] = []

  /// The field names a `columns` override may use.
  static var fieldNames: [String] {
    ActionField.allCases.filter { $0 != .waivers }.map(\.name) + ["extra"]
  }

  init(_ columns: [String: String], file: String) {
    for (header, name) in columns.sorted(by: { $0.key < $1.key }) {
      let key = HeaderAliases.key(for: header)
      headers[key] = header
      if name == "extra" || name == "ignore" {
        fields[key] = .some(nil)
      } else if let field = ActionField(name: name), field != .waivers {
        fields[key] = field
      } else {
        diagnostics.append(
          Diagnostic(
            code: ColumnOverrides.unknownFieldCode,
            message: "unknown field '\(name)' for column '\(header)' in columns"
              + Spelling.suggestion(for: name, among: ColumnOverrides.fieldNames),
            span: SourceSpan(file: file, line: 0, column: 0)))
      }
    }
  }

  /// The override for a header: `.some(field)` (possibly nil = extra) or nil when none applies.
  func lookup(_ header: String) -> ActionField?? { fields[HeaderAliases.key(for: header)] }
}
