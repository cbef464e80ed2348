import PlanModel
import Testing

@testable import PlanReading

/// Large tables are built in batches, split between the cores: the actions and milestones
/// must come out as if built one row after another.
struct BatchedRowReadingTests {
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

  @Test func batchesGiveTheActionsInRowOrder() {
    let rows = TableRowReader.batchRows * 2 + 777
    let result = BatchedRowReadingTests.read(BatchedRowReadingTests.table(rows: rows))
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
    let small = BatchedRowReadingTests.read(BatchedRowReadingTests.table(rows: 300))
    let large = BatchedRowReadingTests.read(
      BatchedRowReadingTests.table(rows: TableRowReader.batchRows * 3))
    // The first 149 rows are the same in both tables (the heading comes later in each).
    #expect(Array(large.actions.prefix(149)) == Array(small.actions.prefix(149)))
    #expect(Array(large.milestones.prefix(298)) == Array(small.milestones.prefix(298)))
  }
}
