import Testing

@testable import PlanReading

/// A table of tiny cells stops at the cell limit with an error instead of exhausting memory.
struct CSVTokenizerLimitTests {
  @Test func stopsAtTheCellLimit() {
    let text = String(repeating: "a,b,c\n", count: 100)
    let tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","), file: "t.csv", maxCells: 30)
    let (table, diagnostics) = tokenizer.tokenize(Array(text.utf8))
    #expect(table.cells.count == 30)
    #expect(diagnostics.map(\.code) == ["csv-too-many-cells"])
    #expect(diagnostics.first?.severity == .error)
  }

  @Test func underTheLimitNothingIsSaid() {
    let tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","), file: "t.csv", maxCells: 30)
    let (table, diagnostics) = tokenizer.tokenize(Array("a,b,c\nd,e,f\n".utf8))
    #expect(table.cells.count == 6)
    #expect(diagnostics.isEmpty)
  }
}
