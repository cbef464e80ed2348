import PlanModel
import TestSupport
import Testing

@testable import PlanReading

/// `"recommendations": {"file": ...}`: an inspection's recommendations kept in their own table,
/// read with the same header inference as actions.
struct RecommendationTableTests {
  @Test func aRecommendationsTableIsReadByItsHeaders() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    _ = try directory.write(
      "recs.csv",
      """
      Ofsted ILACS findings,,,,
      Recommendation no.,Recommendation,Area,Priority,Source
      1,Improve the timeliness of assessments,Front door,Yes,ILACS 2023
      2,Strengthen management oversight of plans,Quality,No,ILACS 2023
      3,Increase the stability of the social work workforce,Workforce,,Monitoring visit 2024

      """)
    _ = try directory.write(
      "actions.csv", "Ref,Action,Lead,Ofsted Ref\n1.1,Recruit assessment workers,Head of HR,1\n")
    let text = #"""
      {"recommendations": {"file": "recs.csv"}, "actions": {"file": "actions.csv"}}
      """#
    let (plan, diagnostics) = decodePlan(text, baseDirectory: directory.path)
    #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.map(\.formatted))")
    let recommendations = try #require(plan?.recommendations)
    #expect(recommendations.map(\.id) == ["1", "2", "3"])
    #expect(recommendations.first?.text == "Improve the timeliness of assessments")
    #expect(recommendations.map(\.area) == ["Front door", "Quality", "Workforce"])
    #expect(recommendations.map(\.priority) == [true, false, false])
    #expect(recommendations.last?.source == "Monitoring visit 2024")
    #expect(plan?.actions.first?.recommendations == ["1"])
    let mapping = plan?.tables.first?.columns.map(\.field)
    #expect(mapping == ["ref", "title", "theme", "objective", nil])
  }

  @Test func measuresStillNeedListingInline() {
    let (_, diagnostics) = decodePlan(#"{"measures": {"file": "m.csv"}}"#)
    #expect(diagnostics.contains { $0.message.contains("not supported yet") })
  }
}
