import PlanModel
import Testing

@testable import PlanReading

/// Inputs that must yield diagnostics or plain results, never a crash or a hang.
struct CSVHostileInputTests {
  @Test func emptyFileIsAnError() {
    let result = readTable("")
    #expect(result.diagnostics.map(\.message) == ["empty file"])
    #expect(result.diagnostics.first?.severity == .error)
  }

  @Test func onlyAHeaderGivesZeroActionsAndNoError() {
    let result = readTable("Ref,Action,Lead\r\n")
    #expect(result.actions.isEmpty)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func tenMegabyteCell() {
    let big = String(repeating: "x", count: 10_000_000)
    let quoted = readTable("Ref,Action\n1,\"\(big)\"\n2,\(big)\n")
    #expect(quoted.actions.map(\.title.utf8.count) == [10_000_000, 10_000_000])
  }

  @Test func hundredThousandColumns() {
    let header = "Ref,Action," + (0..<100_000).map { "C\($0)" }.joined(separator: ",")
    let row = "1,A," + String(repeating: "v,", count: 99_999) + "v"
    let result = readTable(header + "\n" + row + "\n")
    #expect(result.actions.count == 1)
    #expect(result.actions.first?.extra.count == 100_000)
    #expect(result.actions.first?.extra.last == ExtraField(name: "C99999", value: "v"))
  }

  @Test func wholeFileIsOneQuotedField() {
    let result = readTable("\"Ref,Action\n1,A\n2,B\"")
    #expect(result.actions.isEmpty)
    #expect(result.diagnostics.map(\.code) == ["csv-no-header"])
  }

  @Test func unterminatedQuoteInATableStillReadsLaterRows() {
    let result = readTable("Ref,Action,Lead\n1,\"Open,A\n2,B,C\n3,D,E\n")
    #expect(result.diagnostics.first?.code == "csv-unterminated-quote")
    #expect(result.diagnostics.first?.span.line == 2)
    #expect(result.diagnostics.first?.span.column == 3)
    #expect(result.actions.map(\.ref) == ["1", "2", "3"])
  }

  @Test func nulBytesDoNotCrash() {
    let bytes = Array("Ref,Action\n1,A".utf8) + [0, 0] + Array("\n2,B\n".utf8)
    let result = CSVTableReader.readActions(bytes: bytes, file: "p.csv", options: TableOptions())
    #expect(result.actions.count == 2)
  }

  @Test(arguments: 0..<40)
  func randomBytesNeverCrash(seed: Int) {
    var state = UInt64(seed &+ 1) &* 0x9E37_79B9_7F4A_7C15
    let alphabet = Array("Ref,Action,Lead\"\r\n\t 1.2é".utf8) + [0x93, 0x00, 0xFF, 0xC3]
    let bytes = (0..<(seed * 97 % 2000)).map { _ -> UInt8 in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return alphabet[Int(state >> 33) % alphabet.count]
    }
    let result = CSVTableReader.readActions(bytes: bytes, file: "fuzz.csv", options: TableOptions())
    for action in result.actions {
      #expect(action.milestones.upperBound <= result.milestones.count)
    }
  }
}
