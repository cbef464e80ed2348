import Testing

@testable import PlanReading

/// `TableCell` packs its quote flag into the column's top bit; `CSVTokenizer` reserves cells from
/// a sample of the file.
struct CellTableStorageTests {
  @Test(arguments: [(Int32(1), false), (1, true), (Int32.max, true), (Int32.max, false), (0, true)])
  func columnAndQuoteAreIndependent(column: Int32, quoted: Bool) {
    var cell = TableCell(start: 5, end: 9, line: 3, column: column, quoted: quoted)
    #expect(cell.column == column && cell.quoted == quoted)
    cell.quoted.toggle()
    #expect(cell.column == column && cell.quoted != quoted)
    cell.column = 42
    #expect(cell.column == 42 && cell.quoted != quoted)
    #expect(cell.start == 5 && cell.end == 9 && cell.line == 3)
  }

  @Test func negativeColumnsClampToZero() {
    let cell = TableCell(start: 0, end: 0, line: 1, column: -4, quoted: true)
    #expect(cell.column == 0 && cell.quoted)
  }

  @Test func cellEstimateFollowsTheSample() {
    let tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","), file: "t.csv")
    let row = "1.1,Audit practice,Head of Service,01/05/2024,Green\n"
    let bytes = Array(String(repeating: row, count: 20_000).utf8)
    let actual = 20_000 * 5
    let estimate = tokenizer.estimatedCells(bytes)
    #expect(estimate >= actual && estimate <= actual * 11 / 10)
    #expect(tokenizer.estimatedCells([]) == 0)
  }
}
