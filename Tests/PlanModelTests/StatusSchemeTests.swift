import Testing

@testable import PlanModel

struct StatusSchemeTests {
  @Test(arguments: [
    ("GREEN", StatusClass.green), ("  amber ", .amber), ("red", .red), ("Purple", .unknown),
  ])
  func ragMatchesCaseInsensitively(label: String, expected: StatusClass) {
    #expect(StatusScheme.rag.status(for: label).statusClass == expected)
  }

  @Test(arguments: [
    ("Action not yet completed,  but on track", StatusClass.green),
    ("ACTION COMPLETE", .complete),
    ("Long-term action not yet started. No risk to implementation currently anticipated", .notDue),
    ("Business As Usual Activity", .bau),
    ("Action off track, risk to plan", .red),
    ("Not started", .notStarted),
    ("Activity progressing, some issues but realistic plans in place to recover", .amber),
  ])
  func luton2023Phrases(label: String, expected: StatusClass) {
    #expect(StatusScheme.luton2023.status(for: label).statusClass == expected)
  }

  @Test func emptyLabelIsMissingAndOpen() {
    let status = StatusScheme.bragg.status(for: "  ")
    #expect(status.isMissing)
    #expect(status.isOpen)
    #expect(status.statusClass == .unknown)
  }

  @Test func openness() {
    #expect(!StatusClass.complete.isOpen)
    #expect(!StatusClass.bau.isOpen)
    #expect(StatusClass.unknown.isOpen)
    #expect(StatusClass.notDue.isOpen)
  }
}
