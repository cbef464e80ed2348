/// One table format: how its files are named and described, and how their bytes become actions.
///
/// Each format lives in its own folder under `Tables/` and is registered once, in
/// `TableReaders.all`; file finding, loading, plan-file references and the command line's help
/// all read that list, so adding a format touches nothing else.
package protocol TableReader: Sendable {
  /// Lower-case file extensions without the dot (`["csv", "tsv"]`).
  static var extensions: [String] { get }
  /// How help and messages name the files: `CSV/TSV action tables`.
  static var summary: String { get }
  /// Reads the actions of the table in `bytes`, reporting `file` in spans. Never throws:
  /// problems are diagnostics, and an error diagnostic means the table could not be read.
  static func readActions(bytes: [UInt8], file: String, options: TableOptions) -> TableResult
}

/// A format whose files are zip packages (XLSX, ODS, DOCX), read within `ZipLimits`: tests
/// and fuzz targets pass tighter limits; everything else reads with the standard ones.
package protocol ZippedTableReader: TableReader {
  static func readActions(
    bytes: [UInt8], file: String, options: TableOptions, limits: ZipLimits
  ) -> TableResult
}

extension ZippedTableReader {
  package static func readActions(bytes: [UInt8], file: String, options: TableOptions)
    -> TableResult
  {
    readActions(bytes: bytes, file: file, options: options, limits: .standard)
  }
}

/// The registry of table formats, in the order help lists them.
package enum TableReaders {
  package static let all: [any TableReader.Type] = [
    CSVTableReader.self, XLSXTableReader.self, ODSTableReader.self, DOCXTableReader.self,
  ]

  /// The reader for a lower-case extension, if any format claims it.
  package static func reader(forExtension name: String) -> (any TableReader.Type)? {
    all.first { $0.extensions.contains(name) }
  }
}
