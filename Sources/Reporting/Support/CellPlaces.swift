import PlanModel

/// The names of the cells findings point at, where the plan file names cells: `F6` in a
/// workbook, "table 2, row 3, cell 4, paragraph 17" in a Word document (kept by the reader in
/// `Plan.places`). Built once per report.
struct CellPlaces {
  private let places: [String: [SourcePosition: String]]

  init(_ report: Report) {
    var places: [String: [SourcePosition: String]] = [:]
    for result in report.plans {
      guard let plan = result.plan, !plan.places.isEmpty else { continue }
      places[result.planID, default: [:]].merge(plan.places) { first, _ in first }
    }
    self.places = places
  }

  /// The full name of the finding's cell, or nil where line and column say it all.
  func name(of finding: Finding) -> String? {
    if let cell = finding.span.cellName { return cell }
    guard !places.isEmpty else { return nil }
    let position = SourcePosition(line: finding.span.line, column: finding.span.column)
    return places[finding.planID]?[position]
  }

  /// A short form for a column of positions: `F6`, or `T2 R3 C4` for a Word table cell.
  func shortName(of finding: Finding) -> String? {
    if let cell = finding.span.cellName { return cell }
    guard let place = name(of: finding) else { return nil }
    // "table 2, row 3, cell 4, paragraph 17" → "T2 R3 C4"; a heading's "paragraph 9" → "P9".
    let parts = place.split(separator: ",").map { $0.split(separator: " ") }
    let short = parts.compactMap { words -> String? in
      guard words.count == 2, let letter = words[0].first?.uppercased() else { return nil }
      return letter + words[1]
    }
    return short.count > 1 ? short.dropLast().joined(separator: " ") : short.first
  }
}
