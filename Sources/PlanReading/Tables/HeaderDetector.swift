import PlanModel

/// Finds the header row of a table instead of assuming it is the first one.
///
/// Scores each of the first `scanLimit` records by the distinct fields its cells name (exact
/// aliases, `columns` overrides, or prefix matches such as "Responsible Lead Officer
/// Workforce"); the earliest record naming the most fields, at least two, wins, so a header
/// repeated further down (seed 000 repeats it per section, with slightly different names) never
/// beats the first. Title rows above it are skipped. A one-column table falls back to a record
/// with one exact alias.
struct HeaderDetector {
  static let scanLimit = 30
  /// Cells longer than this are prose, never headers; skipping them keeps scoring cheap.
  static let maxHeaderBytes = 120

  let table: CellTable
  let overrides: ColumnOverrides
  let file: String
  /// The plan's scheme, for recognising a column of ratings by its values.
  let statusScheme: StatusScheme
  let dateParser: PlanDateParser
  let kind: TableKind

  init(
    table: CellTable, overrides: ColumnOverrides, file: String,
    options: TableOptions = TableOptions()
  ) {
    self.table = table
    self.overrides = overrides
    self.file = file
    statusScheme = options.statusScheme
    dateParser = PlanDateParser(order: options.dateOrder)
    kind = options.kind
  }

  /// The mapping, or the error naming the file and the header names it looked for.
  func detect() -> Result<(ColumnMapping, [Diagnostic]), Diagnostic> {
    guard let record = bestRecord() else {
      let names = HeaderAliases.expectedNames.map { "'\($0)'" }.joined(separator: ", ")
      return .failure(
        Diagnostic(
          code: "csv-no-header",
          message: "no header row found in '\(file)' in its first \(Self.scanLimit) rows; "
            + "expected column names such as \(names), or map yours with 'columns'",
          span: SourceSpan(file: file, line: 1, column: 1)))
    }
    return .success(mapping(forHeader: record))
  }

  /// The field a header cell names: an override first, then the aliases, then (when
  /// `scoring`) cue words. Finding the header row scores; recognising a repeated header on
  /// every data row does not, since a repeat carries the header's own text.
  func field(forHeader text: String, scoring: Bool = true) -> (field: ActionField?, exact: Bool)? {
    if let override = overrides.lookup(text) { return (override, true) }
    switch HeaderAliases.match(text) {
    case .exact(let field): return (field, true)
    case .prefix(let field): return (field, false)
    case nil: return scoring ? HeaderScorer.best(text).map { ($0.field, false) } : nil
    }
  }

  private func bestRecord() -> Int? {
    var best: (record: Int, fields: Int)?
    var fallback: Int?
    for record in 0..<min(Self.scanLimit, table.recordCount) {
      let (fields, exact) = namedFields(record)
      if fields >= 2, fields > (best?.fields ?? 0) { best = (record, fields) }
      if fields == 1, exact, fallback == nil { fallback = record }
    }
    return best?.record ?? fallback
  }

  /// Distinct fields a record's cells name, and whether any name was an exact alias.
  private func namedFields(_ record: Int) -> (Int, Bool) {
    var fields: Set<ActionField> = []
    var exactSeen = false
    for cell in table.cells(ofRecord: record) where cell.end - cell.start <= Self.maxHeaderBytes {
      guard let match = field(forHeader: table.text(cell)), let field = match.field else {
        continue
      }
      exactSeen = exactSeen || match.exact
      fields.insert(field)
    }
    return (fields.count, exactSeen)
  }

  /// True for a record that repeats the header (every non-blank cell is a header name, and at
  /// least two are), as page breaks of an exported report do.
  func isRepeatedHeader(_ record: Int, mapping: ColumnMapping) -> Bool {
    var named = 0
    for (offset, cell) in table.cells(ofRecord: record).enumerated() where !table.isBlank(cell) {
      guard cell.end - cell.start <= Self.maxHeaderBytes else { return false }
      // Refs, dates and numbers (ASCII without letters) can only name a header whose key has
      // no letters either; without such a header, such a cell ends the check before any
      // string is built.
      if !mapping.hasLetterlessKeys, table.isASCIIWithoutLetters(cell) { return false }
      let text = table.text(cell)
      let sameAsHeader =
        offset < mapping.keys.count
        && mapping.keys[offset] == HeaderAliases.key(for: text)
      guard sameAsHeader || field(forHeader: text, scoring: false) != nil else { return false }
      named += 1
    }
    return named >= 2
  }
}

extension HeaderDetector {
  /// Reads the actions under a detected header, with the mapping's diagnostics first and the
  /// mapping reported: the one step every table reader ends with.
  func readActions(
    _ mapping: ColumnMapping, diagnostics: [Diagnostic], options: TableOptions, sheet: String?
  ) -> TableResult {
    var reader = TableRowReader(table: table, mapping: mapping, detector: self, options: options)
    reader.readAll()
    var result = reader.result
    result.mappings = [mapping.report(file: file, sheet: sheet)]
    result.diagnostics = diagnostics + result.diagnostics
    return result
  }
}
