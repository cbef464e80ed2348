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
  /// What the table lists: actions, or the inspection's recommendations.
  package var kind: TableKind = .actions

  package init() {}
}

/// What a table lists. A recommendations table is read with the same header inference, its
/// columns mapped to the action fields that hold a recommendation's parts: the id to `ref`, the
/// recommendation's words to `title`, its area to `theme`, its priority to `objective`.
package enum TableKind: Sendable {
  case actions, recommendations
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
  /// Word tables' place names by cell position (`Plan.places`).
  package var places: [SourcePosition: String] = [:]

  package init() {}
}
