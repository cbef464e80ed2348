/// Reads `word/document.xml` into a `WordDocument` in one pass over the scanner's events.
///
/// Only top-level tables become tables; a table nested in a cell adds its text to that cell
/// (paragraph by paragraph), so its rows never pose as the plan's. Text is taken from `w:t`
/// (and `w:br`, `w:cr`, `w:tab` inside runs) and never from deleted runs, field codes,
/// drawings, or the fallback copies of alternate content. Nesting deeper than `maxDepth`
/// tables and spans wider than `maxSpan` columns are refused or clamped, so no document costs
/// more than its size.
struct WordDocumentParser {
  static let maxDepth = 32
  static let maxSpan = 512

  private var document = WordDocument()
  private var paragraphs = 0
  private var tableCount = 0
  private var tableDepth = 0
  private var table: WordDocument.Table?
  private var row: WordDocument.Row?
  private var cell: WordDocument.Cell?
  private var inCellProperties = false
  private var inRowProperties = false
  private var inParagraphProperties = false
  private var inRun = false
  private var runBold = false
  private var collecting = false
  private var skipDepth = 0
  /// The body paragraph being read: where its text starts, its number, whether it is a
  /// heading by style, and whether every run with text is bold.
  private var body: (start: Int, number: Int, styled: Bool, bold: Bool, hasText: Bool)?
  /// Whether the cell's next text starts a new paragraph (so a line break goes first).
  private var paragraphBreak = false

  static func parse(_ bytes: [UInt8], part: String) throws(PackageError) -> WordDocument {
    var parser = WordDocumentParser()
    var scanner = XMLScanner(bytes: bytes, part: part)
    while let event = try scanner.next() {
      try parser.take(event, scanner)
    }
    return parser.document
  }

  private mutating func take(_ event: XMLEvent, _ scanner: XMLScanner) throws(PackageError) {
    switch event {
    case .start(let tag):
      if Self.skipped.contains(where: { scanner.equals(tag.name, $0) }) {
        if !tag.selfClosing { skipDepth += 1 }
      } else if skipDepth == 0 {
        try start(tag, scanner)
      }
    case .end(let name):
      if Self.skipped.contains(where: { scanner.equals(name, $0) }) {
        skipDepth = max(0, skipDepth - 1)
      } else if skipDepth == 0 {
        end(name, scanner)
      }
    case .text(let range) where collecting && skipDepth == 0:
      var piece: [UInt8] = []
      scanner.appendText(range, to: &piece)
      append(piece)
    case .cdata(let range) where collecting && skipDepth == 0:
      append(Array(scanner.bytes[range]))
    default:
      break
    }
  }

  /// Elements whose content is never plan text.
  private static let skipped: [StaticString] = [
    "del", "moveFrom", "instrText", "delText", "drawing", "pict", "object", "Fallback",
    "footnoteReference", "endnoteReference",
  ]

  private mutating func start(_ tag: XMLTag, _ scanner: XMLScanner) throws(PackageError) {
    let name = tag.name
    if scanner.equals(name, "tbl") {
      guard !tag.selfClosing else { return }
      tableDepth += 1
      guard tableDepth <= Self.maxDepth else {
        throw .limitExceeded("nests tables more than \(Self.maxDepth) deep")
      }
      if tableDepth == 1 {
        tableCount += 1
        table = WordDocument.Table(number: tableCount)
        endBody()
      }
    } else if tableDepth == 1, scanner.equals(name, "tr") {
      row = WordDocument.Row()
      if tag.selfClosing { endRow() }
    } else if tableDepth == 1, scanner.equals(name, "trPr") {
      inRowProperties = !tag.selfClosing
    } else if inRowProperties, scanner.equals(name, "gridBefore") {
      row?.gridBefore = min(Self.maxSpan, Self.value(tag, scanner).flatMap { Int($0) } ?? 0)
    } else if tableDepth == 1, scanner.equals(name, "tc") {
      cell = WordDocument.Cell(start: document.text.count, end: document.text.count, paragraph: 0)
      paragraphBreak = false
      if tag.selfClosing { endCell() }
    } else if tableDepth == 1, scanner.equals(name, "tcPr") {
      inCellProperties = !tag.selfClosing
    } else if inCellProperties {
      cellProperty(tag, scanner)
    } else if scanner.equals(name, "p") {
      startParagraph(tag)
    } else if scanner.equals(name, "pPr") {
      inParagraphProperties = !tag.selfClosing
    } else if inParagraphProperties {
      paragraphProperty(tag, scanner)
    } else if scanner.equals(name, "r") {
      inRun = !tag.selfClosing
      runBold = false
    } else if inRun, scanner.equals(name, "b") {
      let value = Self.value(tag, scanner)
      runBold = value == nil || !["0", "false", "off"].contains(value ?? "")
    } else if inRun, scanner.equals(name, "t") {
      collecting = !tag.selfClosing
    } else if inRun, scanner.equals(name, "br") || scanner.equals(name, "cr") {
      append([0x0A], counts: false)
    } else if inRun, scanner.equals(name, "tab") {
      append([0x20], counts: false)
    } else if inRun, scanner.equals(name, "noBreakHyphen") {
      append([UInt8(ascii: "-")])
    }
  }

  private mutating func end(_ name: Range<Int>, _ scanner: XMLScanner) {
    if scanner.equals(name, "tbl") {
      if tableDepth == 1, let finished = table {
        document.blocks.append(.table(finished))
        table = nil
      }
      tableDepth = max(0, tableDepth - 1)
    } else if tableDepth == 1, scanner.equals(name, "tr") {
      endRow()
    } else if scanner.equals(name, "trPr") {
      inRowProperties = false
    } else if tableDepth == 1, scanner.equals(name, "tc") {
      endCell()
    } else if scanner.equals(name, "tcPr") {
      inCellProperties = false
    } else if scanner.equals(name, "pPr") {
      inParagraphProperties = false
    } else if scanner.equals(name, "p") {
      if tableDepth == 0 { endBody() }
    } else if scanner.equals(name, "r") {
      inRun = false
      collecting = false
    } else if scanner.equals(name, "t") {
      collecting = false
    }
  }

  private mutating func cellProperty(_ tag: XMLTag, _ scanner: XMLScanner) {
    if scanner.equals(tag.name, "gridSpan") {
      let span = Self.value(tag, scanner).flatMap { Int($0) } ?? 1
      cell?.span = max(1, min(Self.maxSpan, span))
    } else if scanner.equals(tag.name, "vMerge") {
      // `<w:vMerge/>` and `w:val="continue"` continue the merge above; `restart` starts one.
      cell?.continuesMerge = Self.value(tag, scanner) != "restart"
    } else if scanner.equals(tag.name, "shd"), let fill = Self.value(tag, scanner, "fill") {
      cell?.fill = fill == "auto" ? nil : RGB(hex: fill)
    }
  }

  private mutating func paragraphProperty(_ tag: XMLTag, _ scanner: XMLScanner) {
    guard tableDepth == 0, body != nil else { return }
    if scanner.equals(tag.name, "pStyle"), let style = Self.value(tag, scanner)?.lowercased() {
      if style.hasPrefix("heading") || style == "title" || style == "subtitle" {
        body?.styled = true
      }
    } else if scanner.equals(tag.name, "outlineLvl") {
      body?.styled = true
    }
  }

  private mutating func startParagraph(_ tag: XMLTag) {
    paragraphs += 1
    if cell != nil {
      if cell?.paragraph == 0 { cell?.paragraph = paragraphs }
      paragraphBreak = cell?.hasText == true
    } else if tableDepth == 0 {
      endBody()
      body = (document.text.count, paragraphs, false, true, false)
      if tag.selfClosing { endBody() }
    }
  }

  /// Appends text to the open cell or body paragraph; `counts` is false for breaks and tabs,
  /// which make no text of their own and say nothing about boldness.
  private mutating func append(_ piece: [UInt8], counts: Bool = true) {
    let visible = counts && piece.contains { !XMLScanner.isSpace($0) }
    if cell != nil {
      if visible {
        if paragraphBreak { document.text.append(0x0A) }
        paragraphBreak = false
        cell?.hasText = true
        if !runBold { cell?.bold = false }
      }
      guard cell?.hasText == true else { return }
      document.text += piece
    } else if tableDepth == 0, body != nil {
      if visible {
        body?.hasText = true
        if !runBold { body?.bold = false }
      }
      document.text += piece
    }
  }

  private mutating func endCell() {
    guard var finished = cell else { return }
    finished.end = document.text.count
    if finished.paragraph == 0 { finished.paragraph = paragraphs }
    row?.cells.append(finished)
    cell = nil
    inCellProperties = false
  }

  private mutating func endRow() {
    if cell != nil { endCell() }
    if let finished = row { table?.rows.append(finished) }
    row = nil
    inRowProperties = false
  }

  /// Ends the open body paragraph: a heading is kept as a block, other text is dropped (a
  /// `.text` block marks it), an empty paragraph leaves nothing.
  private mutating func endBody() {
    guard let paragraph = body else { return }
    body = nil
    let length = document.text.count - paragraph.start
    let heading =
      paragraph.hasText
      && (paragraph.styled || (paragraph.bold && length <= HeaderDetector.maxHeaderBytes))
    if heading {
      document.blocks.append(
        .heading(start: paragraph.start, end: document.text.count, paragraph: paragraph.number))
    } else {
      document.text.removeSubrange(paragraph.start...)
      if paragraph.hasText { document.blocks.append(.text) }
    }
  }

  /// The `w:val` (or another) attribute's value.
  private static func value(_ tag: XMLTag, _ scanner: XMLScanner, _ name: StaticString = "val")
    -> String?
  {
    scanner.string(name, of: tag)
  }
}
