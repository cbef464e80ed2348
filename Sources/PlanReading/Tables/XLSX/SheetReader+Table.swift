/// Laying the placed cells out as the CSV reader's table.
extension SheetReader {
  /// Most cells the table may hold, counting the blanks that pad each row up to its last
  /// value: 256 MB of cell records, or a 1,048,576-row sheet eight columns wide.
  static let maxTableCells = 8 * 1_048_576

  /// The cells as a `CellTable` with one record per spreadsheet row from row 1 to the last row
  /// with a value, each record padded with blank cells so record `i` is row `i + 1` and cell
  /// `j` of a record is column `j + 1`. Positions are spreadsheet coordinates: `line` is the
  /// row number and `column` the column number (A = 1), not byte offsets.
  func table(sheetName: String) throws(XLSXError) -> CellTable {
    var placed = cells
    if !Self.isOrdered(placed) {
      // Writers emit rows and cells in order; for one that does not, sort (stably, so the
      // last of duplicate cells wins below).
      placed = placed.enumerated().sorted {
        ($0.element.row, $0.element.column, $0.offset) < (
          $1.element.row, $1.element.column, $1.offset
        )
      }.map(\.element)
    }
    let padded = Self.paddedCellCount(placed)
    guard padded <= Self.maxTableCells else {
      throw .limitExceeded(
        "spreads sheet '\(sheetName)' over \(padded) cells counting the blanks between values, "
          + "over the limit of \(Self.maxTableCells)")
    }
    var table = CellTable(bytes: text)
    let lastRow = Int(placed.last?.row ?? 0)
    table.recordStarts.reserveCapacity(lastRow)
    table.cells.reserveCapacity(placed.count)
    var next = 0
    for row in 0..<lastRow {
      table.recordStarts.append(table.cells.count)
      let line = Int32(row + 1)
      var column: Int32 = 1
      while next < placed.count, placed[next].row == line {
        let cell = placed[next]
        next += 1
        if cell.column < column {  // a duplicate reference: the later value replaces it
          table.cells[table.cells.count - 1].start = cell.start
          table.cells[table.cells.count - 1].end = cell.end
          continue
        }
        while column < cell.column {
          table.cells.append(TableCell(start: 0, end: 0, line: line, column: column, quoted: false))
          column += 1
        }
        table.cells.append(
          TableCell(start: cell.start, end: cell.end, line: line, column: column, quoted: false))
        column += 1
      }
    }
    return table
  }

  /// Cells the table will hold: each row's last column, summed (cells are in order).
  private static func paddedCellCount(_ cells: [PlacedCell]) -> Int {
    var total = 0
    for (index, cell) in cells.enumerated()
    where index + 1 == cells.count || cells[index + 1].row != cell.row {
      total += Int(cell.column)
    }
    return total
  }

  private static func isOrdered(_ cells: [PlacedCell]) -> Bool {
    var previous: (Int32, Int32) = (0, 0)
    for cell in cells {
      guard (cell.row, cell.column) > previous else { return false }
      previous = (cell.row, cell.column)
    }
    return true
  }
}
