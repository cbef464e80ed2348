import PlanModel

/// The format-neutral table every reader produces (CSV/TSV, XLSX, …): cells as byte ranges into
/// one text buffer, grouped into records (rows) of ragged length, plus sparse per-cell details.
///
/// Header detection, row reading and milestone parsing run over this model only. Readers fill
/// merged ranges themselves (a covered cell gets the anchor's text range and details), so the
/// rest of the pipeline never sees a merge. Nothing is decoded until asked for, so unmapped
/// columns of a large export cost no `String`s.
struct CellTable: Sendable {
  let bytes: [UInt8]
  var cells: [TableCell] = []
  /// Index into `cells` of each record's first cell.
  var recordStarts: [Int] = []
  /// What the reader knows about some cells beyond their text, by index into `cells`. Empty for
  /// CSV/TSV; only cells with a fill, a typed value or a stored place name have an entry.
  var details: [Int: CellDetails] = [:]
  /// How cells are named in messages and finding positions ("F6", "table 2, row 3, cell 4").
  var placeNaming: PlaceNaming = .none
  /// Records the reader knows are headings (a Word heading paragraph, a bold row of one cell):
  /// each sets the theme of the rows below it. Empty for spreadsheets and CSV.
  var headings: Set<Int> = []

  init(bytes: [UInt8]) { self.bytes = bytes }

  /// The details of the cell at `index` into `cells`, if the reader recorded any.
  func details(ofCell index: Int) -> CellDetails? {
    details.isEmpty ? nil : details[index]
  }

  /// The format's own name for the cell at `index` into `cells` ("F6"), or nil when the format
  /// has none beyond line and column (CSV).
  func placeName(ofCell index: Int) -> String? {
    switch placeNaming {
    case .none: return nil
    case .spreadsheet:
      guard index >= 0, index < cells.count else { return nil }
      let cell = cells[index]
      return SpreadsheetCell.name(column: Int(cell.column), row: Int(cell.line))
    case .stored: return details(ofCell: index)?.place
    }
  }

  var recordCount: Int { recordStarts.count }

  /// The cells of record `index` (0-based); empty when out of range.
  func cells(ofRecord index: Int) -> ArraySlice<TableCell> {
    guard index >= 0, index < recordStarts.count else { return [] }
    let end = index + 1 < recordStarts.count ? recordStarts[index + 1] : cells.count
    return cells[recordStarts[index]..<end]
  }

  /// The index into `cells` of the cell in `column` (0-based) of a record, or nil for a short
  /// (ragged) record: how to reach the details of a cell that is blank (a colour-only rating),
  /// which rows do not read as values.
  func index(record: Int, column: Int) -> Int? {
    guard record >= 0, record < recordStarts.count, column >= 0 else { return nil }
    let end = record + 1 < recordStarts.count ? recordStarts[record + 1] : cells.count
    let index = recordStarts[record] + column
    return index < end ? index : nil
  }

  /// The cell in `column` (0-based) of a record, or nil for a short (ragged) record.
  func cell(record: Int, column: Int) -> TableCell? {
    let row = cells(ofRecord: record)
    guard column >= 0, column < row.count else { return nil }
    return row[row.startIndex + column]
  }

  /// True when the cell holds nothing but whitespace (and, for quoted cells, quotes).
  func isBlank(_ cell: TableCell) -> Bool {
    let range = trimmedRange(cell)
    return range.lowerBound >= range.upperBound
  }

  /// The cell's text: quotes unescaped (`""` -> `"`, stray quotes of a malformed quoted cell
  /// dropped) and surrounding whitespace trimmed.
  func text(_ cell: TableCell) -> String {
    let range = trimmedRange(cell)
    guard range.lowerBound < range.upperBound else { return "" }
    return bytes.withUnsafeBufferPointer { buffer in
      let slice = UnsafeBufferPointer(rebasing: buffer[range])
      guard cell.quoted, slice.contains(CellTable.quote) else {
        return String(decoding: slice, as: UTF8.self)
      }
      return String(decoding: CellTable.unescaped(slice), as: UTF8.self)
    }
  }

  /// True when the cell's bytes are all ASCII and none is a letter (refs, dates, numbers).
  func isASCIIWithoutLetters(_ cell: TableCell) -> Bool {
    let lower = max(0, cell.start)
    let upper = min(bytes.count, cell.end)
    guard lower < upper else { return true }
    return bytes.withUnsafeBufferPointer { buffer in
      for index in lower..<upper {
        let byte = buffer[index]
        let folded = byte | 0x20
        if byte >= 0x80 || (folded >= 0x61 && folded <= 0x7A) { return false }
      }
      return true
    }
  }

  static let quote: UInt8 = 0x22

  private static func unescaped(_ slice: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(slice.count)
    var index = 0
    while index < slice.count {
      let byte = slice[index]
      index += 1
      guard byte == quote else {
        out.append(byte)
        continue
      }
      if index < slice.count, slice[index] == quote {
        out.append(quote)
        index += 1
      }
    }
    return out
  }

  /// The cell's range without leading/trailing ASCII whitespace, NBSP, or (for quoted cells)
  /// the closing quote and anything after it that is blank.
  private func trimmedRange(_ cell: TableCell) -> Range<Int> {
    var lower = max(0, cell.start)
    var upper = min(bytes.count, cell.end)
    while lower < upper, let width = CellTable.spaceWidth(bytes, at: lower) { lower += width }
    while lower < upper {
      let last = bytes[upper - 1]
      if CellTable.isSpace(last)
        || (cell.quoted && last == CellTable.quote && isClosing(upper - 1, cell))
      {
        upper -= 1
      } else if last == 0xA0, upper - 2 >= lower, bytes[upper - 2] == 0xC2 {
        upper -= 2
      } else {
        break
      }
    }
    return lower..<upper
  }

  /// A trailing quote is the closing one unless it is the second half of a `""` escape.
  private func isClosing(_ index: Int, _ cell: TableCell) -> Bool {
    var run = 0
    var probe = index
    while probe >= cell.start, bytes[probe] == CellTable.quote {
      run += 1
      probe -= 1
    }
    return run % 2 == 1
  }

  private static func isSpace(_ byte: UInt8) -> Bool { ASCIIText.isWhitespace(byte) }

  private static func spaceWidth(_ bytes: [UInt8], at index: Int) -> Int? {
    if isSpace(bytes[index]) { return 1 }
    if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
    return nil
  }
}
