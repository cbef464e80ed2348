/// What `xl/workbook.xml` and its relationships say: the sheets in tab order with their parts,
/// where the shared strings and styles are, and the workbook's date system.
struct WorkbookIndex {
  struct Sheet: Equatable {
    var name: String
    /// The sheet's part name; nil when its relationship is missing.
    var part: String?
    var hidden: Bool
    /// Worksheets hold cells; chart and dialog sheets do not.
    var isWorksheet: Bool
  }

  var sheets: [Sheet] = []
  var sharedStringsPart: String?
  var stylesPart: String?
  var themePart: String?
  /// Serial 0 is 1904-01-01 (old Mac workbooks) rather than 1899-12-31.
  var date1904 = false

  /// Reads the package relationships, the workbook part and its relationships from `archive`.
  init(archive: inout ZipArchive) throws(PackageError) {
    let packageRels = try archive.extract(named: "_rels/.rels").map {
      (bytes) throws(PackageError) in
      try PartRelationships(bytes: bytes, part: "_rels/.rels", source: "")
    }
    let workbookPart = packageRels?.first(ofKind: "officeDocument")?.target ?? "xl/workbook.xml"
    guard let workbookBytes = try archive.extract(named: workbookPart) else {
      throw .notAWorkbook("it has no '\(workbookPart)'")
    }
    let relsPart = PartRelationships.path(for: workbookPart)
    let rels =
      try archive.extract(named: relsPart).map { (bytes) throws(PackageError) in
        try PartRelationships(bytes: bytes, part: relsPart, source: workbookPart)
      } ?? PartRelationships()
    try readWorkbook(workbookBytes, part: workbookPart, rels: rels)
    sharedStringsPart = rels.first(ofKind: "sharedStrings")?.target
    stylesPart = rels.first(ofKind: "styles")?.target
    themePart = rels.first(ofKind: "theme")?.target
    guard !sheets.isEmpty else { throw .notAWorkbook("its workbook lists no sheets") }
  }

  private mutating func readWorkbook(_ bytes: [UInt8], part: String, rels: PartRelationships)
    throws(PackageError)
  {
    var scanner = XMLScanner(bytes: bytes, part: part)
    while let event = try scanner.next() {
      guard case .start(let tag) = event else { continue }
      if scanner.equals(tag.name, "workbookPr") {
        let flag = scanner.string("date1904", of: tag)
        date1904 = flag == "1" || flag == "true"
      } else if scanner.equals(tag.name, "sheet") {
        let relationship = scanner.string("id", of: tag).flatMap { rels.target(id: $0) }
        let state = scanner.string("state", of: tag) ?? "visible"
        sheets.append(
          Sheet(
            name: scanner.string("name", of: tag) ?? "Sheet\(sheets.count + 1)",
            part: relationship?.target, hidden: state != "visible",
            isWorksheet: relationship.map { $0.kind == "worksheet" } ?? true))
      }
    }
  }

  /// The visible worksheets after `sheet`, in tab order: where to look for the table when the
  /// first one turns out to be a cover page.
  func worksheets(after sheet: Sheet) -> [Sheet] {
    guard let index = sheets.firstIndex(of: sheet) else { return [] }
    return sheets[(index + 1)...].filter { $0.isWorksheet && !$0.hidden }
  }

  /// The sheet `name` picks (exactly, else ignoring case and surrounding spaces), or with no
  /// name the first visible worksheet (the first worksheet if all are hidden).
  func sheet(named name: String?) throws(PackageError) -> Sheet {
    guard let name else {
      let worksheets = sheets.filter(\.isWorksheet)
      guard let first = worksheets.first(where: { !$0.hidden }) ?? worksheets.first else {
        throw .notAWorkbook("it has no worksheet, only chart sheets")
      }
      return first
    }
    let wanted = Self.folded(name)
    guard
      let sheet = sheets.first(where: { $0.name == name })
        ?? sheets.first(where: { Self.folded($0.name) == wanted })
    else {
      throw .unknownSheet(name: name, sheets: sheets.map(\.name))
    }
    guard sheet.isWorksheet else { throw .notAWorksheet(sheet.name) }
    return sheet
  }

  private static func folded(_ name: String) -> String {
    name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }
}
