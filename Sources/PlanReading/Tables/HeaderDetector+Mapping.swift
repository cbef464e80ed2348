import PlanModel

/// Building the column mapping once the header record is known.
extension HeaderDetector {
  static let refSampleRows = 50

  func mapping(forHeader record: Int) -> (ColumnMapping, [Diagnostic]) {
    let cells = table.cells(ofRecord: record)
    var mapping = ColumnMapping(headerRecord: record, headers: [], fields: [], keys: [])
    var diagnostics: [Diagnostic] = []
    var taken: Set<ActionField> = []
    for cell in cells {
      let header = table.text(cell)
      mapping.headers.append(header)
      mapping.keys.append(HeaderAliases.key(for: header))
      var field = self.field(forHeader: header)?.field
      if let candidate = field, !taken.insert(candidate).inserted {
        diagnostics.append(
          Diagnostic(
            code: "csv-duplicate-column", severity: .info,
            message: "column '\(header)' also maps to '\(candidate.name)'; the first such column "
              + "is used and this one is kept as an extra field",
            span: SourceSpan(file: file, position: cell.position, row: record + 1)))
        field = nil
      }
      mapping.fields.append(field)
    }
    if !taken.contains(.ref), let column = unheadedRefColumn(mapping) {
      mapping.fields[column] = .ref
    }
    diagnostics += missingOverrides(mapping, headerLine: cells.first?.position)
    mapping.hasLetterlessKeys = (mapping.keys + overrides.fields.keys).contains { key in
      !key.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    }
    return (mapping, diagnostics)
  }

  /// A column with an empty header whose values are mostly dotted refs ("1.2.3") is the ref
  /// column: Lancashire's plan (seed 003) leaves that header blank.
  private func unheadedRefColumn(_ mapping: ColumnMapping) -> Int? {
    let last = min(table.recordCount, mapping.headerRecord + 1 + Self.refSampleRows)
    for column in mapping.headers.indices where mapping.headers[column].isEmpty {
      var values = 0
      var refs = 0
      for record in (mapping.headerRecord + 1)..<max(mapping.headerRecord + 1, last) {
        guard let cell = table.cell(record: record, column: column), !table.isBlank(cell),
          cell.end - cell.start <= 40
        else { continue }
        values += 1
        if SectionRows.isDottedRef(table.text(cell)) { refs += 1 }
      }
      if refs > 0, refs * 5 >= values * 3 { return column }
    }
    return nil
  }

  /// A `columns` override naming a header the table does not have is probably a typo.
  private func missingOverrides(_ mapping: ColumnMapping, headerLine: SourcePosition?)
    -> [Diagnostic]
  {
    let present = Set(mapping.keys)
    return overrides.headers.keys.sorted().compactMap { key in
      guard !present.contains(key), let header = overrides.headers[key] else { return nil }
      return Diagnostic(
        code: "csv-column-not-found", severity: .warning,
        message: "column '\(header)' named in columns is not in the header row"
          + Spelling.suggestion(for: header, among: mapping.headers.filter { !$0.isEmpty }),
        span: SourceSpan(
          file: file, position: headerLine ?? .unknown,
          row: mapping.headerRecord + 1))
    }
  }
}
