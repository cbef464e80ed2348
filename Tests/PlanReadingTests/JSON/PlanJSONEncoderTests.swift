import PlanModel
import TestSupport
import Testing

@testable import PlanReading

struct PlanJSONEncoderTests {
  /// Decode, encode, decode, encode: the two encodings must be the same bytes.
  private func roundTrip(_ text: String) throws -> (first: String, second: String) {
    let plan = try #require(decodePlan(text).plan)
    let first = PlanJSONEncoder.encode(plan)
    let (again, diagnostics) = decodePlan(first)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
    return (first, PlanJSONEncoder.encode(try #require(again)))
  }

  @Test(arguments: [
    MarkedText(PlanJSONFixtures.everyField).text,
    #"{"statusScheme": {"name": "lscb", "labels": [{"label": "Done", "class": "complete"}]}}"#,
    #"{"dateOrder": "mdy", "actions": [{"milestones": [{}], "extra": {"": ""}}]}"#,
    "{}",
  ])
  func convertingTwiceGivesIdenticalBytes(_ text: String) throws {
    let (first, second) = try roundTrip(text)
    #expect(first == second)
  }

  @Test func keepsEveryFieldOfTheFullPlan() throws {
    let text = MarkedText(PlanJSONFixtures.everyField).text
    let original = try #require(decodePlan(text).plan)
    let encoded = PlanJSONEncoder.encode(original)
    let again = try #require(decodePlan(encoded).plan)
    // Spans differ (new lines); everything a rule can see must not.
    #expect(again.actions.map(\.title) == original.actions.map(\.title))
    #expect(again.actions.map(\.waivers.count) == original.actions.map(\.waivers.count))
    #expect(again.actions.map(\.extra) == original.actions.map(\.extra))
    #expect(again.milestones.map(\.text) == original.milestones.map(\.text))
    #expect(again.milestones.map(\.done) == original.milestones.map(\.done))
    #expect(again.recommendations.map(\.priority) == original.recommendations.map(\.priority))
    #expect(again.measures.map(\.extra) == original.measures.map(\.extra))
    #expect(again.inspection == original.inspection && again.extra == original.extra)
    #expect(again.kind == .strategy && again.kind == original.kind)
  }

  @Test func writesTheDocumentedShape() throws {
    var plan = Plan(span: SourceSpan(file: "p.json"))
    plan.id = "p"
    var action = Action(span: plan.span)
    action.ref = "1"
    action.status = StatusScheme.bragg.status(for: "Green")
    action.end = PlanDate(text: "March 2024", kind: .month)
    action.milestones = 0..<1
    plan.actions = [action]
    plan.milestones = [
      Milestone(
        text: "Draft", due: PlanDate(text: "3 months", kind: .relative), action: 0, span: plan.span)
    ]
    plan.extra = [.init(name: "Col", value: "a"), .init(name: "Col", value: "b")]
    let expected = """
      {
        "plancheck": 1,
        "id": "p",
        "statusScheme": "everyday",
        "actions": [
          {
            "ref": "1",
            "end": "March 2024",
            "status": "Green",
            "milestones": [
              {
                "text": "Draft",
                "due": "3 months"
              }
            ]
          }
        ],
        "extra": {
          "Col": "a",
          "Col (2)": "b"
        }
      }

      """
    #expect(PlanJSONEncoder.encode(plan) == expected)
  }
}

struct PlanJSONEncoderKindTests {
  @Test func writesKindOnlyWhenNotAnActionPlan() throws {
    var plan = Plan(span: SourceSpan(file: "p.json"))
    plan.id = "p"
    #expect(!PlanJSONEncoder.encode(plan).contains("kind"))
    plan.kind = .servicePlan
    let encoded = PlanJSONEncoder.encode(plan)
    let kind = try #require(encoded.range(of: #""kind": "service-plan""#))
    let id = try #require(encoded.range(of: #""id": "p""#))
    #expect(id.upperBound < kind.lowerBound)
  }
}

struct PlanJSONEncoderDateOrderTests {
  @Test func writesDateOrderOnlyWhenStated() {
    var plan = Plan(span: SourceSpan(file: "p.json"))
    plan.id = "p"
    #expect(!PlanJSONEncoder.encode(plan).contains("dateOrder"))
    plan.dateOrderDeclared = true
    #expect(PlanJSONEncoder.encode(plan).contains(#""dateOrder": "dmy""#))
  }
}
