import Testing

@testable import PlanModel

/// The fields `Action` keeps out of line read and write like stored ones, and an action whose
/// details are all empty again equals one that never had any.
struct ActionDetailsTests {
  @Test func detailsReadBackWhatWasSet() {
    var action = Action(span: SourceSpan(file: "p.csv"))
    #expect(action.details.isEmpty)
    action.progress = "On track"
    action.updated = PlanDate(text: "May 2024", kind: .month)
    action.links = ["https://example.org"]
    action.waivers = [
      Waiver(rule: "overdue", reason: "agreed", until: .missing, span: SourceSpan(file: "p"))
    ]
    #expect(action.progress == "On track" && action.updated.text == "May 2024")
    #expect(action.links == ["https://example.org"] && action.waivers.count == 1)
    #expect(action.objective.isEmpty && action.actualEnd == .missing && action.extra.isEmpty)
    action.waivers[0].used = true
    #expect(action.waivers.first?.used == true)
  }

  @Test func emptiedDetailsCompareEqualToNone() {
    let plain = Action(span: SourceSpan(file: "p.csv"))
    var action = plain
    action.evidence = "Audit report"
    action.dependsOn = ["1.2"]
    #expect(action != plain)
    action.evidence = ""
    #expect(action != plain)
    action.dependsOn = []
    #expect(action == plain && action.hashValue == plain.hashValue)
    #expect(action.details.isEmpty)
    action.objective = ""
    #expect(action.details.isEmpty, "setting an empty value stores nothing")
  }
}
