/// The kinds of plan file, told apart by extension: JSON plans, and the table formats of
/// `TableReaders`.
package struct PlanFileFormat: Sendable, Hashable {
  /// The lower-case extension that names the format (`json`, `csv`, `xlsx`).
  package let name: String

  private init(name: String) { self.name = name }

  package static let json = PlanFileFormat(name: "json")
  package static let csv = PlanFileFormat(name: "csv")
  package static let tsv = PlanFileFormat(name: "tsv")
  package static let xlsx = PlanFileFormat(name: "xlsx")

  /// Every format: JSON first, then each table format's extensions in registry order.
  package static var all: [PlanFileFormat] {
    [.json] + TableReaders.all.flatMap { $0.extensions }.map { PlanFileFormat(name: $0) }
  }

  /// The format named `rawValue` (an extension, case-insensitive), or nil when none has it.
  package init?(rawValue: String) {
    let name = rawValue.lowercased()
    guard name == PlanFileFormat.json.name || TableReaders.reader(forExtension: name) != nil
    else { return nil }
    self.name = name
  }

  /// The format of `path` by its extension (case-insensitive), or nil for other files.
  package init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    self.init(rawValue: String(path[path.index(after: dot)...]))
  }

  /// Tables of actions, as opposed to JSON plans.
  package var isTable: Bool { self != .json }

  /// The reader of a table format; nil for JSON.
  package var reader: (any TableReader.Type)? { TableReaders.reader(forExtension: name) }

  /// `.csv, .tsv or .xlsx`: the table extensions, for messages.
  package static var tableExtensions: String {
    spoken(TableReaders.all.flatMap { $0.extensions }.map { "." + $0 })
  }

  /// `json, csv, tsv or xlsx`: every format name, for `--from` and `--stdin-format`.
  package static var names: String { spoken(all.map(\.name)) }

  /// `JSON plans (*.json), CSV/TSV action tables (*.csv, *.tsv) and …`, for help.
  package static var described: String {
    spoken(
      ["JSON plans (*.json)"]
        + TableReaders.all.map { reader in
          reader.summary + " (" + reader.extensions.map { "*." + $0 }.joined(separator: ", ")
            + ")"
        }, last: "and")
  }

  /// `**/*.json`, `**/*.csv`, …: include globs for every format.
  package static var includeGlobs: [String] { all.map { "**/*." + $0.name } }

  private static func spoken(_ items: [String], last: String = "or") -> String {
    guard items.count > 1, let final = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(last) " + final
  }
}
