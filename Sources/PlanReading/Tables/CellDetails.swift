import PlanModel

/// What a reader knows about one cell beyond its text: its fill colour, its typed value, and a
/// format-specific name for where it is. Kept in `CellTable.details`, sparsely.
///
/// For merged ranges the reader copies the anchor's details to every covered cell, so a merged
/// green status cell is green on every row it spans.
struct CellDetails: Sendable, Hashable {
  /// The cell's background fill as resolved RGB (theme colours, tints and indexed palettes
  /// already applied); nil when the cell has no solid fill.
  var fill: RGB?
  /// The value as the file typed it, when the format types values (XLSX numbers, ODS dates).
  var value: CellValue?
  /// Where the cell is, in the format's own terms, when it cannot be derived from the cell's
  /// line and column ("table 2, row 3, cell 4, paragraph 17" in a Word document).
  var place: String?
  /// True for a cell a merge covers from the left (a horizontal span): it repeats the text of
  /// the merge's first column, so rows read it as no value of its own. Cells a merge covers
  /// from above are plain copies and read like any other.
  var spanned = false

  init(fill: RGB? = nil, value: CellValue? = nil, place: String? = nil, spanned: Bool = false) {
    self.fill = fill
    self.value = value
    self.place = place
    self.spanned = spanned
  }

  /// The stored number of a numeric cell (a date-formatted one included), else nil.
  var number: Double? {
    if case .number(let number, _) = value { return number }
    return nil
  }

  /// True when the cell is numeric and its number format shows it as a date (the reader has
  /// then also written the cell's text as an ISO date).
  var isDateFormatted: Bool {
    if case .number(_, let isDate) = value { return isDate }
    return false
  }

  /// The day of a cell the file types as a date (ODS `office:date-value`), or of a
  /// date-formatted serial; nil otherwise.
  var date: Day? {
    if case .date(let day) = value { return day }
    return nil
  }
}

/// A cell's value as its file typed it.
enum CellValue: Sendable, Hashable {
  /// A number, and whether the cell's number format shows it as a date or time.
  case number(Double, isDateFormatted: Bool)
  /// A value the file stores as a date.
  case date(Day)
}

/// How a table's cells are named in messages.
enum PlaceNaming: Sendable, Hashable {
  /// Line and column only (CSV/TSV).
  case none
  /// A1 names from the cell's row (`line`) and column (XLSX, ODS).
  case spreadsheet
  /// Names the reader stored in each cell's details (DOCX).
  case stored
}
