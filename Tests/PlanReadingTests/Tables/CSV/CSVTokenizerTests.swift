import PlanModel
import TestSupport
import Testing

@testable import PlanReading

struct CSVTokenizerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var input: String
    var delimiter: UInt8 = 0x2C
    var records: [[String]]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "plain", input: "a,b,c\n1,2,3\n", records: [["a", "b", "c"], ["1", "2", "3"]]),
    Case(name: "no final newline", input: "a,b\n1,2", records: [["a", "b"], ["1", "2"]]),
    Case(name: "CRLF", input: "a,b\r\n1,2\r\n", records: [["a", "b"], ["1", "2"]]),
    Case(name: "lone CR", input: "a,b\r1,2\r", records: [["a", "b"], ["1", "2"]]),
    Case(name: "quoted comma", input: "\"a,b\",c\n", records: [["a,b", "c"]]),
    Case(name: "doubled quotes", input: "\"say \"\"hi\"\"\",x\n", records: [["say \"hi\"", "x"]]),
    Case(
      name: "embedded newline", input: "\"line 1\nline 2\",x\ny,z\n",
      records: [["line 1\nline 2", "x"], ["y", "z"]]),
    Case(name: "embedded CRLF", input: "\"a\r\nb\",c\r\n", records: [["a\r\nb", "c"]]),
    Case(
      name: "ragged", input: "a,b,c\n1\n1,2,3,4\n",
      records: [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]]),
    Case(name: "empty cells", input: ",,\n", records: [["", "", ""]]),
    Case(name: "trailing delimiter", input: "a,\n", records: [["a", ""]]),
    Case(name: "empty quoted", input: "\"\",x\n", records: [["", "x"]]),
    Case(name: "text after closing quote", input: "\"ab\"cd,x\n", records: [["abcd", "x"]]),
    Case(name: "trimmed", input: "  a  , \" b \" \n", records: [["a", "b"]]),
    Case(name: "tab", input: "a\tb,c\n", delimiter: 0x09, records: [["a", "b,c"]]),
    Case(name: "blank line kept as record", input: "a\n\nb\n", records: [["a"], [""], ["b"]]),
    Case(name: "quote inside unquoted", input: "a\"b,c\n", records: [["a\"b", "c"]]),
    Case(name: "escaped quote at end", input: "\"x\"\"\"\n", records: [["x\""]]),
  ]

  @Test(arguments: cases)
  func tokenizes(_ test: Case) {
    let (table, diagnostics) = CSVTokenizer(delimiter: test.delimiter, file: "t.csv")
      .tokenize(Array(test.input.utf8))
    let records = (0..<table.recordCount).map { table.cells(ofRecord: $0).map(table.text) }
    #expect(records == test.records)
    #expect(diagnostics.isEmpty)
  }

  @Test func positionsAreOneBasedByteColumnsAcrossEmbeddedNewlines() {
    let marked = MarkedText("1️⃣id,2️⃣\"two\nlines\",3️⃣x\n4️⃣é,5️⃣y\n6️⃣z")
    let (table, _) = CSVTokenizer(delimiter: 0x2C, file: "t.csv").tokenize(Array(marked.text.utf8))
    let positions = table.cells.map { ($0.line, $0.column) }
    let expected = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣"].compactMap { marked.markers[$0] }
    #expect(positions.map { Int($0.0) } == expected.map(\.line))
    #expect(positions.map { Int($0.1) } == expected.map(\.column))
    #expect(table.recordCount == 3)
  }

  @Test func crlfAndLoneCRBothEndOneLine() {
    let (table, _) = CSVTokenizer(delimiter: 0x2C, file: "t.csv").tokenize(
      Array("a\r\nb\rc\nd".utf8))
    #expect(table.cells.map(\.line) == [1, 2, 3, 4])
    #expect(table.cells.map(\.column) == [1, 1, 1, 1])
  }

  @Test func unterminatedQuoteIsReportedAtTheOpeningQuoteAndTheRestStillReads() {
    let marked = MarkedText("a,b\n1,1️⃣\"open\n2,x\n3,y\n")
    let (table, diagnostics) = CSVTokenizer(delimiter: 0x2C, file: "t.csv")
      .tokenize(Array(marked.text.utf8))
    let marker = marked.markers["1️⃣"]
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.code == "csv-unterminated-quote")
    #expect(diagnostics.first?.severity == .error)
    #expect(diagnostics.first?.span.line == marker?.line)
    #expect(diagnostics.first?.span.column == marker?.column)
    #expect(diagnostics.first?.span.row == 2)
    let records = (0..<table.recordCount).map { table.cells(ofRecord: $0).map(table.text) }
    #expect(records == [["a", "b"], ["1", "\"open"], ["2", "x"], ["3", "y"]])
  }

  @Test func hostileQuotePatternStaysLinear() {
    let input = Array(String(repeating: "\"a\"\",", count: 50_000).utf8)
    let (table, diagnostics) = CSVTokenizer(delimiter: 0x2C, file: "t.csv").tokenize(input)
    #expect(diagnostics.count <= 1)
    #expect(table.recordCount == 1)
  }
}
