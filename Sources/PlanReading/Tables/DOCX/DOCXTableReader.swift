import PlanModel

/// Reads the action plan of a Word document (`*.docx`): every table of `word/document.xml`.
///
/// Pipeline: the ZIP archive (`ZipArchive`, the limits of XLSX), the main document part named
/// by the package relationships, its tables and headings (`WordDocumentParser`), then, per
/// group of tables, the shared `HeaderDetector` and `TableRowReader`. A table with a plan
/// header starts a group; a later table repeating that header, or without a header but as many
/// columns, continues it (a plan split over pages or sections); headings between them set
/// themes. Tables with no header are skipped with a notice.
package enum DOCXTableReader: ZippedTableReader {
  package static let extensions = ["docx"]
  package static let summary = "Word documents"

  package static func readActions(
    bytes: [UInt8], file: String, options: TableOptions, limits: ZipLimits
  ) -> TableResult {
    do {
      let document = try open(bytes, limits: limits)
      return try read(document, file: file, options: options)
    } catch {
      var result = TableResult()
      result.diagnostics.append(error.diagnostic(file: file, kind: .docx))
      return result
    }
  }

  /// The main document part, parsed.
  static func open(_ bytes: [UInt8], limits: ZipLimits) throws(PackageError) -> WordDocument {
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .compoundDocument }
    var archive = try ZipArchive(bytes: bytes, limits: limits)
    let rels = try archive.extract(named: "_rels/.rels").map { (bytes) throws(PackageError) in
      try PartRelationships(bytes: bytes, part: "_rels/.rels", source: "")
    }
    let part = rels?.first(ofKind: "officeDocument")?.target ?? "word/document.xml"
    guard let xml = try archive.extract(named: part) else {
      throw .notAWorkbook("it has no '\(part)'")
    }
    return try WordDocumentParser.parse(xml, part: part)
  }

  /// Tables grouped into plans, each read as one table.
  struct Group {
    var builder: WordTableBuilder
    var keys: [String]
    var columns: Int
  }

  static func read(_ document: WordDocument, file: String, options: TableOptions)
    throws(PackageError) -> TableResult
  {
    let overrides = ColumnOverrides(options.columns, file: file)
    var groups: [Group] = []
    var headings: [(start: Int, end: Int, paragraph: Int)] = []
    var skipped: [Int] = []
    var tables = 0
    for block in document.blocks {
      switch block {
      case .heading(let start, let end, let paragraph):
        headings.append((start, end, paragraph))
      case .text:
        // Headings above the first plan table count only when nothing but headings follows.
        if groups.isEmpty { headings.removeAll() }
      case .table(let source):
        tables += 1
        var alone = WordTableBuilder(text: document.text)
        try alone.append(source)
        let columns = alone.table.cells(ofRecord: 0).count
        let detector = HeaderDetector(
          table: alone.table, overrides: overrides, file: file, options: options)
        let keys: [String]?
        if case .success(let (mapping, _)) = detector.detect() {
          keys = mapping.keys
        } else {
          keys = nil
        }
        if let keys, groups.last?.keys != keys {
          groups.append(
            Group(builder: WordTableBuilder(text: document.text), keys: keys, columns: columns))
        } else if keys == nil, groups.last?.columns != columns || groups.isEmpty {
          skipped.append(source.number)
          headings.removeAll()
          continue
        }
        guard var group = groups.popLast() else { continue }
        for heading in headings {
          try group.builder.appendHeading(
            start: heading.start, end: heading.end, paragraph: heading.paragraph)
        }
        headings.removeAll()
        try group.builder.append(source)
        groups.append(group)
      }
    }
    var result = TableResult()
    result.diagnostics = overrides.diagnostics
    guard !groups.isEmpty else {
      result.diagnostics.append(noTable(file: file, tables: tables))
      return result
    }
    for group in groups {
      result.append(
        readGroup(group.builder.table, overrides: overrides, file: file, options: options))
    }
    if !skipped.isEmpty {
      result.diagnostics.append(
        Diagnostic(
          code: "docx-table", severity: .info,
          message: "table(s) \(skipped.map(String.init).joined(separator: ", ")) of '\(file)' "
            + "have no header row of plan columns and were not read as actions",
          span: SourceSpan(file: file)))
    }
    return result
  }

  private static func readGroup(
    _ table: CellTable, overrides: ColumnOverrides, file: String, options: TableOptions
  ) -> TableResult {
    let detector = HeaderDetector(
      table: table, overrides: overrides, file: file, options: options)
    guard case .success(let (mapping, mappingDiagnostics)) = detector.detect() else {
      return TableResult()
    }
    return detector.readActions(
      mapping, diagnostics: mappingDiagnostics, options: options, sheet: nil)
  }

  private static func noTable(file: String, tables: Int) -> Diagnostic {
    let names = HeaderAliases.expectedNames.prefix(6).map { "'\($0)'" }.joined(separator: ", ")
    let found = tables == 0 ? "it has no tables" : "none of its \(tables) table(s) has one"
    return Diagnostic(
      code: "docx-no-table",
      message: "no table with a header row found in '\(file)' (\(found)); the action plan must "
        + "be a Word table whose first rows name columns such as \(names), or map yours with "
        + "'columns'",
      span: SourceSpan(file: file, line: 1, column: 1))
  }
}
