import PlanModel

/// Builds actions (and their milestones) from classified rows: every cell parsed by its
/// column's field. Holds its own parse caches, so several builders can work on different rows
/// of one table at once (see `TableRowReader.convertPending`).
struct ActionBuilder: Sendable {
  typealias Row = TableRowReader.Row
  typealias Located = TableRowReader.Located

  /// The actions built from a run of rows, and their milestones.
  struct Part: Sendable {
    var actions: [Action] = []
    var milestones: [Milestone] = []
  }

  let table: CellTable
  let options: TableOptions
  let file: String
  let parser: PlanDateParser
  let sections: SectionRows
  var caches = CellCaches()

  init(table: CellTable, options: TableOptions, file: String, sections: SectionRows) {
    self.table = table
    self.options = options
    self.file = file
    parser = PlanDateParser(order: options.dateOrder)
    self.sections = sections
  }

  /// The actions of `rows`, the first numbered `firstIndex`, with their milestones; the
  /// actions' milestone ranges index the part's own milestones.
  mutating func build(_ rows: ArraySlice<Row>, firstIndex: Int) -> Part {
    var part = Part()
    part.actions.reserveCapacity(rows.count)
    for (offset, row) in rows.enumerated() {
      part.actions.append(action(row, index: firstIndex + offset, milestones: &part.milestones))
    }
    return part
  }

  private mutating func action(_ row: Row, index: Int, milestones: inout [Milestone]) -> Action {
    var action = Action(
      span: SourceSpan(file: file, line: row.line, column: 1, row: row.record + 1))
    action.reservePositions(row.values.reduce(0) { $0 + ($1 == nil ? 0 : 1) })
    for field in ActionField.allCases {
      guard let value = row[field] else { continue }
      action.setPosition(value.position, of: field)
      assign(value, to: field, of: &action, index: index, record: row.record, into: &milestones)
    }
    action.extra = row.extras
    return action
  }

  private mutating func assign(
    _ value: Located, to field: ActionField, of action: inout Action, index: Int, record: Int,
    into milestones: inout [Milestone]
  ) {
    let text = value.text
    switch field {
    case .ref: action.ref = SectionRows.normalizedRef(text)
    case .title: action.title = text
    case .objective: action.objective = caches.intern(text)
    case .theme: action.theme = sections.declaredRef(forTitle: text) ?? caches.intern(text)
    case .measure: action.measure = text
    case .lead: action.lead = caches.intern(text)
    case .progress: action.progress = text
    case .evidence: action.evidence = text
    case .start: action.start = date(value)
    case .end: action.end = date(value)
    case .updated: action.updated = date(value)
    case .actualStart: action.actualStart = date(value)
    case .actualEnd: action.actualEnd = date(value)
    case .baselineEnd: action.baselineEnd = date(value)
    case .status: action.status = status(value)
    case .recommendations:
      action.recommendations = caches.recommendations.value(for: text) {
        CellParsers.recommendationIDs(in: $0)
      }
    case .links: action.links = caches.lists.value(for: text) { CellParsers.list(in: $0) }
    case .dependsOn: action.dependsOn = caches.lists.value(for: text) { CellParsers.list(in: $0) }
    case .milestones:
      action.milestones = appendMilestones(value, action: index, record: record, to: &milestones)
    case .waivers: break
    }
  }

  /// No date runs to hundreds of bytes; a huge cell is kept as unparsed text without parsing.
  /// A spreadsheet number in a date column (a General-format cell holding a serial such as
  /// 45107) is the day it counts to, when it falls between 1954 and 2119.
  private mutating func date(_ value: Located) -> PlanDate {
    if let details = table.details(ofCell: value.cell), !details.isDateFormatted,
      let number = details.number, number.isFinite,
      (20000...80000).contains(number),
      let day = PlanDateParser.day(excelSerial: Int(number.rounded(.down)))
    {
      return .day(day, text: day.iso)
    }
    let parser = self.parser
    return caches.dates.value(for: value.text) { Self.date($0, parser: parser) }
  }

  private static func date(_ text: String, parser: PlanDateParser) -> PlanDate {
    guard text.utf8.count <= SectionRows.maxTitleBytes else {
      return PlanDate(text: text, kind: .unparsed)
    }
    return parser.parse(text)
  }

  /// A label too long to be a rating is kept as written, class unknown, without normalizing
  /// megabytes of text. A filled cell's colour family goes with its words (and rates a cell
  /// that has none), as `StatusScheme.status(for:colour:)` says.
  private mutating func status(_ value: Located) -> Status {
    let text = value.text
    guard text.utf8.count <= SectionRows.maxTitleBytes else {
      return Status(label: text, statusClass: .unknown)
    }
    let scheme = options.statusScheme
    if let fill = table.details(ofCell: value.cell)?.fill {
      return scheme.status(
        for: text, colour: ColourFamily(red: fill.red, green: fill.green, blue: fill.blue))
    }
    return caches.statuses.value(for: text) { scheme.status(for: $0) }
  }

  private mutating func appendMilestones(
    _ value: Located, action: Int, record: Int, to milestones: inout [Milestone]
  ) -> Range<Int> {
    let first = milestones.count
    let span = SourceSpan(file: file, position: value.position, row: record + 1)
    let parser = self.parser
    // Due texts repeat ("3 months") even where the cells do not: they share the date cache,
    // moved out for the call so the two caches are not accessed at once.
    var dates = caches.dates
    caches.dates = ParseCache()
    let items = caches.milestones.value(for: value.text) { text in
      CellParsers.milestones(in: text).map { item in
        (item.text, dates.value(for: item.due) { Self.date($0, parser: parser) })
      }
    }
    caches.dates = dates
    for item in items {
      milestones.append(Milestone(text: item.text, due: item.due, action: action, span: span))
    }
    return first..<milestones.count
  }
}
