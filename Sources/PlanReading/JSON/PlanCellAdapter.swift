import Foundation

/// Splits spreadsheet-style cells that a JSON plan may give as one string (milestones,
/// recommendation ids, lists), so JSON and table plans read them alike.
///
/// TODO: CellParsers — switch to `CellParsers.milestones(in:)`, `recommendationIDs(in:)` and
/// `list(in:)` from CSV/CellParsers.swift when it lands; until then this splits on commas.
enum PlanCellAdapter {
  static func milestones(in cell: String) -> [(text: String, due: String)] {
    list(in: cell).map { (text: $0, due: "") }
  }

  static func recommendationIDs(in cell: String) -> [String] { list(in: cell) }

  static func list(in cell: String) -> [String] {
    cell.split(separator: ",")
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
  }
}
