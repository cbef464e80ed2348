/// Reads a worksheet part (`<sheetData>` of `xl/worksheets/sheetN.xml`) into cell values.
///
/// Each `<c>` with a value becomes a `PlacedGrid.Cell`, its text a range of `text`: shared strings
/// (`t="s"`) point into the shared-string pool, which `text` starts with; every other value is
/// appended after it. Formulas are read by their cached value; cells without one are absent
/// unless their style fills them with a colour (a colour-only RAG cell). `<mergeCell>` ranges
/// are collected; `grid` lays it all out (`PlacedGrid.table(sheetName:)` fills the merges).
struct SheetReader {

  /// How a `<c>`'s value is stored (its `t` attribute).
  enum ValueType {
    case number, sharedString, inlineString, formulaString, boolean, error, isoDate
  }

  let strings: SharedStrings
  let styles: CellStyles
  let date1904: Bool
  private(set) var text: [UInt8]
  private(set) var cells: [PlacedGrid.Cell] = []
  private(set) var merges: [PlacedGrid.Merge] = []
  /// Cells whose shared-string index points nowhere, with the first one's reference.
  private(set) var badReferences = 0
  private(set) var firstBad: CellReference?

  init(strings: SharedStrings, styles: CellStyles, date1904: Bool) {
    self.strings = strings
    self.styles = styles
    self.date1904 = date1904
    text = strings.pool
  }

  /// The cell being read.
  private struct Pending {
    var reference: CellReference
    var type: ValueType
    var style: Int
    var valueStart: Int
  }

  mutating func read(bytes: [UInt8], part: String) throws(PackageError) {
    var scanner = XMLScanner(bytes: bytes, part: part)
    var row = 0
    var lastColumn = 0
    var pending: Pending?
    var collecting = false
    var phoneticDepth = 0
    while let event = try scanner.next() {
      switch event {
      case .start(let tag):
        if scanner.equals(tag.name, "row") {
          row = scanner.attribute("r", of: tag).flatMap(scanner.integer) ?? (row + 1)
          guard row >= 1, row <= CellReference.maxRow else {
            throw scanner.malformed("row \(row) is outside a worksheet's 1,048,576 rows")
          }
          lastColumn = 0
        } else if scanner.equals(tag.name, "c") {
          let cell = try start(tag, scanner: scanner, row: max(row, 1), after: lastColumn)
          lastColumn = cell.reference.column
          row = max(row, cell.reference.row)
          pending = tag.selfClosing ? nil : cell
          if tag.selfClosing { placeEmpty(cell) }
        } else if scanner.equals(tag.name, "mergeCell") {
          if let merge = Self.merge(scanner, tag) { merges.append(merge) }
        } else if scanner.equals(tag.name, "v") || scanner.equals(tag.name, "t") {
          collecting = pending != nil && !tag.selfClosing && phoneticDepth == 0
        } else if scanner.equals(tag.name, "rPh"), !tag.selfClosing {
          phoneticDepth += 1
        }
      case .end(let name):
        if scanner.equals(name, "v") || scanner.equals(name, "t") {
          collecting = false
        } else if scanner.equals(name, "rPh") {
          phoneticDepth = max(0, phoneticDepth - 1)
        } else if scanner.equals(name, "c"), let cell = pending {
          finish(cell)
          pending = nil
          collecting = false
        }
      case .text(let range) where collecting:
        scanner.appendText(range, to: &text)
      case .cdata(let range) where collecting:
        text.append(contentsOf: scanner.bytes[range])
      default:
        continue
      }
    }
  }

  private func start(_ tag: XMLTag, scanner: XMLScanner, row: Int, after lastColumn: Int)
    throws(PackageError) -> Pending
  {
    var reference = CellReference(column: lastColumn + 1, row: row)
    if let range = scanner.attribute("r", of: tag) {
      guard let parsed = CellReference(scanner.bytes, range) else {
        throw scanner.malformed(
          "cell reference '\(scanner.string(range).prefix(20))' is not within a worksheet")
      }
      reference = parsed
    }
    guard reference.column <= CellReference.maxColumn else {
      throw scanner.malformed("a row has more than \(CellReference.maxColumn) columns")
    }
    let type = scanner.attribute("t", of: tag).map { Self.valueType(scanner, $0) } ?? .number
    let style = scanner.attribute("s", of: tag).flatMap(scanner.integer) ?? 0
    return Pending(reference: reference, type: type, style: style, valueStart: text.count)
  }

  /// Turns the raw value collected since `valueStart` into the cell's text.
  private mutating func finish(_ cell: Pending) {
    let start = cell.valueStart
    var range = start..<text.count
    var replacement: [UInt8]?
    var number = Double.nan
    switch cell.type {
    case .sharedString:
      let index = Self.integer(text, range)
      text.removeSubrange(start...)
      guard let index, let shared = strings.range(index) else {
        badReferences += 1
        firstBad = firstBad ?? cell.reference
        return
      }
      range = shared
    case .boolean, .number, .isoDate:
      // Copied, not sliced: a slice would keep `text` shared and make the edit below copy it.
      let raw = Array(text[start...])
      replacement = value(raw[...], type: cell.type, style: cell.style)
      if cell.type == .number { number = Self.double(raw) }
    case .inlineString, .formulaString:
      OOXMLEscapes.unescape(&text, from: start)
      range = start..<text.count
    case .error: break
    }
    if let replacement {
      text.replaceSubrange(start..., with: replacement)
      range = start..<text.count
    }
    let fill = styles.fill(style: cell.style)
    guard !range.isEmpty || fill != nil else { return }
    cells.append(
      PlacedGrid.Cell(
        row: Int32(cell.reference.row), column: Int32(cell.reference.column),
        start: range.lowerBound, end: range.upperBound, fill: fill,
        value: number.isNaN
          ? nil : .number(number, isDateFormatted: styles.isDate(style: cell.style))))
  }

  /// The cells, text and merges read, for laying out as a table.
  var grid: PlacedGrid { PlacedGrid(text: text, cells: cells, merges: merges) }

  /// `A2:A4` (or a single `B3`) as a merge; nil when it does not parse.
  private static func merge(_ scanner: XMLScanner, _ tag: XMLTag) -> PlacedGrid.Merge? {
    guard let range = scanner.attribute("ref", of: tag) else { return nil }
    let colon = scanner.find(UInt8(ascii: ":"), from: range.lowerBound).flatMap {
      $0 < range.upperBound ? $0 : nil
    }
    let firstRange = range.lowerBound..<(colon ?? range.upperBound)
    guard let first = CellReference(scanner.bytes, firstRange) else { return nil }
    let last = colon.flatMap { CellReference(scanner.bytes, ($0 + 1)..<range.upperBound) } ?? first
    return PlacedGrid.Merge(
      firstRow: min(first.row, last.row), firstColumn: min(first.column, last.column),
      lastRow: max(first.row, last.row), lastColumn: max(first.column, last.column))
  }

  /// The number a numeric cell stores (`45382`, `1.5E-3`), or NaN.
  private static func double(_ raw: [UInt8]) -> Double {
    guard raw.count <= 64 else { return .nan }
    let text = String(decoding: raw.filter { !XMLScanner.isSpace($0) }, as: UTF8.self)
    return Double(text).flatMap { $0.isFinite ? $0 : nil } ?? .nan
  }

  /// A cell without a value (`<c r="F6" s="3"/>`) is kept only when its style fills it.
  private mutating func placeEmpty(_ cell: Pending) {
    guard let fill = styles.fill(style: cell.style) else { return }
    cells.append(
      PlacedGrid.Cell(
        row: Int32(cell.reference.row), column: Int32(cell.reference.column), start: text.count,
        end: text.count, fill: fill))
  }

  /// The display text of a number, boolean or ISO-date cell, or nil to keep it as written.
  private func value(_ raw: ArraySlice<UInt8>, type: ValueType, style: Int) -> [UInt8]? {
    switch type {
    case .boolean: return CellValues.boolean(raw)
    case .number:
      return styles.isDate(style: style)
        ? CellValues.date(raw, date1904: date1904) ?? CellValues.number(raw)
        : CellValues.number(raw)
    case .isoDate:
      // `2024-03-31T00:00:00`: the date part is what a plan needs.
      return raw.firstIndex(of: UInt8(ascii: "T")).map { Array(raw[..<$0]) }
    default: return nil
    }
  }

  private static func valueType(_ scanner: XMLScanner, _ range: Range<Int>) -> ValueType {
    if scanner.equals(range, "s") { return .sharedString }
    if scanner.equals(range, "inlineStr") { return .inlineString }
    if scanner.equals(range, "str") { return .formulaString }
    if scanner.equals(range, "b") { return .boolean }
    if scanner.equals(range, "e") { return .error }
    if scanner.equals(range, "d") { return .isoDate }
    return .number
  }

  private static func integer(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
    var value = 0
    var digits = 0
    for byte in bytes[range] where !XMLScanner.isSpace(byte) {
      guard byte >= 0x30, byte <= 0x39, digits < 18 else { return nil }
      value = value * 10 + Int(byte - 0x30)
      digits += 1
    }
    return digits > 0 ? value : nil
  }
}
