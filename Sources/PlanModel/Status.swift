/// A RAG rating as written in the plan, with its canonical class.
package struct Status: Sendable, Hashable {
  /// The label as the plan writes it; empty when the plan gives no status.
  package var label: String
  package var statusClass: StatusClass

  package init(label: String, statusClass: StatusClass) {
    self.label = label
    self.statusClass = statusClass
  }

  package static let missing = Status(label: "", statusClass: .unknown)

  package var isOpen: Bool { statusClass.isOpen }
  package var isMissing: Bool { label.isEmpty }
}
