import PlanModel

/// Turns the records under the header into actions, milestones and section themes.
///
/// Per record, in order: blank rows and repeated headers are skipped; a section-title row sets
/// the theme of the rows below (and resets the objective fill-down, since merged cells do not
/// span sections); a row with values only under grouping columns (objective, theme) is a
/// merged-cell continuation and only updates the fill-down; a row with a single value outside
/// the ref and action columns, or values only in unmapped columns, is a fragment and skipped
/// with a warning; anything else is an action.
struct TableRowReader {
  /// A cell's text, where it starts, and which cell of the table it is (for its details:
  /// `table.details(ofCell: cell)` gives its fill and typed value); `cell` is -1 for values
  /// that come from no cell (a section's theme).
  struct Located {
    var text: String
    var position: SourcePosition
    var cell: Int = -1
  }

  /// The decoded, non-blank cells of one record.
  struct Row {
    var record: Int
    var line: Int
    var values: [Located?]
    var extras: [ExtraField] = []
    var nonBlank = 0
    var single: (column: Int, value: Located)?

    subscript(field: ActionField) -> Located? {
      get { values[field.rawValue] }
      set { values[field.rawValue] = newValue }
    }
  }

  static let groupingFields: [ActionField] = [.objective, .theme]

  let table: CellTable
  let mapping: ColumnMapping
  let detector: HeaderDetector
  let options: TableOptions
  let file: String
  let parser: PlanDateParser
  let sections: SectionRows
  var sectionPrefixes: Set<String> = []
  var result = TableResult()
  var fillDown: [ActionField: Located] = [:]
  var currentTheme: Located?
  var caches = CellCaches()
  /// The value slots of the previous row, reused so a row allocates no array of its own.
  var spareValues: [Located?] = []

  init(table: CellTable, mapping: ColumnMapping, detector: HeaderDetector, options: TableOptions) {
    self.table = table
    self.mapping = mapping
    self.detector = detector
    self.options = options
    self.file = detector.file
    parser = PlanDateParser(order: options.dateOrder)
    sections = SectionRows(declared: options.themes)
    sectionPrefixes = collectSectionPrefixes()
    result.actions.reserveCapacity(max(0, table.recordCount - mapping.headerRecord - 1))
  }

  /// Reads every record after the header.
  mutating func readAll() {
    // A numbered heading among the title rows above the header ("Priority 1:", "Reducing…")
    // opens the first section.
    for record in 0..<min(mapping.headerRecord, table.recordCount) {
      let texts = table.cells(ofRecord: record).filter { !table.isBlank($0) }.prefix(2)
        .map { table.text($0) }
      guard let first = table.cells(ofRecord: record).first(where: { !table.isBlank($0) }),
        let (ref, title) = SectionRows.leadingRef(texts.joined(separator: " "))
      else { continue }
      startSection(
        Theme(
          ref: ref, title: title,
          span: SourceSpan(file: file, position: first.position, row: record + 1)))
    }
    for record in (mapping.headerRecord + 1)..<max(mapping.headerRecord + 1, table.recordCount) {
      read(record)
    }
  }

  private mutating func read(_ record: Int) {
    // A spreadsheet row with no cells at all (the gap up to a far row) costs nothing.
    guard !table.cells(ofRecord: record).isEmpty else { return }
    var row = makeRow(record)
    defer { spareValues = row.values }
    guard row.nonBlank > 0, !detector.isRepeatedHeader(record, mapping: mapping) else { return }
    if let theme = section(row) {
      startSection(theme)
    } else if let heading = unnumberedHeading(row) {
      result.diagnostics.append(
        Diagnostic(
          code: "csv-heading-row", severity: .info,
          message: "\(rowName(record)) ('\(heading)') reads as a heading without a ref, not an "
            + "action; give it a number ('7 \(heading)') to make it a section",
          span: SourceSpan(file: file, line: row.line, column: 1, row: record + 1)))
    } else if isGroupingOnly(row) {
      for field in Self.groupingFields { if let value = row[field] { fillDown[field] = value } }
    } else if let reason = fragmentReason(row) {
      result.diagnostics.append(
        Diagnostic(
          code: "csv-fragment-row", severity: .warning,
          message: "\(rowName(record)) \(reason); skipped as not an action. Move the text into "
            + "the row it belongs to, or give the row an action",
          span: SourceSpan(file: file, line: row.line, column: 1, row: record + 1)))
    } else {
      appendAction(&row)
    }
  }

  private mutating func makeRow(_ record: Int) -> Row {
    let cells = table.cells(ofRecord: record)
    var row = Row(record: record, line: Int(cells.first?.line ?? 0), values: takeValues())
    for (column, index) in cells.indices.enumerated() {
      let cell = cells[index]
      // A cell a merge covers from the left repeats its neighbour: no value of its own.
      guard table.details(ofCell: index)?.spanned != true else { continue }
      guard !table.isBlank(cell) else {
        // A status cell rated by its colour alone has no words; it rates the row's action
        // without making an otherwise blank row count.
        if column < mapping.fields.count, mapping.fields[column] == .status,
          table.details(ofCell: index)?.fill != nil
        {
          row[.status] = Located(text: "", position: cell.position, cell: index)
          notePlace(of: cell, at: index)
        }
        continue
      }
      let value = Located(text: table.text(cell), position: cell.position, cell: index)
      notePlace(of: cell, at: index)
      row.nonBlank += 1
      row.single = row.nonBlank == 1 ? (column, value) : nil
      if column < mapping.fields.count, let field = mapping.fields[column] {
        row[field] = value
      } else {
        row.extras.append(ExtraField(name: mapping.extraName(ofColumn: column), value: value.text))
      }
    }
    return row
  }

  /// `row 14`, and where that is when the row number is the reader's own (a Word document's
  /// rows are numbered across its tables): `row 14 (table 2, row 3, cell 1, paragraph 40)`.
  func rowName(_ record: Int) -> String {
    guard table.placeNaming == .stored,
      let first = table.recordStarts.indices.contains(record)
        ? table.recordStarts[record] : nil, let place = table.placeName(ofCell: first)
    else { return "row \(record + 1)" }
    return "row \(record + 1) (\(place))"
  }

  /// Keeps a Word cell's place name for the findings that will point at its position.
  private mutating func notePlace(of cell: TableCell, at index: Int) {
    if table.placeNaming == .stored, let place = table.placeName(ofCell: index) {
      result.places[cell.position] = place
    }
  }

  /// The previous row's value slots, cleared, or new ones.
  private mutating func takeValues() -> [Located?] {
    var values: [Located?] = []
    swap(&values, &spareValues)
    guard values.count == ActionField.allCases.count else {
      return Array(repeating: nil, count: ActionField.allCases.count)
    }
    for index in values.indices { values[index] = nil }
    return values
  }

  /// A lone phrase in the ref column ("Areas for improvement for the Board's effectiveness"):
  /// several words and nothing ref-like, so a heading rather than an action with no text.
  private func unnumberedHeading(_ row: Row) -> String? {
    guard let single = row.single, let ref = row[.ref], single.value.text == ref.text,
      !SectionRows.isDottedRef(ref.text),
      ref.text.split(whereSeparator: \.isWhitespace).count >= 3,
      ref.text.utf8.count <= SectionRows.maxTitleBytes
    else { return nil }
    return ref.text
  }

  private func isGroupingOnly(_ row: Row) -> Bool {
    var grouping = 0
    for field in Self.groupingFields where row[field] != nil { grouping += 1 }
    return grouping > 0 && grouping == row.nonBlank
  }

  /// Why a row is a fragment rather than an action, or nil.
  private func fragmentReason(_ row: Row) -> String? {
    let mapped = ActionField.allCases.contains {
      !Self.groupingFields.contains($0) && row[$0] != nil
    }
    if !mapped { return "has no value in an action column" }
    guard let single = row.single, row[.ref] == nil, row[.title] == nil else { return nil }
    return "has a value only under '\(mapping.extraName(ofColumn: single.column))'"
  }

  /// Dotted prefixes of every ref in the table: a row whose ref is one of them heads a section.
  private func collectSectionPrefixes() -> Set<String> {
    guard let column = mapping.column(of: .ref) else { return [] }
    var prefixes: Set<String> = []
    for record in (mapping.headerRecord + 1)..<max(mapping.headerRecord + 1, table.recordCount) {
      guard let cell = table.cell(record: record, column: column), !table.isBlank(cell),
        cell.end - cell.start <= 40
      else { continue }
      for prefix in SectionRows.prefixes(of: table.text(cell)) { prefixes.insert(prefix) }
    }
    return prefixes
  }
}
