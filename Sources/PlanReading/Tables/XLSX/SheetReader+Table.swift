/// Laying the placed cells out as the format-neutral table, merged ranges filled.
extension SheetReader {
  /// Most cells the table may hold, counting the blanks that pad each row up to its last
  /// value: 256 MB of cell records, or a 1,048,576-row sheet eight columns wide.
  static let maxTableCells = 8 * 1_048_576

  /// The cells as a `CellTable` with one record per spreadsheet row from row 1 to the last row
  /// with a value, each record padded with blank cells so record `i` is row `i + 1` and cell
  /// `j` of a record is column `j + 1`. Positions are spreadsheet coordinates: `line` is the
  /// row number and `column` the column number (A = 1), not byte offsets. Every cell a merged
  /// range covers holds its anchor's text and details; fills and numbers are in `details`.
  func table(sheetName: String) throws(PackageError) -> CellTable {
    var placed = cells
    try fillMerges(&placed, sheetName: sheetName)
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
          record(cell, at: table.cells.count - 1, in: &table)
          continue
        }
        while column < cell.column {
          table.cells.append(TableCell(start: 0, end: 0, line: line, column: column, quoted: false))
          column += 1
        }
        table.cells.append(
          TableCell(start: cell.start, end: cell.end, line: line, column: column, quoted: false))
        record(cell, at: table.cells.count - 1, in: &table)
        column += 1
      }
    }
    table.placeNaming = .spreadsheet
    return table
  }

  /// Keeps a cell's fill and number in the table's details (and drops stale ones).
  private func record(_ cell: PlacedCell, at index: Int, in table: inout CellTable) {
    let fill = styles.fill(style: Int(cell.style))
    let value =
      cell.number.isNaN
      ? nil : CellValue.number(cell.number, isDateFormatted: styles.isDate(style: Int(cell.style)))
    table.details[index] = fill == nil && value == nil ? nil : CellDetails(fill: fill, value: value)
  }

  /// Adds, for every merged range whose anchor (top-left) cell has a value or fill, a copy of
  /// the anchor at each cell it covers, within the rows and columns that hold values (a merge
  /// over whole columns costs no more than the sheet). The copies come last, so they replace
  /// anything left in covered cells.
  private func fillMerges(_ placed: inout [PlacedCell], sheetName: String) throws(PackageError) {
    guard !merges.isEmpty, !placed.isEmpty else { return }
    var lastRow: Int32 = 0
    var lastColumn: Int32 = 0
    for cell in placed {
      lastRow = max(lastRow, cell.row)
      lastColumn = max(lastColumn, cell.column)
    }
    var anchors: [Int64: Int] = [:]
    for merge in merges { anchors[Self.key(merge.first.row, merge.first.column)] = -1 }
    for (index, cell) in placed.enumerated() {
      let key = Self.key(Int(cell.row), Int(cell.column))
      if anchors[key] != nil { anchors[key] = index }
    }
    var budget = Self.maxTableCells
    for merge in merges {
      guard let index = anchors[Self.key(merge.first.row, merge.first.column)], index >= 0
      else { continue }
      let anchor = placed[index]
      let rows = merge.first.row...max(merge.first.row, min(merge.last.row, Int(lastRow)))
      let columns =
        merge.first.column...max(merge.first.column, min(merge.last.column, Int(lastColumn)))
      budget -= rows.count * columns.count
      guard budget >= 0 else {
        throw .limitExceeded(
          "merges cells of sheet '\(sheetName)' over more than \(Self.maxTableCells) cells")
      }
      for row in rows {
        for column in columns where row != merge.first.row || column != merge.first.column {
          var copy = anchor
          copy.row = Int32(row)
          copy.column = Int32(column)
          placed.append(copy)
        }
      }
    }
  }

  private static func key(_ row: Int, _ column: Int) -> Int64 {
    Int64(row) << 20 | Int64(column)
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
