/// The kinds of plan file, told apart by extension.
package enum PlanFileFormat: String, Sendable, Hashable, CaseIterable {
  case json, csv, tsv, xlsx

  /// The format of `path` by its extension (case-insensitive), or nil for other files.
  package init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    self.init(rawValue: path[path.index(after: dot)...].lowercased())
  }

  /// Tables of actions, as opposed to JSON plans.
  package var isTable: Bool { self != .json }
}
