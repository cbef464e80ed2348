import Testing

@testable import PlanModel

struct PlanTextTests {
  @Test(arguments: [
    ("", ""), ("red", "red"), ("Red", "red"),
    ("  Head of  Service\t- HR \r\n", "head of service - hr"),
    ("a\u{0B}b\u{0C}c", "a b c"), ("   ", ""), ("already normal", "already normal"),
    ("x  y", "x y"), ("trailing ", "trailing"), (" leading", "leading"),
    ("ÉCOLE  Ça\u{00A0}Va", "école ça va"), ("Straße\u{2003}ONE", "straße one"),
    ("MIXED ascii Ünïcode", "mixed ascii ünïcode"), ("Tab\there", "tab here"),
  ])
  func matchKeyLowercasesAndCollapsesWhitespace(text: String, expected: String) {
    #expect(PlanText.matchKey(text) == expected)
  }

  /// The named keys are the match key: a lead, a label and an id written two ways meet.
  @Test func leadsLabelsAndIdsMatchByTheMatchKey() {
    #expect(Plan.key(forLead: "Head of  SERVICE ") == Plan.key(forLead: "head of service"))
    #expect(StatusScheme.key(forLabel: " ON track") == "on track")
    #expect(Plan.key(forRecommendation: " Rec  3") == "3")
    #expect(Plan.key(forLead: "Head of service") != Plan.key(forLead: "Head of service (HR)"))
  }

  @Test(arguments: [
    ("Lead officer(s)", ["lead", "officer", "s"]), ("", []), (" -- ", []),
    ("RAG: 2024/25", ["rag", "2024", "25"]), ("Début  prévu", ["début", "prévu"]),
    // A combining accent stays in its word.
    ("Cafe\u{301} OPEN", ["cafe\u{301}", "open"]), ("Ünïcode—Text", ["ünïcode", "text"]),
  ])
  func wordsAreLowerCaseLettersAndDigits(text: String, expected: [String]) {
    #expect(PlanText.words(text).map(String.init) == expected)
    #expect(PlanText.wordKey(text) == expected.joined(separator: " "))
  }
}
