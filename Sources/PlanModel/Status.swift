/// A RAG rating as written in the plan, with its canonical class.
package struct Status: Sendable, Hashable {
  /// The label as the plan writes it; empty when the plan gives no status. A rating read from
  /// a cell's colour alone is labelled after its colour ("green (cell colour)").
  package var label: String
  package var statusClass: StatusClass
  /// The colour family of the status cell's fill, when the cell is filled.
  package var colour: ColourFamily?
  /// What the fill colour means under the plan's scheme; nil without a fill or a meaning.
  package var colourClass: StatusClass?
  /// True when the cell had no words and the rating comes from its colour.
  package var isColourOnly = false

  package init(label: String, statusClass: StatusClass) {
    self.label = label
    self.statusClass = statusClass
  }

  package static let missing = Status(label: "", statusClass: .unknown)

  package var isOpen: Bool { statusClass.isOpen }
  package var isMissing: Bool { label.isEmpty }

  /// The words of the cell, without a label made up from its colour.
  package var writtenLabel: String { isColourOnly ? "" : label }
}
