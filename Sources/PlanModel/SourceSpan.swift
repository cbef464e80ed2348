/// A 1-based line and column in a source file; zero means "not known".
package struct SourcePosition: Sendable, Hashable {
  package var line: Int32
  package var column: Int32

  package init(line: Int, column: Int) {
    self.line = Int32(clamping: line)
    self.column = Int32(clamping: column)
  }

  package static let unknown = SourcePosition(line: 0, column: 0)
  package var isKnown: Bool { line > 0 }
}

/// Where something came from: a file, a 1-based line and column, and the address inside the
/// file that survives edits elsewhere (a JSON pointer, or a CSV record number).
package struct SourceSpan: Sendable, Hashable {
  // 48 bytes rather than 64: every action, milestone and finding holds one. Line, column and
  // row are kept in 32 bits like `SourcePosition` (clamped), `Int32.min` standing for no row.
  package var file: String
  /// RFC 6901 JSON pointer of the value, for JSON plans.
  package var pointer: String?
  private var line32: Int32
  private var column32: Int32
  private var row32: Int32

  package var line: Int {
    get { Int(line32) }
    set { line32 = Int32(clamping: newValue) }
  }

  package var column: Int {
    get { Int(column32) }
    set { column32 = Int32(clamping: newValue) }
  }

  /// 1-based record number in a CSV/TSV/XLSX table (header excluded from nothing: it counts rows).
  package var row: Int? {
    get { row32 == Int32.min ? nil : Int(row32) }
    set { row32 = newValue.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? Int32.min }
  }

  package init(
    file: String, line: Int = 0, column: Int = 0, pointer: String? = nil, row: Int? = nil
  ) {
    self.file = file
    self.pointer = pointer
    line32 = Int32(clamping: line)
    column32 = Int32(clamping: column)
    row32 = Int32.min
    self.row = row
  }

  package init(file: String, position: SourcePosition, pointer: String? = nil, row: Int? = nil) {
    self.init(
      file: file, line: Int(position.line), column: Int(position.column), pointer: pointer, row: row
    )
  }

  /// The same file and address, at another position (a field inside the entity).
  package func at(_ position: SourcePosition) -> SourceSpan {
    guard position.isKnown else { return self }
    var copy = self
    copy.line = Int(position.line)
    copy.column = Int(position.column)
    return copy
  }

  /// The spreadsheet name of the cell ("F6") for a position in an XLSX or ODS workbook, whose
  /// readers count lines as sheet rows and columns as sheet columns; nil for other files.
  package var cellName: String? {
    guard SourceSpan.isSpreadsheet(file) else { return nil }
    return SpreadsheetCell.name(column: column, row: line)
  }

  private static func isSpreadsheet(_ file: String) -> Bool {
    let lower = file.utf8.suffix(5).map { $0 | 0x20 }
    return lower.elementsEqual(".xlsx".utf8) || lower.suffix(4).elementsEqual(".ods".utf8)
  }

  /// `file:line:column`, omitting parts that are unknown.
  package var description: String {
    guard line > 0 else { return file }
    return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
  }
}
