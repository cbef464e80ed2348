import PlanModel

/// One cell of a tokenized table: a byte range into the table's buffer plus where it starts.
///
/// `column` is a 1-based byte column (UTF-8 bytes from the start of the physical line), the
/// same unit compilers and the JSON reader report. For a quoted cell the position is that of
/// the opening quote and the range starts after it.
///
/// Offsets are stored in 32 bits and the quote flag in the column's top bit (16 bytes a cell
/// instead of 32: a million-row export has millions of cells); `CSVTableReader` refuses tables
/// of 4 GiB or more.
struct CSVCell: Sendable {
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
    get { Int32(truncatingIfNeeded: columnAndQuote & CSVCell.columnMask) }
    set {
      let clamped = UInt32(clamping: max(newValue, 0)) & CSVCell.columnMask
      columnAndQuote = (columnAndQuote & ~CSVCell.columnMask) | clamped
    }
  }

  var quoted: Bool {
    get { columnAndQuote & ~CSVCell.columnMask != 0 }
    set {
      columnAndQuote =
        newValue ? columnAndQuote | ~CSVCell.columnMask : columnAndQuote & CSVCell.columnMask
    }
  }

  private static let columnMask: UInt32 = 0x7FFF_FFFF

  /// The largest table whose offsets fit.
  static let maxTableBytes = Int(UInt32.max) - 1

  var position: SourcePosition { SourcePosition(line: Int(line), column: Int(column)) }
}

/// A tokenized CSV/TSV file: cells as byte ranges, grouped into records of ragged length.
///
/// Nothing is decoded until asked for, so unmapped columns of a large export cost no `String`s.
struct CSVTable: Sendable {
  let bytes: [UInt8]
  var cells: [CSVCell] = []
  /// Index into `cells` of each record's first cell.
  var recordStarts: [Int] = []

  init(bytes: [UInt8]) { self.bytes = bytes }

  var recordCount: Int { recordStarts.count }

  /// The cells of record `index` (0-based); empty when out of range.
  func cells(ofRecord index: Int) -> ArraySlice<CSVCell> {
    guard index >= 0, index < recordStarts.count else { return [] }
    let end = index + 1 < recordStarts.count ? recordStarts[index + 1] : cells.count
    return cells[recordStarts[index]..<end]
  }

  /// The cell in `column` (0-based) of a record, or nil for a short (ragged) record.
  func cell(record: Int, column: Int) -> CSVCell? {
    let row = cells(ofRecord: record)
    guard column >= 0, column < row.count else { return nil }
    return row[row.startIndex + column]
  }

  /// True when the cell holds nothing but whitespace (and, for quoted cells, quotes).
  func isBlank(_ cell: CSVCell) -> Bool {
    let range = trimmedRange(cell)
    return range.lowerBound >= range.upperBound
  }

  /// The cell's text: quotes unescaped (`""` -> `"`, stray quotes of a malformed quoted cell
  /// dropped) and surrounding whitespace trimmed.
  func text(_ cell: CSVCell) -> String {
    let range = trimmedRange(cell)
    guard range.lowerBound < range.upperBound else { return "" }
    return bytes.withUnsafeBufferPointer { buffer in
      let slice = UnsafeBufferPointer(rebasing: buffer[range])
      guard cell.quoted, slice.contains(CSVTable.quote) else {
        return String(decoding: slice, as: UTF8.self)
      }
      return String(decoding: CSVTable.unescaped(slice), as: UTF8.self)
    }
  }

  /// True when the cell's bytes are all ASCII and none is a letter (refs, dates, numbers).
  func isASCIIWithoutLetters(_ cell: CSVCell) -> Bool {
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
  private func trimmedRange(_ cell: CSVCell) -> Range<Int> {
    var lower = max(0, cell.start)
    var upper = min(bytes.count, cell.end)
    while lower < upper, let width = CSVTable.spaceWidth(bytes, at: lower) { lower += width }
    while lower < upper {
      let last = bytes[upper - 1]
      if CSVTable.isSpace(last)
        || (cell.quoted && last == CSVTable.quote && isClosing(upper - 1, cell))
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
  private func isClosing(_ index: Int, _ cell: CSVCell) -> Bool {
    var run = 0
    var probe = index
    while probe >= cell.start, bytes[probe] == CSVTable.quote {
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
