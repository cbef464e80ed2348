/// Lays a Word document's tables and headings out as one `CellTable`: a record per table row
/// (and per heading), merged cells filled.
///
/// A cell spanning grid columns (`w:gridSpan`) fills each of them with its text and shading,
/// and a cell continuing a vertical merge (`w:vMerge`) takes the text and shading of the cell
/// above it, as XLSX merged ranges do. A row whose only text is one bold cell, and a heading
/// paragraph, are heading records (`CellTable.headings`): they set the theme of the rows below.
/// Positions: `line` is the number of the cell's first paragraph in the document, `column` its
/// grid column; every cell's place name says table, row, cell and paragraph.
struct WordTableBuilder {
  private(set) var table: CellTable

  init(text: [UInt8]) {
    table = CellTable(bytes: text)
    table.placeNaming = .stored
  }

  /// Adds a heading paragraph as a one-cell heading record.
  mutating func appendHeading(start: Int, end: Int, paragraph: Int) throws(PackageError) {
    table.headings.insert(table.recordCount)
    table.recordStarts.append(table.cells.count)
    try add(
      TableCell(start: start, end: end, line: Int32(clamping: paragraph), column: 1, quoted: false),
      CellDetails(place: "paragraph \(paragraph)"))
  }

  /// Adds every row of a table.
  mutating func append(_ source: WordDocument.Table) throws(PackageError) {
    var above: [Int: Int] = [:]
    for (rowIndex, row) in source.rows.enumerated() {
      let heading = Self.isHeading(row)
      if heading { table.headings.insert(table.recordCount) }
      table.recordStarts.append(table.cells.count)
      var current: [Int: Int] = [:]
      var column = 1
      let line = Int32(clamping: row.cells.first?.paragraph ?? 0)
      while column <= row.gridBefore {
        try add(TableCell(start: 0, end: 0, line: line, column: Int32(column), quoted: false), nil)
        column += 1
      }
      for (cellIndex, cell) in row.cells.enumerated() {
        var start = cell.start
        var end = cell.end
        var fill = cell.fill
        if cell.continuesMerge, let anchor = above[column] {
          start = table.cells[anchor].start
          end = table.cells[anchor].end
          fill = fill ?? table.details(ofCell: anchor)?.fill
        }
        let place =
          "table \(source.number), row \(rowIndex + 1), cell \(cellIndex + 1), "
          + "paragraph \(cell.paragraph)"
        for offset in 0..<cell.span {
          // A heading's text stays in its first column, so the row reads as one value.
          let copy = !heading || offset == 0
          current[column] = table.cells.count
          try add(
            TableCell(
              start: copy ? start : 0, end: copy ? end : 0, line: Int32(clamping: cell.paragraph),
              column: Int32(clamping: column), quoted: false),
            CellDetails(fill: fill, place: place, spanned: offset > 0))
          column += 1
        }
      }
      above = current
    }
  }

  /// One cell with text, all of it bold, and no cell continuing a merge from above.
  private static func isHeading(_ row: WordDocument.Row) -> Bool {
    let texted = row.cells.filter(\.hasText)
    return texted.count == 1 && texted[0].bold && row.cells.count >= 1
      && !row.cells.contains(where: \.continuesMerge)
  }

  private mutating func add(_ cell: TableCell, _ details: CellDetails?) throws(PackageError) {
    guard table.cells.count < PlacedGrid.maxTableCells else {
      throw .limitExceeded(
        "lays its tables out over more than \(PlacedGrid.maxTableCells) cells")
    }
    if let details { table.details[table.cells.count] = details }
    table.cells.append(cell)
  }
}
