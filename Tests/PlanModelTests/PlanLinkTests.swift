import Testing

@testable import PlanModel

struct PlanLinkTests {
  private func action(_ ref: String, theme: String = "", recs: [String] = []) -> Action {
    var action = Action(span: SourceSpan(file: "p.json"))
    action.ref = ref
    action.theme = theme
    action.recommendations = recs
    return action
  }

  @Test func computesRelationsOnce() {
    var plan = Plan(span: SourceSpan(file: "p.json"))
    plan.themes = [Theme(ref: "1.1", title: "Workforce", span: plan.span)]
    plan.recommendations = [
      Recommendation(id: "1", span: plan.span), Recommendation(id: "2", span: plan.span),
    ]
    plan.actions = [
      action("1.1.1", theme: "1.1", recs: ["R1", "1"]), action("1.1.1", theme: "1.1"),
      action("2.1", recs: ["Rec 2", "9"]),
    ]
    plan.link()
    #expect(plan.recommendations[0].actions == [0])
    #expect(plan.recommendations[1].actions == [2])
    #expect(plan.themes[0].actions == [0, 1])
    #expect(plan.actions[0].sameRef == [1])
    #expect(plan.actions[2].sameRef == [])
    #expect(plan.actions[0].themeIndex == 0)
    #expect(plan.actions[2].themeIndex == nil)
    #expect(plan.recommendation(id: "9") == nil)
  }
}
