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

  @Test(arguments: [
    ("", ""), ("red", "red"), ("Red", "red"),
    ("  Head of  Service\t- HR \r\n", "head of service - hr"),
    ("a\u{0B}b\u{0C}c", "a b c"), ("   ", ""), ("already normal", "already normal"),
    ("x  y", "x y"), ("trailing ", "trailing"), (" leading", "leading"),
    ("ÉCOLE  Ça\u{00A0}Va", "école ça va"), ("Straße\u{2003}ONE", "straße one"),
    ("MIXED ascii Ünïcode", "mixed ascii ünïcode"), ("Tab\there", "tab here"),
  ])
  func normalizeLowercasesAndCollapsesWhitespace(label: String, expected: String) {
    #expect(StatusScheme.normalize(label) == expected)
  }
}
