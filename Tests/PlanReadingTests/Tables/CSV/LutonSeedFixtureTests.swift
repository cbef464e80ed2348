import PlanModel
import Testing

@testable import PlanReading

/// A CSV export of the first rows of seed 000 (Luton's improvement plan) as the spreadsheet
/// itself would save it: title rows above the header, the seed's real headers, merged objective
/// cells (blank below their first row), section rows, the plan's six-phrase RAG scheme.
struct LutonSeedFixtureTests {
  static let csv = """
    1. Improving Quality,,,,,,,,,
    "Ensuring the right staff are in the right place at the right time",,,,,,,,,
    Objectives,Ref.,Actions,How will we know it has worked,Responsible Lead Officer Workforce,Start Date,End Date,Milestones (expected progress),Rag rating,Detailed action plan
    Workforce,,,,,,,,,
    "A Workforce Strategy that outlines our key strategic priorities for the next 3 years and includes:",1.1.1.1,"To review and evaluate our current workforce strategy.  To refresh the workforce strategy documentation",We will have reduced staff turnover and a higher ratio of Permanent staff over agency,Business Partner - HR,2023-02-01,2023-10-21,3 months: Review of existing strategy completed 6 months: initial draft for new WD strategy presented to DMT,"Action not yet completed, but on track",Workforce Board Action Plan
    ,1.1.1.2,To review the training needs of all staff to inform our training and,An effective and robust training programme in place.,Workforce and OD Team Manager,2023-03-21,2023-10-01,3 months: Complete the analysis and present findings to DMT 4 months: Revised training plan in place 6 months: Review training uptake data and present to DMT,Not started,"Workforce Board Action Plan
    Team Service Plans"
    ,1.1.1.4,Senior Managers will ensure that caseload number remain within the agreed caseload management ratio,Assurance provided within PAM on a monthly basis.,Service Director - Operations,2023-03-01,2024-03-01,6 months - 60% within guidelines 12 months - 95% within guidelines,Business As Usual Activity,CSC Team Service plans
    "Luton will have a Social Work Academy for all Social Work disciplines - delivering on our ""grow your own"" principle",1.1.2.1,Evaluate the impact and outcomes of the Social Work Academy.,A stable supported workforce.,Head of Social Work Academy,2023-03-21,2024-04-01,April - July 2023 6 ASYE recruited July - October 2023 20 ASYE recruited October - March 2024 10 ASYE recruited (36 in total),Not started,Quality Assurance Service Plan (audit)
    ,,We will work closely with Learning and Development to strengthen our leadership programme.,A Leadership training programme is available for all prospective leaders.,Workforce and OD Team Manager,2023-04-01,2024-04-01,April 2024 Training programme available to all staff.,Not started,Workforce Board Action Plan
    Practice Standards and Quality Assurance Framework,,,,,,,,,
    An updated performance framework that captures the voices of children and families,1.2.1.1,To develop further training and performance measures.,Collaborative Audits will all have feedback from Children and Families.,Head of Service Quality Assurance,2023-01-01,2025-04-01,I months: Review of scorecard 6 months: 60% of all audits,"Action not yet completed, but on track",Quality and Assurance Team Service Plan
    ,1.2.1.2,To review and refresh all recording and reporting mechanisms.,Young people to fully participate in their meetings,,2023-01-01,2023-05-01,90% of all audits and meeting reports having sought children and families voice.,"Action not yet completed, but on track",Team Service Plans
    Objectives,Ref.,Actions,How will we know it has worked,Responsible Lead Officer,Start Date,End Date,Milestones,Rag rating,Detailed action plan
    1.3 Ofsted specific concerns,,,,,,,,,
    To address all areas for improvement as highlighted by Ofsted in the July 2022 ILACS,1.3.1.1,To complete a deep dive audit on the quality and impact of supervision,Collaborative Audits will capture the quality of supervision.,Head of Quality Assurance,2023-03-15,2023-07-15,4 months: First quarterly audits to be brought to PAM (July 2023),Not started,Team Service Plans
    ,1.3.1.6,To develop and deliver a preventative early intervention offer.,Increased number of families assisted.,"Head of family Partnership, Service Director,",2023-01-01,on-going,,Business As Usual Activity,FPS Service Plan
    """

  static func read() -> TableResult {
    var options = TableOptions()
    options.statusScheme = .luton2023
    options.themes = [
      Theme(ref: "1.1", title: "Workforce", span: SourceSpan(file: "plan.json")),
      Theme(
        ref: "1.2", title: "Practice Standards and Quality Assurance Framework",
        span: SourceSpan(file: "plan.json")),
    ]
    return readTable(
      csv.replacingOccurrences(of: "\n", with: "\r\n"), file: "luton.csv",
      options: options)
  }

  @Test func readsEveryActionWithItsThemeAndObjective() {
    let result = Self.read()
    #expect(result.diagnostics.isEmpty)
    #expect(
      result.actions.map(\.ref) == [
        "1.1.1.1", "1.1.1.2", "1.1.1.4", "1.1.2.1", "", "1.2.1.1", "1.2.1.2", "1.3.1.1", "1.3.1.6",
      ])
    #expect(
      result.actions.map(\.theme) == [
        "1.1", "1.1", "1.1", "1.1", "1.1", "1.2", "1.2", "1.3", "1.3",
      ])
    let objectives = result.actions.map { String($0.objective.prefix(14)) }
    #expect(
      objectives == [
        "A Workforce St", "A Workforce St", "A Workforce St", "Luton will hav", "Luton will hav",
        "An updated per", "An updated per", "To address all", "To address all",
      ])
    // "1. Improving Quality" above the header opens theme 1; "1.3 …" is met in the table.
    #expect(result.themes.map(\.ref) == ["1", "1.3"])
    #expect(result.themes.map(\.title) == ["Improving Quality", "Ofsted specific concerns"])
  }

  @Test func readsLeadsStatusesDatesAndLinks() {
    let result = Self.read()
    #expect(result.actions[0].lead == "Business Partner - HR")
    #expect(result.actions[6].lead == "")
    #expect(
      result.actions.map(\.status.statusClass) == [
        .green, .notStarted, .bau, .notStarted, .notStarted, .green, .green, .notStarted, .bau,
      ])
    #expect(result.actions[0].end.kind == .day)
    #expect(result.actions[8].end.text == "on-going")
    #expect(result.actions[1].links == ["Workforce Board Action Plan", "Team Service Plans"])
    #expect(result.actions[3].objective.contains("\"grow your own\""))
    #expect(result.actions[1].span.line == 6)
    #expect(result.actions[2].span.line == 8)
    #expect(result.actions[2].span.row == 7)
  }

  @Test func splitsMilestoneCells() {
    let result = Self.read()
    let counts = result.actions.map(\.milestones.count)
    #expect(counts == [2, 3, 2, 3, 1, 2, 1, 1, 0])
    let asye = result.actions[3].milestones.map { result.milestones[$0].due.text }
    #expect(asye == ["April - July 2023", "July - October 2023", "October - March 2024"])
    #expect(
      result.milestones.allSatisfy {
        result.actions[$0.action].milestones.contains(
          result.milestones.firstIndex(of: $0) ?? -1)
      })
  }
}
