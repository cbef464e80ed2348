import PlanModel

/// How to read a table of actions (CSV, TSV, XLSX): options from the plan file and config.
package struct TableOptions: Sendable {
  /// Header name -> model field name (`"Owner": "lead"`), overriding the built-in aliases.
  package var columns: [String: String] = [:]
  package var dateOrder: DateOrder = .dmy
  package var statusScheme: StatusScheme = .everyday
  /// Declared themes, so section-title rows can be matched by title.
  package var themes: [Theme] = []
  /// Sheet name for workbooks; nil = first sheet.
  package var sheet: String?

  package init() {}
}

/// What a table reader produced: actions and their milestones (milestone `action` indices and
/// action `milestones` ranges refer to these arrays), themes met as section-title rows, and
/// diagnostics (errors make the plan invalid; warnings and infos are notices).
package struct TableResult: Sendable {
  package var actions: [Action] = []
  package var milestones: [Milestone] = []
  package var themes: [Theme] = []
  package var diagnostics: [Diagnostic] = []
  /// How each table's columns were mapped.
  package var mappings: [TableMapping] = []

  package init() {}
}
