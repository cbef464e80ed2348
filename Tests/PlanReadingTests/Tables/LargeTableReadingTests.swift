import PlanModel
import Testing

@testable import PlanReading

/// A table of tens of thousands of rows: every action and milestone in row order, with its
/// own text, the fill-down and the section heading applied where they belong, and the first
/// rows read exactly as they are in a small table (no state leaks between rows as the parse
/// caches fill and give up).
struct LargeTableReadingTests {
  /// Row `i`: ref `i`, unique text, an objective given every third row (and filled down to the
  /// next two), two milestones, and a section heading row half way, which ends the fill-down.
  static func table(rows: Int) -> [UInt8] {
    var text = "Ref,Objective,Action,Lead,End date,Milestones,RAG\n"
    for i in 1...rows {
      if i == rows / 2 { text += "7 Second half of the plan,,,,,,\n" }
      let objective = i % 3 == 1 ? "Objective \(i)" : ""
      let milestones = "3 months: draft \(i) agreed 6 months: review \(i) reported"
      let rag = ["Green", "Amber", "Red", "Complete"][i % 4]
      text += "\(i),\(objective),Action \(i) unique words \(i * 7),Lead \(i % 40),"
      text += "\(1 + i % 28)/0\(1 + i % 9)/2025,\"\(milestones)\",\(rag)\n"
    }
    return Array(text.utf8)
  }

  static func read(_ bytes: [UInt8]) -> TableResult {
    CSVTableReader.readActions(bytes: bytes, file: "big.csv", options: TableOptions())
  }

  @Test func everyRowBecomesItsActionInOrder() {
    let rows = 16_384 + 777
    let result = LargeTableReadingTests.read(LargeTableReadingTests.table(rows: rows))
    #expect(result.actions.count == rows)
    #expect(result.milestones.count == rows * 2)
    var expectedMilestone = 0
    for (index, action) in result.actions.enumerated() {
      let i = index + 1
      guard action.ref == "\(i)" else {
        Issue.record("action \(index) has ref \(action.ref)")
        return
      }
      #expect(action.title == "Action \(i) unique words \(i * 7)")
      let source = i - (i - 1) % 3
      let filled = i >= rows / 2 && source < rows / 2 ? "" : "Objective \(source)"
      #expect(action.objective == filled)
      #expect(action.theme == (i >= rows / 2 ? "7" : ""))
      #expect(action.milestones == expectedMilestone..<(expectedMilestone + 2))
      for m in action.milestones {
        #expect(result.milestones[m].action == index)
        #expect(
          result.milestones[m].text.hasSuffix(
            " \(i) " + (m == expectedMilestone ? "agreed" : "reported")))
      }
      expectedMilestone += 2
    }
  }

  @Test func aLargeTableReadsItsRowsAsASmallOneDoes() {
    let small = LargeTableReadingTests.read(LargeTableReadingTests.table(rows: 300))
    let large = LargeTableReadingTests.read(
      LargeTableReadingTests.table(rows: 24_576))
    // The first 149 rows are the same in both tables (the heading comes later in each).
    #expect(Array(large.actions.prefix(149)) == Array(small.actions.prefix(149)))
    #expect(Array(large.milestones.prefix(298)) == Array(small.milestones.prefix(298)))
  }
}
