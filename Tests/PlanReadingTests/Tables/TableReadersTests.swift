import PlanModel
import Testing

@testable import PlanReading

/// The one registry of table formats, and the cell details every reader can record.
struct TableReadersTests {
  @Test(arguments: [
    ("plan.json", "json", false), ("a/b/Actions.CSV", "csv", true), ("x.tsv", "tsv", true),
    ("book.xlsx", "xlsx", true),
  ])
  func formatsComeFromTheRegistry(path: String, name: String, isTable: Bool) throws {
    let format = try #require(PlanFileFormat(path: path))
    #expect(format.name == name && format.isTable == isTable)
    #expect((format.reader != nil) == isTable)
  }

  @Test func otherFilesHaveNoFormat() {
    #expect(PlanFileFormat(path: "notes.txt") == nil)
    #expect(PlanFileFormat(path: "dir.csv/file") == nil)
    #expect(PlanFileFormat(rawValue: "yaml") == nil)
  }

  @Test func everyRegisteredExtensionIsAFormat() {
    let extensions = TableReaders.all.flatMap { $0.extensions }
    #expect(Set(extensions).count == extensions.count, "an extension claimed twice")
    #expect(PlanFileFormat.all.map(\.name) == ["json"] + extensions)
    for name in extensions {
      #expect(PlanFileFormat(rawValue: name)?.reader != nil, "\(name)")
      #expect(PlanFileFormat.tableExtensions.contains("." + name))
      #expect(PlanFileFormat.includeGlobs.contains("**/*." + name))
    }
    for reader in TableReaders.all { #expect(PlanFileFormat.described.contains(reader.summary)) }
  }

  @Test(arguments: [(1, 1, "A1"), (6, 6, "F6"), (26, 3, "Z3"), (27, 9, "AA9"), (16384, 2, "XFD2")])
  func spreadsheetCellsAreNamedA1(column: Int, row: Int, name: String) {
    #expect(SpreadsheetCell.name(column: column, row: row) == name)
  }

  @Test func placeNamesFollowTheTablesNaming() throws {
    var table = CellTable(bytes: Array("ab".utf8))
    table.recordStarts = [0]
    table.cells = [
      TableCell(start: 0, end: 1, line: 6, column: 6, quoted: false),
      TableCell(start: 1, end: 2, line: 6, column: 7, quoted: false),
    ]
    #expect(table.placeName(ofCell: 0) == nil && table.details(ofCell: 0) == nil)
    table.placeNaming = .spreadsheet
    #expect(table.placeName(ofCell: 0) == "F6" && table.placeName(ofCell: 1) == "G6")
    #expect(table.placeName(ofCell: 2) == nil)
    table.placeNaming = .stored
    table.details[1] = CellDetails(
      fill: RGB(hex: "FF00B050"), value: .number(45_382, isDateFormatted: true),
      place: "table 1, row 2, cell 3")
    #expect(table.placeName(ofCell: 1) == "table 1, row 2, cell 3")
    let details = try #require(table.details(ofCell: 1))
    #expect(details.fill == RGB(red: 0, green: 0xB0, blue: 0x50))
    #expect(details.number == 45_382 && details.isDateFormatted == true)
    #expect(details.date == nil)
  }

  @Test(arguments: [("00B050", "00B050"), ("#ffc000", "FFC000"), ("FFFF0000", "FF0000")])
  func coloursReadHex(text: String, hex: String) {
    #expect(RGB(hex: text)?.hex == hex)
  }

  @Test(arguments: ["", "12345", "GG0000", "#12", "1234567"])
  func badHexIsNoColour(text: String) {
    #expect(RGB(hex: text) == nil)
  }
}
