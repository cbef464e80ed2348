import PlanModel

/// One cell of a table read from any format: a byte range into the table's text buffer plus
/// where it starts.
///
/// For CSV/TSV, `line` is the physical line and `column` a 1-based byte column (UTF-8 bytes
/// from the start of the line), the same unit compilers and the JSON reader report; for a
/// quoted cell the position is that of the opening quote and the range starts after it. Readers
/// of spreadsheets and documents give grid coordinates instead (`line` the row, `column` the
/// column number, A = 1). Anything more a format knows about a cell (fill, typed value, a place
/// name) is kept beside the cells in `CellTable.details`, so CSV pays nothing for it.
///
/// Offsets are stored in 32 bits and the quote flag in the column's top bit (16 bytes a cell
/// instead of 32: a million-row export has millions of cells); readers refuse tables of 4 GiB or
/// more.
struct TableCell: Sendable {
  private var start32: UInt32
  private var end32: UInt32
  var line: Int32
  /// The 1-based column in the low 31 bits (clamped), whether the cell is quoted in the top one.
  private var columnAndQuote: UInt32

  init(start: Int, end: Int, line: Int32, column: Int32, quoted: Bool) {
    start32 = UInt32(truncatingIfNeeded: start)
    end32 = UInt32(truncatingIfNeeded: end)
    self.line = line
    columnAndQuote = 0
    self.column = column
    self.quoted = quoted
  }

  var start: Int {
    get { Int(start32) }
    set { start32 = UInt32(truncatingIfNeeded: newValue) }
  }

  var end: Int {
    get { Int(end32) }
    set { end32 = UInt32(truncatingIfNeeded: newValue) }
  }

  var column: Int32 {
    get { Int32(truncatingIfNeeded: columnAndQuote & TableCell.columnMask) }
    set {
      let clamped = UInt32(clamping: max(newValue, 0)) & TableCell.columnMask
      columnAndQuote = (columnAndQuote & ~TableCell.columnMask) | clamped
    }
  }

  var quoted: Bool {
    get { columnAndQuote & ~TableCell.columnMask != 0 }
    set {
      columnAndQuote =
        newValue ? columnAndQuote | ~TableCell.columnMask : columnAndQuote & TableCell.columnMask
    }
  }

  private static let columnMask: UInt32 = 0x7FFF_FFFF

  /// The largest table whose offsets fit.
  static let maxTableBytes = Int(UInt32.max) - 1

  var position: SourcePosition { SourcePosition(line: Int(line), column: Int(column)) }
}
