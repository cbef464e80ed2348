import PlanModel

/// Reads the sheets of an OpenDocument spreadsheet's `content.xml` into placed grids.
///
/// Repeats are bounded: an empty cell or row repeated (`table:number-columns-repeated`,
/// `number-rows-repeated`) only moves the position, so a billion repeated empty columns cost
/// nothing. So does formatting repeated over a range (a coloured column: fill-only cells
/// repeated over many columns, or rows with no text repeated): only a few fill-only cells
/// side by side, on rows of their own, can be colour-only ratings. A repeated value is laid
/// out at most `maxRepeats` times, and all repeats together add at most `maxRepeatedCells`
/// cells, so a small file cannot become a huge table. Spanned cells become merges, so covered cells
/// (`table:covered-table-cell`) take their anchor's text; typed values come from
/// `office:value` and `office:date-value` (a date cell's text is its ISO date, as for XLSX).
struct ODSContentParser {
  struct Sheet {
    var name: String
    var hidden: Bool
    var grid: PlacedGrid
  }

  static let maxColumn = 16_384
  static let maxRow = 1_048_576
  /// Spaces one `text:s` may stand for.
  static let maxSpaces = 64
  /// Copies laid out of one repeated cell or row with text.
  static let maxRepeats = 64
  /// Fill-only cells repeated over more columns than this are formatting, not ratings.
  static let maxFillRepeats = 16
  /// Cells repeats may add to a spreadsheet, beyond the ones written out.
  static let maxRepeatedCells = 65_536

  private(set) var sheets: [Sheet] = []
  private let styles: ODSStyles
  private var text: [UInt8] = []
  private var sheet: Sheet?
  private var row = 0
  private var rowRepeat = 1
  private var rowCells: [PlacedGrid.Cell] = []
  private var rowMerges: [PlacedGrid.Merge] = []
  private var column = 0
  private var cell: Pending?
  private var inParagraph = false
  private var skipDepth = 0
  private var budget = PlacedGrid.maxTableCells
  private var repeatBudget = ODSContentParser.maxRepeatedCells
  /// Tables inside the sheet being read (in a frame or a cell), whose end is not the sheet's.
  private var nestedTables = 0

  /// The cell being read: where its text starts, how often it repeats, its type and value.
  private struct Pending {
    var start: Int
    var repeats: Int
    var covered: Bool
    var fill: RGB?
    var value: CellValue?
    var isoDate: [UInt8]?
    var spans: (columns: Int, rows: Int)
    var paragraphs = 0
  }

  init(styles: ODSStyles) { self.styles = styles }

  static func parse(_ bytes: [UInt8], part: String, styles: ODSStyles) throws(PackageError)
    -> [Sheet]
  {
    var parser = ODSContentParser(styles: styles)
    var scanner = XMLScanner(bytes: bytes, part: part)
    while let event = try scanner.next() { try parser.take(event, scanner) }
    return parser.sheets
  }

  private mutating func take(_ event: XMLEvent, _ scanner: XMLScanner) throws(PackageError) {
    switch event {
    case .start(let tag):
      if scanner.equals(tag.name, "annotation") {
        if !tag.selfClosing { skipDepth += 1 }
      } else if skipDepth == 0 {
        try start(tag, scanner)
      }
    case .end(let name):
      if scanner.equals(name, "annotation") {
        skipDepth = max(0, skipDepth - 1)
      } else if skipDepth == 0 {
        try end(name, scanner)
      }
    case .text(let range) where inParagraph && skipDepth == 0 && cell != nil:
      scanner.appendText(range, to: &text)
    case .cdata(let range) where inParagraph && skipDepth == 0 && cell != nil:
      text.append(contentsOf: scanner.bytes[range])
    default:
      break
    }
  }

  private mutating func start(_ tag: XMLTag, _ scanner: XMLScanner) throws(PackageError) {
    let name = tag.name
    if scanner.equals(name, "table"), sheet != nil {
      if !tag.selfClosing { nestedTables += 1 }
    } else if scanner.equals(name, "table") {
      let style = scanner.string("style-name", of: tag)
      sheet = Sheet(
        name: scanner.string("name", of: tag) ?? "Sheet\(sheets.count + 1)",
        hidden: style.map { styles.hiddenTables.contains($0) } ?? false,
        grid: PlacedGrid(text: []))
      row = 0
      if tag.selfClosing { endSheet() }
    } else if sheet != nil, scanner.equals(name, "table-row") {
      rowRepeat = max(1, Self.count("number-rows-repeated", tag, scanner))
      column = 0
      rowCells = []
      rowMerges = []
      if tag.selfClosing { try endRow() }
    } else if sheet != nil,
      scanner.equals(name, "table-cell") || scanner.equals(name, "covered-table-cell")
    {
      startCell(tag, scanner, covered: scanner.equals(name, "covered-table-cell"))
      if tag.selfClosing { try endCell() }
    } else if cell != nil, scanner.equals(name, "p") || scanner.equals(name, "h") {
      if (cell?.paragraphs ?? 0) > 0, text.count > (cell?.start ?? 0) { text.append(0x0A) }
      cell?.paragraphs += 1
      inParagraph = !tag.selfClosing
    } else if inParagraph, scanner.equals(name, "line-break") {
      text.append(0x0A)
    } else if inParagraph, scanner.equals(name, "s") {
      let spaces = min(Self.maxSpaces, max(1, Self.count("c", tag, scanner)))
      text += [UInt8](repeating: 0x20, count: spaces)
    } else if inParagraph, scanner.equals(name, "tab") {
      text.append(0x20)
    }
  }

  private mutating func end(_ name: Range<Int>, _ scanner: XMLScanner) throws(PackageError) {
    if scanner.equals(name, "p") || scanner.equals(name, "h") {
      inParagraph = false
    } else if scanner.equals(name, "table-cell") || scanner.equals(name, "covered-table-cell") {
      try endCell()
    } else if scanner.equals(name, "table-row") {
      try endRow()
    } else if scanner.equals(name, "table") {
      if nestedTables > 0 { nestedTables -= 1 } else { endSheet() }
    }
  }

  private mutating func startCell(_ tag: XMLTag, _ scanner: XMLScanner, covered: Bool) {
    var pending = Pending(
      start: text.count, repeats: max(1, Self.count("number-columns-repeated", tag, scanner)),
      covered: covered, fill: styles.fill(style: scanner.string("style-name", of: tag)),
      spans: (
        max(1, Self.count("number-columns-spanned", tag, scanner)),
        max(1, Self.count("number-rows-spanned", tag, scanner))
      ))
    switch scanner.string("value-type", of: tag) {
    case "date":
      if let raw = scanner.string("date-value", of: tag) {
        let date = raw.split(separator: "T").first.map(String.init) ?? raw
        if let day = Day(iso: date) {
          pending.value = .date(day)
          pending.isoDate = Array(day.iso.utf8)
        }
      }
    case "float", "percentage", "currency":
      if let raw = scanner.string("value", of: tag), let number = Double(raw), number.isFinite {
        pending.value = .number(number, isDateFormatted: false)
      }
    default:
      break
    }
    cell = pending
  }

  private mutating func endCell() throws(PackageError) {
    guard let pending = cell else { return }
    cell = nil
    inParagraph = false
    let first = column + 1
    column = min(Self.maxColumn + 1, column + pending.repeats)
    if pending.covered {
      // A covered cell's own content is hidden by its merge; the anchor fills it.
      text.removeSubrange(pending.start...)
      return
    }
    if let iso = pending.isoDate {
      text.replaceSubrange(pending.start..., with: iso)
    }
    let empty = text.count == pending.start
    guard !empty || (pending.fill != nil && pending.repeats <= Self.maxFillRepeats),
      first <= Self.maxColumn
    else {
      text.removeSubrange(pending.start...)
      return
    }
    let copies = min(pending.repeats, Self.maxRepeats, repeatBudget + 1)
    repeatBudget -= copies - 1
    let last = min(Self.maxColumn, first + copies - 1)
    for position in first...last {
      rowCells.append(
        PlacedGrid.Cell(
          row: 0, column: Int32(position), start: pending.start, end: text.count,
          fill: pending.fill, value: pending.value))
    }
    if pending.spans.columns > 1 || pending.spans.rows > 1 {
      rowMerges.append(
        PlacedGrid.Merge(
          firstRow: 0, firstColumn: first, lastRow: pending.spans.rows - 1,
          lastColumn: min(Self.maxColumn, first + pending.spans.columns - 1)))
    }
  }

  /// Places the row's cells on each row it repeats over (none when it is empty).
  private mutating func endRow() throws(PackageError) {
    if cell != nil { try endCell() }
    let first = row + 1
    row = min(Self.maxRow + 1, row + rowRepeat)
    // A row with no text repeated is formatting over a range; a repeated row with text is laid
    // out at most `maxRepeats` times.
    let hasText = rowCells.contains { $0.end > $0.start }
    guard !rowCells.isEmpty, hasText || rowRepeat == 1, first <= Self.maxRow, sheet != nil
    else {
      rowCells = []
      rowMerges = []
      return
    }
    let copies = min(rowRepeat, Self.maxRepeats, repeatBudget / rowCells.count + 1)
    repeatBudget -= (copies - 1) * rowCells.count
    let last = min(Self.maxRow, first + copies - 1)
    budget -= (last - first + 1) * rowCells.count
    guard budget >= 0 else {
      throw .limitExceeded(
        "repeats its cells over more than \(PlacedGrid.maxTableCells) cells")
    }
    for number in first...last {
      for var placed in rowCells {
        placed.row = Int32(number)
        sheet?.grid.cells.append(placed)
      }
    }
    for var merge in rowMerges {
      merge.lastRow = min(Self.maxRow, first + merge.lastRow)
      merge.firstRow = first
      sheet?.grid.merges.append(merge)
    }
    rowCells = []
    rowMerges = []
  }

  private mutating func endSheet() {
    guard var finished = sheet else { return }
    finished.grid.text = text
    sheets.append(finished)
    sheet = nil
    text = []
  }

  /// A count attribute (`table:number-columns-repeated="3"`), or 0 when absent or bad.
  private static func count(_ name: StaticString, _ tag: XMLTag, _ scanner: XMLScanner) -> Int {
    scanner.attribute(name, of: tag).flatMap(scanner.integer) ?? 0
  }
}
