/// The cells of a spreadsheet (XLSX or ODS sheet) as placed by its reader — where each value
/// is, its text as a range of `text`, its fill and typed value — and its merged ranges, laid
/// out as the format-neutral table.
struct PlacedGrid {
  /// A cell with a value or a fill.
  struct Cell {
    var row: Int32
    var column: Int32
    var start: Int
    var end: Int
    var fill: RGB? = nil
    var value: CellValue? = nil
    /// Covered by a merge from the left (see `CellDetails.spanned`).
    var spanned = false
    /// The sheet's column when `column` has been compacted (see `compact`), else 0.
    var sheetColumn: Int32 = 0
  }

  /// A merged range, by its first and last row and column (1-based, inclusive).
  struct Merge: Equatable {
    var firstRow: Int
    var firstColumn: Int
    var lastRow: Int
    var lastColumn: Int
  }

  /// Most cells the table may hold, counting the blanks that pad each row up to its last
  /// value: 256 MB of cell records, or a 1,048,576-row sheet eight columns wide.
  static let maxTableCells = 8 * 1_048_576

  var text: [UInt8]
  var cells: [Cell] = []
  var merges: [Merge] = []

  /// The cells as a `CellTable` with one record per spreadsheet row from row 1 to the last row
  /// with a value, each record padded with blank cells so record `i` is row `i + 1` and cell
  /// `j` of a record is column `j + 1`. Positions are spreadsheet coordinates: `line` is the
  /// row number and `column` the column number (A = 1), not byte offsets. Every cell a merged
  /// range covers holds its anchor's text and details; fills and values are in `details`.
  /// A sparse, wide sheet (values far to the right with empty columns between) has its empty
  /// columns left out of the records, while positions keep the sheet's columns, so a value in
  /// column XFD does not pad every row with 16,383 blanks.
  func table(sheetName: String) throws(PackageError) -> CellTable {
    var placed = cells
    try fillMerges(&placed, sheetName: sheetName)
    let slots = Self.compact(&placed)
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
          Self.record(cell, at: table.cells.count - 1, in: &table)
          continue
        }
        while column < cell.column {
          let sheetColumn = slots.map { $0[Int(column) - 1] } ?? column
          table.cells.append(
            TableCell(start: 0, end: 0, line: line, column: sheetColumn, quoted: false))
          column += 1
        }
        let sheetColumn = cell.sheetColumn > 0 ? cell.sheetColumn : column
        table.cells.append(
          TableCell(
            start: cell.start, end: cell.end, line: line, column: sheetColumn, quoted: false))
        Self.record(cell, at: table.cells.count - 1, in: &table)
        column += 1
      }
    }
    table.placeNaming = .spreadsheet
    return table
  }

  /// Keeps a cell's fill and value in the table's details (and drops stale ones).
  private static func record(_ cell: Cell, at index: Int, in table: inout CellTable) {
    table.details[index] =
      cell.fill == nil && cell.value == nil && !cell.spanned
      ? nil : CellDetails(fill: cell.fill, value: cell.value, spanned: cell.spanned)
  }

  /// Adds, for every merged range whose anchor (top-left) cell has a value or fill, a copy of
  /// the anchor at each cell it covers, within the rows and columns that hold values (a merge
  /// over whole columns costs no more than the sheet). The copies come last, so they replace
  /// anything left in covered cells.
  private func fillMerges(_ placed: inout [Cell], sheetName: String) throws(PackageError) {
    guard !merges.isEmpty, !placed.isEmpty else { return }
    var lastRow: Int32 = 0
    var lastColumn: Int32 = 0
    for cell in placed {
      lastRow = max(lastRow, cell.row)
      lastColumn = max(lastColumn, cell.column)
    }
    var anchors: [Int64: Int] = [:]
    for merge in merges { anchors[Self.key(merge.firstRow, merge.firstColumn)] = -1 }
    for (index, cell) in placed.enumerated() {
      let key = Self.key(Int(cell.row), Int(cell.column))
      if anchors[key] != nil { anchors[key] = index }
    }
    var budget = Self.maxTableCells
    for merge in merges {
      guard let index = anchors[Self.key(merge.firstRow, merge.firstColumn)], index >= 0
      else { continue }
      let anchor = placed[index]
      let rows = merge.firstRow...max(merge.firstRow, min(merge.lastRow, Int(lastRow)))
      let columns =
        merge.firstColumn...max(merge.firstColumn, min(merge.lastColumn, Int(lastColumn)))
      budget -= rows.count * columns.count
      guard budget >= 0 else {
        throw .limitExceeded(
          "merges cells of sheet '\(sheetName)' over more than \(Self.maxTableCells) cells")
      }
      for row in rows {
        for column in columns where row != merge.firstRow || column != merge.firstColumn {
          var copy = anchor
          copy.row = Int32(row)
          copy.column = Int32(column)
          copy.spanned = column != merge.firstColumn
          placed.append(copy)
        }
      }
    }
  }

  /// When the sheet is wide and mostly empty columns (its last used column past 256 and over
  /// four times the number of columns used), renumbers the used columns 1, 2, 3… keeping each
  /// cell's own in `sheetColumn`; returns the sheet column of each new number, or nil when
  /// the columns stay as they are.
  private static func compact(_ placed: inout [Cell]) -> [Int32]? {
    var used: Set<Int32> = []
    var last: Int32 = 0
    for cell in placed {
      used.insert(cell.column)
      last = max(last, cell.column)
    }
    guard last > 256, Int(last) > used.count * 4 else { return nil }
    let slots = used.sorted()
    var number: [Int32: Int32] = [:]
    for (index, column) in slots.enumerated() { number[column] = Int32(index + 1) }
    for index in placed.indices {
      placed[index].sheetColumn = placed[index].column
      placed[index].column = number[placed[index].column] ?? placed[index].column
    }
    return slots
  }

  private static func key(_ row: Int, _ column: Int) -> Int64 {
    Int64(row) << 20 | Int64(column)
  }

  /// Cells the table will hold: each row's last column, summed (cells are in order).
  private static func paddedCellCount(_ cells: [Cell]) -> Int {
    var total = 0
    for (index, cell) in cells.enumerated()
    where index + 1 == cells.count || cells[index + 1].row != cell.row {
      total += Int(cell.column)
    }
    return total
  }

  private static func isOrdered(_ cells: [Cell]) -> Bool {
    var previous: (Int32, Int32) = (0, 0)
    for cell in cells {
      guard (cell.row, cell.column) > previous else { return false }
      previous = (cell.row, cell.column)
    }
    return true
  }
}
