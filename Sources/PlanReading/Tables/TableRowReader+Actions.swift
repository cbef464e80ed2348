import Dispatch
import PlanModel
import Synchronization

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

  /// Fills the row's grouping columns down and its theme in, and queues it to become an
  /// action (see `convertPending`).
  mutating func appendAction(_ row: inout Row) {
    for field in Self.groupingFields {
      if let value = row[field] { fillDown[field] = value } else { row[field] = fillDown[field] }
    }
    if row[.theme] == nil { row[.theme] = currentTheme }
    pending.append(row)
    // The row's slots now belong to the queue; the next row allocates its own.
    row.values = []
    if pending.count >= TableRowReader.batchRows { convertPending() }
  }

  /// Rows converted at a time: enough for every core to have work, few enough that the queue
  /// stays small beside the plan.
  static let batchRows = 8_192

  /// Turns the queued rows into actions and milestones, in order. A large batch is split
  /// between the cores, each with its own builder (and parse caches); the parts are appended
  /// in row order with their milestone ranges moved up, so the result is the same, byte for
  /// byte, as building the actions one after another.
  mutating func convertPending() {
    guard !pending.isEmpty else { return }
    let rows = pending
    pending.removeAll(keepingCapacity: true)
    let base = result.actions.count
    let parts = rows.count >= TableRowReader.batchRows / 2 ? builders.count : 1
    let size = (rows.count + parts - 1) / parts
    let slots = Mutex<[ActionBuilder.Part?]>(Array(repeating: nil, count: parts))
    let workers = Mutex(builders)
    let work: @Sendable (Int) -> Void = { part in
      let range = min(part * size, rows.count)..<min((part + 1) * size, rows.count)
      var builder = workers.withLock { $0[part] }
      let built = builder.build(rows[range], firstIndex: base + range.lowerBound)
      workers.withLock { $0[part] = builder }
      slots.withLock { $0[part] = built }
    }
    if parts == 1 {
      work(0)
    } else {
      DispatchQueue.concurrentPerform(iterations: parts, execute: work)
    }
    builders = workers.withLock { $0 }
    for part in slots.withLock({ $0 }) {
      guard let part else { continue }
      let shift = result.milestones.count
      reserveMilestones(adding: part.milestones.count)
      result.milestones.append(contentsOf: part.milestones)
      for var action in part.actions {
        let range = action.milestones
        action.milestones = (range.lowerBound + shift)..<(range.upperBound + shift)
        result.actions.append(action)
      }
    }
  }

  /// Grows the milestones by the rate seen so far over the rows still to read, rather than
  /// doubling: a million-row table then never holds two large copies at once.
  private mutating func reserveMilestones(adding count: Int) {
    guard result.milestones.count + count > result.milestones.capacity else { return }
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
