import PlanModel
import Reporting
import Testing

struct FindingOrderTests {
  /// Sorting on ranked integer keys gives exactly the order of the stable sort by `precedes`,
  /// ties (identical findings that differ only in suppression) included.
  @Test func integerKeysSortAsPrecedes() {
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var findings: [Finding] = []
    for index in 0..<2_000 {
      let file = ["b.csv", "a.json", "plan/actions.csv"][next(3)]
      let span = SourceSpan(file: file, line: next(40) + 1, column: next(3) + 1)
      findings.append(
        Finding(
          ruleID: ["ref-gap", "missing-lead", "duplicate-ref", "a-rule"][next(4)],
          severity: .warning, message: ["m\(next(3))", "Action 1.\(next(5))"][next(2)],
          span: span, entity: EntityRef(kind: .entity(.action), ref: "1.\(next(9))"), planID: "p",
          fingerprint: "\(next(4))", suppression: index % 7 == 0 ? .baseline : nil))
    }
    var sorted = findings
    FindingOrder.sortInPlace(&sorted)
    #expect(sorted == findings.sorted(by: FindingOrder.precedes))
    var again = sorted
    FindingOrder.sortInPlace(&again)
    #expect(again == sorted)
  }
}
