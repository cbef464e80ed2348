/// The canonical meaning of a RAG label.
package enum StatusClass: String, Sendable, Hashable, CaseIterable, Codable {
  case notStarted = "not-started"
  case green
  case amber
  case red
  case complete
  case notDue = "not-due"
  case bau
  case unknown

  /// Not complete and not business as usual: unknown and missing statuses count as open,
  /// since nothing says the work is done.
  package var isOpen: Bool { self != .complete && self != .bau }
}
