import PlanModel

/// Sections and actions: what a classified row adds to the result.
extension TableRowReader {
  /// The theme a section-title row declares, or nil when the row is not one.
  func section(_ row: Row) -> Theme? {
    if let single = row.single?.value {
      let span = SourceSpan(file: file, position: single.position, row: row.record + 1)
      if let (ref, title) = SectionRows.leadingRef(single.text) {
        return Theme(ref: ref, title: title, span: span)
      }
      if let ref = sections.declaredRef(forTitle: single.text) {
        return Theme(ref: ref, title: single.text, span: span)
      }
      // A heading the reader marked (a Word heading, a bold one-cell row) is a section even
      // without a number: its title is its ref.
      if !table.headings.isEmpty, table.headings.contains(row.record),
        single.text.utf8.count <= SectionRows.maxTitleBytes
      {
        return Theme(ref: single.text, title: single.text, span: span)
      }
      return nil
    }
    guard let refCell = row[.ref] else { return nil }
    guard Self.nonHeadingFields.allSatisfy({ row[$0] == nil }) else { return nil }
    // "Priority 2:" in the ref column and its title in the next: a numbered heading.
    if let title = row[.title], row.nonBlank == 2,
      let (ref, heading) = SectionRows.labelledRef(refCell.text + " " + title.text)
    {
      return Theme(
        ref: ref, title: heading,
        span: SourceSpan(file: file, position: refCell.position, row: row.record + 1))
    }
    guard SectionRows.isNumericRef(refCell.text) else { return nil }
    let ref = SectionRows.normalizedRef(refCell.text)
    let title = row[.title]?.text ?? ""
    guard sectionPrefixes.contains(ref) || sections.declaredRef(forTitle: title) != nil else {
      return nil
    }
    return Theme(
      ref: ref, title: title,
      span: SourceSpan(file: file, position: refCell.position, row: row.record + 1))
  }

  /// Fields a section-title row leaves empty.
  static let nonHeadingFields = ActionField.allCases.filter {
    ![.ref, .title, .objective, .theme].contains($0)
  }

  mutating func startSection(_ theme: Theme) {
    currentTheme = Located(
      text: theme.ref,
      position: theme.span.line > 0
        ? SourcePosition(line: theme.span.line, column: theme.span.column) : .unknown)
    fillDown = [:]
    let known =
      options.themes.contains { $0.ref == theme.ref }
      || result.themes.contains { $0.ref == theme.ref }
    if !known { result.themes.append(theme) }
  }

  mutating func appendAction(_ row: inout Row) {
    for field in Self.groupingFields {
      if let value = row[field] { fillDown[field] = value } else { row[field] = fillDown[field] }
    }
    if row[.theme] == nil { row[.theme] = currentTheme }
    let index = result.actions.count
    var action = Action(
      span: SourceSpan(file: file, line: row.line, column: 1, row: row.record + 1))
    action.reservePositions(row.values.reduce(0) { $0 + ($1 == nil ? 0 : 1) })
    for field in ActionField.allCases {
      guard let value = row[field] else { continue }
      action.setPosition(value.position, of: field)
      assign(value, to: field, of: &action, index: index, record: row.record)
    }
    action.extra = row.extras
    result.actions.append(action)
    // Leave the row's slots uniquely referenced, for the next row to reuse.
    row.extras = []
  }

  private mutating func assign(
    _ value: Located, to field: ActionField, of action: inout Action, index: Int, record: Int
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
    case .milestones: action.milestones = appendMilestones(value, action: index, record: record)
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

  private mutating func appendMilestones(_ value: Located, action: Int, record: Int) -> Range<Int> {
    let first = result.milestones.count
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
    if result.milestones.count == result.milestones.capacity {
      reserveMilestones(adding: items.count)
    }
    for item in items {
      result.milestones.append(
        Milestone(text: item.text, due: item.due, action: action, span: span))
    }
    return first..<result.milestones.count
  }

  /// Grows the milestones by the rate seen so far over the rows still to read, rather than
  /// doubling: a million-row table then never holds two large copies at once.
  private mutating func reserveMilestones(adding count: Int) {
    let rowsRead = max(1, result.actions.count)
    let rowsLeft = max(0, table.recordCount - mapping.headerRecord - 1 - rowsRead)
    let perRow = Double(result.milestones.count + count) / Double(rowsRead)
    let estimate = Int((perRow * Double(rowsLeft) * 1.05).rounded(.up))
    let needed = result.milestones.count + count
    let target = needed + max(estimate, needed / 8, 16)
    if rowsRead >= 64 || target < 4096 {
      result.milestones.reserveCapacity(target)
    }
  }
}
