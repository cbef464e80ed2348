import Testing

@testable import PlanModel

struct SpellingTests {
  @Test(arguments: [
    ("leed", "lead"), ("stat", "start"), ("ned", "end"), ("recomendations", "recommendations"),
  ])
  func suggestsCloseNames(typo: String, expected: String) {
    let fields = ["lead", "start", "end", "status", "recommendations", "ref", "title"]
    #expect(Spelling.closest(to: typo, among: fields) == expected)
  }

  @Test func noSuggestionForUnrelatedNames() {
    #expect(Spelling.closest(to: "frobnicate", among: ["lead", "start"]) == nil)
  }
}
