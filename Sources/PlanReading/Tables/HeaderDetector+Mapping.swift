import PlanModel

/// Building the column mapping once the header record is known.
///
/// Each column gets candidate fields with scores: a `columns` override decides outright and an
/// exact alias scores 100; any other header scores by the cue words of `HeaderScorer` (an alias
/// it starts with adds 1), adjusted by what the column holds (`ColumnProfile`: dates, refs,
/// RAG words, long text). Then fields are handed out best score first, so when two headers want
/// one field the better one wins and the other goes to its next field, or stays an extra.
extension HeaderDetector {
  static let refSampleRows = 50
  static let coveredReason = "covered by the merged header to its left"

  /// A header for a message, cut at 60 characters.
  static func shortHeader(_ text: String) -> String {
    PlanText.clipped(text, ClipRule(limit: 60))
  }

  /// One column's claim on one field.
  struct Candidate {
    var column: Int
    var field: ActionField
    var score: Double
    var reason: String
  }

  func mapping(forHeader record: Int) -> (ColumnMapping, [Diagnostic]) {
    let cells = table.cells(ofRecord: record)
    var mapping = ColumnMapping(headerRecord: record, headers: [], fields: [], keys: [])
    var diagnostics: [Diagnostic] = []
    var candidates: [Candidate] = []
    var forcedExtra: Set<Int> = []
    for (column, cell) in cells.enumerated() {
      let header = table.text(cell)
      mapping.headers.append(header)
      mapping.keys.append(HeaderAliases.key(for: header))
      mapping.fields.append(nil)
      mapping.reasons.append("")
      // A header merged across columns is one header: the covered cells are not columns of
      // their own to map.
      if table.details(ofCell: cells.startIndex + column)?.spanned == true {
        mapping.reasons[column] = Self.coveredReason
        continue
      }
      if let override = overrides.lookup(header) {
        if let field = override {
          candidates.append(Candidate(column: column, field: field, score: 1000, reason: "columns"))
        } else {
          forcedExtra.insert(column)
          mapping.reasons[column] = "kept as extra by columns"
        }
        continue
      }
      candidates += self.candidates(column: column, header: header, record: record)
    }
    let order = candidates.indices.sorted {
      let (a, b) = (candidates[$0], candidates[$1])
      return a.score != b.score ? a.score > b.score : a.column < b.column
    }
    var taken: [ActionField: Int] = [:]
    var wanted: [Int: Candidate] = [:]
    for index in order {
      let candidate = candidates[index]
      guard candidate.score >= HeaderScorer.threshold, mapping.fields[candidate.column] == nil,
        !forcedExtra.contains(candidate.column)
      else { continue }
      if taken[candidate.field] != nil {
        if wanted[candidate.column] == nil { wanted[candidate.column] = candidate }
        continue
      }
      taken[candidate.field] = candidate.column
      mapping.fields[candidate.column] = candidate.field
      mapping.reasons[candidate.column] = candidate.reason
    }
    for (column, candidate) in wanted.sorted(by: { $0.key < $1.key })
    where mapping.fields[column] == nil {
      let winner = taken[candidate.field].map { mapping.headers[$0] } ?? ""
      mapping.reasons[column] = "kept as extra: '\(candidate.field.name)' went to '\(winner)'"
      // Only a header that clearly names the field is worth a notice of its own.
      guard candidate.score >= 100, candidate.reason.hasPrefix("alias") else { continue }
      diagnostics.append(
        Diagnostic(
          code: "csv-duplicate-column", severity: .info,
          message: "column '\(mapping.headers[column])' also reads as '\(candidate.field.name)'; "
            + "'\(winner)' matched better and is used, and this one is kept as an extra field "
            + "(map it with 'columns' if that is wrong)",
          span: SourceSpan(
            file: file, position: cells[cells.startIndex + column].position,
            row: record + 1)))
    }
    if taken[.ref] == nil, let column = unheadedRefColumn(mapping) {
      mapping.fields[column] = .ref
      mapping.reasons[column] = "no header words; its values are dotted refs"
    }
    for column in mapping.fields.indices where mapping.reasons[column].isEmpty {
      mapping.reasons[column] =
        mapping.headers[column].isEmpty ? "no header" : "no field matched its words"
    }
    diagnostics += missingOverrides(mapping, headerLine: cells.first?.position)
    if let notice = unmappedNotice(mapping, at: cells.first?.position) {
      diagnostics.append(notice)
    }
    mapping.hasLetterlessKeys = (mapping.keys + overrides.fields.keys).contains { key in
      !key.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    }
    return (mapping, diagnostics)
  }

  /// A column's candidate fields: the alias it names, else the cue-word scores confirmed or
  /// contradicted by its contents.
  private func candidates(column: Int, header: String, record: Int) -> [Candidate] {
    guard !header.isEmpty, header.utf8.count <= Self.maxHeaderBytes else { return [] }
    guard kind == .recommendations else { return actionCandidates(column, header, record) }
    // In a table of recommendations "Recommendation no." is the id and "Recommendation" (or
    // "Area for improvement") the text: the words naming the table's subject are dropped
    // when others remain, and what would be the action's recommendations is the text.
    let words = HeaderAliases.key(for: header).split(separator: " ")
    let rest = words.filter { !Self.subjectWords.contains(String($0)) }
    let scored = rest.isEmpty ? header : rest.joined(separator: " ")
    return actionCandidates(column, scored, record).map { candidate in
      var candidate = candidate
      if candidate.field == .recommendations { candidate.field = .title }
      return candidate
    }
  }

  static let subjectWords: Set<String> = [
    "recommendation", "recommendations", "rec", "recs", "ofsted", "inspection",
  ]

  private func actionCandidates(_ column: Int, _ header: String, _ record: Int) -> [Candidate] {
    switch HeaderAliases.match(header) {
    case .exact(let field):
      // The cue words rank two aliases of one field ("Objective" names an objective more
      // than "Priority" does) and give the loser somewhere to go ("Priority" → theme).
      let scored = scored(column: column, header: header, record: record)
      let own = scored.first { $0.field == field }?.score ?? 0
      let exact = Candidate(
        column: column, field: field, score: 100 + own, reason: "alias '\(header)'")
      return [exact] + scored.filter { $0.field != field }
    case .prefix(let field):
      // An alias at the start is one more cue, not the answer: "Action lead" is a lead.
      var list = scored(column: column, header: header, record: record)
      if let index = list.firstIndex(where: { $0.field == field }) {
        list[index].score += 1
        list[index].reason = "starts with an alias; " + list[index].reason
      } else {
        list.append(
          Candidate(
            column: column, field: field, score: HeaderScorer.threshold,
            reason: "starts with an alias"))
      }
      return list
    case nil:
      return scored(column: column, header: header, record: record)
    }
  }

  private func scored(column: Int, header: String, record: Int) -> [Candidate] {
    let scores = HeaderScorer.scores(header)
    guard !scores.isEmpty else { return [] }
    let profile = ColumnProfile(
      table: table, column: column, after: record, scheme: statusScheme, dates: dateParser)
    return scores.map { score in
      let (adjusted, note) = profile.adjust(score.value, for: score.field)
      let cues = score.cues.map { "'\($0)'" }.joined(separator: ", ")
      var reason = "words \(cues)"
      if let note { reason += "; \(note)" }
      return Candidate(column: column, field: score.field, score: adjusted, reason: reason)
    }
  }

  /// "kept as extra: 'Budget code', 'RAG (previous)'": once per table, so nobody wonders why a
  /// column was not read.
  private func unmappedNotice(_ mapping: ColumnMapping, at position: SourcePosition?)
    -> Diagnostic?
  {
    let unmapped = mapping.fields.indices.filter {
      mapping.fields[$0] == nil && !mapping.headers[$0].isEmpty
        && overrides.lookup(mapping.headers[$0]) == nil && mapping.reasons[$0] != Self.coveredReason
    }
    guard !unmapped.isEmpty else { return nil }
    let names = unmapped.prefix(12).map { "'\(Self.shortHeader(mapping.headers[$0]))'" }
    let more = unmapped.count > 12 ? " and \(unmapped.count - 12) more" : ""
    return Diagnostic(
      code: "table-unmapped-columns", severity: .info,
      message: "kept as extra: \(names.joined(separator: ", "))\(more); to read one as a "
        + "field, map it in 'columns' (\"columns\": {\"\(Self.shortHeader(mapping.headers[unmapped[0]]))\": "
        + "\"<field>\"}); 'plancheck columns \(file)' shows the whole mapping",
      span: SourceSpan(file: file, position: position ?? .unknown, row: mapping.headerRecord + 1))
  }

  /// A column with an empty header whose values are mostly dotted refs ("1.2.3") is the ref
  /// column: Lancashire's plan (seed 003) leaves that header blank.
  private func unheadedRefColumn(_ mapping: ColumnMapping) -> Int? {
    let last = min(table.recordCount, mapping.headerRecord + 1 + Self.refSampleRows)
    for column in mapping.headers.indices
    where mapping.keys[column].isEmpty && mapping.fields[column] == nil {
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

  /// A `columns` override naming a header the table does not have is a configuration error:
  /// the user meant a column that is not there (often a typo).
  private func missingOverrides(_ mapping: ColumnMapping, headerLine: SourcePosition?)
    -> [Diagnostic]
  {
    let present = Set(mapping.keys)
    return overrides.headers.keys.sorted().compactMap { key in
      guard !present.contains(key), let header = overrides.headers[key] else { return nil }
      return Diagnostic(
        code: ColumnOverrides.notFoundCode,
        message: "column '\(header)' named in columns is not in the header row (row "
          + "\(mapping.headerRecord + 1)), so it maps nothing; correct the name or remove it"
          + Spelling.suggestion(for: header, among: mapping.headers.filter { !$0.isEmpty }),
        span: SourceSpan(
          file: file, position: headerLine ?? .unknown,
          row: mapping.headerRecord + 1))
    }
  }
}
