import PlanModel

/// RFC 4180 tokenizer over bytes: cells become byte ranges with their line, column and record.
///
/// Accepts what spreadsheets really write: CRLF, LF or lone CR record ends, records of ragged
/// length, quoted fields with `""` escapes and embedded newlines, and text after a closing
/// quote (kept, without the quote). An unterminated quote is reported at the opening quote and
/// the quote is then read as a literal character, so the rest of the file is still read line
/// by line instead of vanishing into one giant cell; once that has happened, later quotes are
/// literal too, which keeps the tokenizer linear on hostile input.
struct CSVTokenizer {
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D

  let delimiter: UInt8
  let file: String
  /// Cells kept in memory at most (each costs ~20 bytes plus its text later): a file of tiny
  /// cells must stop with an error, not exhaust memory. 1 M actions of 20 columns fit.
  var maxCells = 40_000_000

  /// Cells the table will probably hold, from the delimiters and line ends in its first 256 KB
  /// (plus 5%): reserving them up front avoids regrowth copies without reserving a cell per
  /// 16 bytes, which is twice too many for typical plan exports.
  func estimatedCells(_ bytes: [UInt8]) -> Int {
    let sample = bytes.prefix(1 << 18)
    guard !sample.isEmpty else { return 0 }
    var separators = 1
    for byte in sample where byte == delimiter || byte == CSVTokenizer.lineFeed {
      separators += 1
    }
    let estimate = Double(separators) * Double(bytes.count) / Double(sample.count) * 1.05
    return Int(min(estimate, Double(bytes.count + 1)))
  }

  /// Tokenizes `bytes` (UTF-8) into a table, with diagnostics for malformed quoting.
  func tokenize(_ bytes: [UInt8]) -> (table: CellTable, diagnostics: [Diagnostic]) {
    var table = CellTable(bytes: bytes)
    table.cells.reserveCapacity(min(estimatedCells(bytes), maxCells))
    var diagnostics: [Diagnostic] = []
    bytes.withUnsafeBufferPointer { buffer in
      var state = ScanState()
      scan(buffer, into: &table, state: &state)
      if state.tooManyCells {
        diagnostics.append(
          Diagnostic(
            code: "csv-too-many-cells",
            message: "the table has more than \(maxCells) cells; only the first were read. "
              + "Split it into smaller tables, or remove empty columns",
            span: SourceSpan(file: file, line: Int(state.line), column: 1)))
      }
      if let open = state.unterminated {
        diagnostics.append(
          Diagnostic(
            code: "csv-unterminated-quote",
            message: "unterminated quoted field; the quote was read as text. Close the quote "
              + "with '\"' or double it ('\"\"') to write a literal quote",
            span: SourceSpan(file: file, position: open.position, row: open.record)))
      }
    }
    return (table, diagnostics)
  }

  /// Where the scanner is: the physical line, the offset its line starts at, and whether quoting
  /// has been switched off after an unterminated quote.
  private struct ScanState {
    var index = 0
    var line: Int32 = 1
    var lineStart = 0
    var unterminated: (position: SourcePosition, record: Int)?
    var tooManyCells = false
  }

  private func scan(
    _ buffer: UnsafeBufferPointer<UInt8>, into table: inout CellTable, state: inout ScanState
  ) {
    let count = buffer.count
    table.recordStarts.append(0)
    while true {
      let column = Int32(clamping: state.index - state.lineStart + 1)
      var cell = TableCell(
        start: state.index, end: state.index, line: state.line, column: column,
        quoted: false)
      if state.unterminated == nil, let quote = openingQuote(buffer, from: state.index) {
        let before = state.index
        state.index = quote
        cell.quoted = scanQuoted(buffer, state: &state, record: table.recordStarts.count)
        cell.start = cell.quoted ? quote + 1 : before
        if !cell.quoted { state.index = before }
      }
      scanUnquoted(buffer, state: &state)
      cell.end = state.index
      table.cells.append(cell)
      guard state.index < count else { return }
      if table.cells.count >= maxCells {
        state.tooManyCells = true
        return
      }
      if buffer[state.index] == delimiter {
        state.index += 1
        continue
      }
      consumeLineEnd(buffer, state: &state)
      guard state.index < count else { return }
      table.recordStarts.append(table.cells.count)
    }
  }

  /// The offset of a quote opening the cell at `index`, after spaces people type after commas
  /// (`a, "b, c"`); nil for an unquoted cell.
  private func openingQuote(_ buffer: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
    var probe = index
    while probe < buffer.count, buffer[probe] == 0x20, delimiter != 0x20 { probe += 1 }
    return probe < buffer.count && buffer[probe] == CellTable.quote ? probe : nil
  }

  /// Reads a quoted field from its opening quote up to and including the closing quote. On an
  /// unterminated quote, rewinds to the opening quote, records it and returns false.
  private func scanQuoted(
    _ buffer: UnsafeBufferPointer<UInt8>, state: inout ScanState, record: Int
  ) -> Bool {
    let saved = state
    let count = buffer.count
    state.index += 1
    while state.index < count {
      // Plain text runs to the next quote or line end.
      state.index = ASCIIText.firstIndex(
        of: CellTable.quote, Self.lineFeed, Self.carriageReturn, in: buffer, from: state.index)
      guard state.index < count else { break }
      let byte = buffer[state.index]
      if byte == CellTable.quote {
        if state.index + 1 < count, buffer[state.index + 1] == CellTable.quote {
          state.index += 2
          continue
        }
        state.index += 1
        return true
      }
      if byte == Self.lineFeed || byte == Self.carriageReturn {
        consumeLineEnd(buffer, state: &state)
      } else {
        state.index += 1
      }
    }
    let column = saved.index - saved.lineStart + 1
    state = saved
    state.unterminated = (SourcePosition(line: Int(saved.line), column: column), record)
    return false
  }

  /// Advances to the next delimiter or line end (the bytes after a closing quote, or a plain
  /// field).
  private func scanUnquoted(_ buffer: UnsafeBufferPointer<UInt8>, state: inout ScanState) {
    state.index = ASCIIText.firstIndex(
      of: delimiter, Self.lineFeed, Self.carriageReturn, in: buffer, from: state.index)
  }

  /// Consumes one LF, CR or CRLF at `state.index` and starts a new physical line.
  private func consumeLineEnd(_ buffer: UnsafeBufferPointer<UInt8>, state: inout ScanState) {
    let byte = buffer[state.index]
    state.index += 1
    if byte == Self.carriageReturn, state.index < buffer.count,
      buffer[state.index] == Self.lineFeed
    {
      state.index += 1
    }
    state.line += 1
    state.lineStart = state.index
  }
}
