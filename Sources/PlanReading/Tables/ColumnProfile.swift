import PlanModel

/// What a column holds, from a sample of the cells under its header, to confirm or overrule
/// what its header's words suggest: a "When" column of dates is an end date, a "Status" column
/// of paragraphs is progress text, a "Ref" column of sentences is not a ref.
struct ColumnProfile {
  static let sampleSize = 40
  /// Cells longer than this are read as long text without being parsed.
  static let maxProbeBytes = 80

  var values = 0
  var dates = 0
  var refs = 0
  var ratings = 0
  var totalBytes = 0

  init(
    table: CellTable, column: Int, after header: Int, scheme: StatusScheme,
    dates parser: PlanDateParser
  ) {
    var record = header + 1
    while record < table.recordCount, values < Self.sampleSize {
      defer { record += 1 }
      guard let cell = table.cell(record: record, column: column), !table.isBlank(cell) else {
        continue
      }
      values += 1
      let length = Int(cell.end - cell.start)
      totalBytes += length
      guard length <= Self.maxProbeBytes else { continue }
      let text = table.text(cell)
      if parser.parse(text).isDated { dates += 1 }
      if SectionRows.isDottedRef(text) || Self.isCode(text) { refs += 1 }
      if scheme.status(for: text).statusClass != .unknown { ratings += 1 }
    }
  }

  /// Short tokens with a digit and no spaces: "A1", "R-03", "CSC12".
  static func isCode(_ text: String) -> Bool {
    let bytes = text.utf8
    return bytes.count <= 10 && !bytes.contains(0x20) && bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
  }

  private func share(_ count: Int) -> Double { values == 0 ? 0 : Double(count) / Double(values) }
  private var averageBytes: Double { values == 0 ? 0 : Double(totalBytes) / Double(values) }

  /// The score for `field` after looking at the contents, and a note saying why it moved.
  func adjust(_ score: Double, for field: ActionField) -> (Double, String?) {
    guard values >= 3 else { return (score, nil) }
    let dateShare = share(dates)
    let ratingShare = share(ratings)
    let refShare = share(refs)
    let percent = { (share: Double) in "\(Int((share * 100).rounded()))%" }
    switch field {
    case .start, .end, .updated, .baselineEnd, .actualStart, .actualEnd:
      if dateShare >= 0.5 { return (score + 2, "\(percent(dateShare)) of its values are dates") }
      if dateShare < 0.2 { return (score - 2, "few of its values are dates") }
    case .status:
      if ratingShare >= 0.5 {
        return (score + 3, "\(percent(ratingShare)) of its values are ratings")
      }
      if ratingShare < 0.2, averageBytes > 40 { return (score - 3, "its values are long text") }
    case .ref:
      if refShare >= 0.6 { return (score + 2, "\(percent(refShare)) of its values are refs") }
      if refShare < 0.2, averageBytes > 30 { return (score - 3, "its values are long text") }
    case .title, .measure, .objective, .progress, .milestones, .lead, .evidence:
      if dateShare >= 0.7 { return (score - 3, "its values are dates") }
      if ratingShare >= 0.7 { return (score - 3, "its values are ratings") }
    default: break
    }
    return (score, nil)
  }
}
