import Foundation
import PlanModel

/// Reads the dates plans really write ("31/10/2023", "Spring Term 2019", "Q3 2023/24", "TBC")
/// into plan dates (SPEC §2 "Dates are fuzzy").
///
/// STUB: only ISO days and empty cells; the full parser lands with issue 2 (dates).
package struct PlanDateParser: Sendable {
  package var order: DateOrder

  package init(order: DateOrder = .dmy) { self.order = order }

  /// Never fails: text it cannot read becomes kind `unparsed`, an empty cell kind `missing`.
  /// Relative dates ("3 months") come back unresolved, with `offset` set; resolve them with
  /// `PlanDate.resolved(against:)`.
  package func parse(_ text: String) -> PlanDate {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { return PlanDate(text: text, kind: .missing) }
    if let day = Day(iso: trimmed) { return .day(day, text: text) }
    return PlanDate(text: text, kind: .unparsed)
  }
}
