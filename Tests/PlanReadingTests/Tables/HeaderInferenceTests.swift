import PlanModel
import Testing

@testable import PlanReading

/// Whole tables in layouts invented for these tests: the mapping, its reasons, clashes, the
/// contents check, the "kept as extra" notice and `columns` errors.
struct HeaderInferenceTests {
  static func mapping(_ text: String, options: TableOptions = TableOptions()) -> [String?] {
    readTable(text, options: options).mappings.first?.columns.map(\.field) ?? []
  }

  @Test func aDevelopmentPlanLayout() {
    let fields = Self.mapping(
      """
      Workforce development plan 2024-25,,,,,,
      No.,Developmental objective,Specific actions,Who,Target completion,How measured,RAG
      1,Stable workforce,Run a recruitment campaign for social workers,Head of HR,March 2025,Vacancy rate under 12%,Green
      2,Skilled managers,Deliver a leadership programme for team managers,Principal Social Worker,June 2025,90% of managers complete it,Amber
      3,Learning culture,Hold monthly practice weeks,Practice Lead,Ongoing,Attendance above 70%,Red
      """)
    #expect(fields == ["ref", "objective", "title", "lead", "end", "measure", "status"])
  }

  @Test func anOutcomesFrameworkLayout() {
    let fields = Self.mapping(
      """
      Area for improvement,What will we do?,Lead officer,Start,Completion date,Expected outcome,Progress (Q2),Budget code
      Timeliness of assessments,Recruit two assessment social workers,Service Manager Assessment,April 2024,September 2024,85% of assessments within 45 days,Interviews held,CC-101
      Quality of supervision,Audit supervision records monthly,Head of Quality,May 2024,December 2024,Supervision every 4 weeks in 90% of cases,First audit done,CC-102
      Voice of the child,Introduce a feedback app,Participation Lead,June 2024,March 2025,Feedback from 200 children a year,Procurement started,CC-103
      """)
    #expect(
      fields == [
        "recommendations", "title", "lead", "start", "end", "measure", "progress", nil,
      ])
  }

  @Test func whenTwoHeadersWantOneFieldTheBetterWins() {
    let result = readTable(
      """
      Ref,Activity,Action,Lead
      1,Workforce,Recruit staff,Head of HR
      2,Quality,Audit cases,Head of Quality
      3,Voice,Survey children,Participation Lead
      """)
    let columns = result.mappings.first?.columns ?? []
    #expect(columns.map(\.field) == ["ref", nil, "title", "lead"])
    #expect(columns[1].reason == "kept as extra: 'title' went to 'Action'")
    #expect(result.actions.first?.title == "Recruit staff")
  }

  @Test func contentsOverruleAWeakHeader() {
    // "Position" is a weak progress cue; a column of ratings is the status.
    let fields = Self.mapping(
      """
      Ref,Action,Lead,Current position
      1,Recruit staff,Head of HR,Green
      2,Audit cases,Head of Quality,Amber
      3,Survey children,Participation Lead,Red
      """)
    #expect(fields == ["ref", "title", "lead", "progress"])
    // …and a "When" column of prose is not an end date.
    let prose = Self.mapping(
      """
      Ref,Action,Lead,When
      1,Recruit staff,Head of HR,After the budget is agreed by the council
      2,Audit cases,Head of Quality,Once the new system is live in the service
      3,Survey children,Participation Lead,When the participation strategy is approved
      """)
    #expect(prose == ["ref", "title", "lead", "end"] || prose == ["ref", "title", "lead", nil])
  }

  @Test func unmappedHeadersAreNamedOncePerTable() {
    let result = readTable(
      """
      Ref,Action,Lead,Budget code,Funding source
      1,Recruit staff,Head of HR,CC-1,Grant
      """)
    let notices = result.diagnostics.filter { $0.code == "table-unmapped-columns" }
    #expect(notices.count == 1)
    #expect(notices.first?.severity == .info)
    #expect(
      notices.first?.message.hasPrefix("kept as extra: 'Budget code', 'Funding source';") == true)
    #expect(result.actions.first?.extra.map(\.name) == ["Budget code", "Funding source"])
  }

  @Test func reasonsSayWhy() {
    let columns =
      readTable(
        """
        NOS,What will it do?,Lead
        1.1,Recruit staff,Head of HR
        1.2,Audit cases,Head of Quality
        1.3,Survey children,Participation Lead
        """
      ).mappings.first?.columns ?? []
    #expect(
      columns.map(\.reason) == [
        "words 'nos'; 100% of its values are refs", "words 'what', 'do'", "alias 'Lead'",
      ])
  }

  @Test func anOverrideForAMissingHeaderIsAnError() {
    var options = TableOptions()
    options.columns = ["Leed officer": "lead"]
    let result = readTable("Ref,Action,Lead officer\n1,A,B\n", options: options)
    let error = result.diagnostics.first { $0.code == "columns-header-not-found" }
    #expect(error?.severity == .error)
    #expect(error?.message.contains("did you mean 'Lead officer'?") == true)
  }

  @Test func twoAliasesOfOneFieldAreRankedByTheirWords() {
    let fields = Self.mapping(
      """
      Priority,Objective,Action,Lead
      Safer children,Fewer re-referrals,Audit repeat referrals,Head of Front Door
      Stable workforce,Lower vacancy rate,Recruit social workers,Head of HR
      Good practice,Better audits,Train managers,Principal Social Worker
      """)
    #expect(fields == ["theme", "objective", "title", "lead"])
  }

  @Test func aHeaderOfPunctuationIsReadByItsValues() {
    let fields = Self.mapping(
      """
      #,Action,Lead
      1.1,Audit repeat referrals,Head of Front Door
      1.2,Recruit social workers,Head of HR
      2.1,Train managers,Principal Social Worker
      """)
    #expect(fields == ["ref", "title", "lead"])
  }
}
