import Testing

@testable import PlanReading

struct CellParsersTests {
  struct MilestoneCase: CustomTestStringConvertible, Sendable {
    var text: String
    var expected: [String]
    var testDescription: String { text }
  }

  /// Expected milestones as "due | text"; cells from seed 000's milestone column unless noted.
  static let milestoneCases: [MilestoneCase] = [
    .init(
      text:
        "3 months: Review of existing strategy completed 6 months: initial draft for new WD strategy presented to DMT",
      expected: [
        "3 months | Review of existing strategy completed",
        "6 months | initial draft for new WD strategy presented to DMT",
      ]),
    .init(
      text: "6 months - 60% within guidelines 12 months - 95% within guidelines",
      expected: ["6 months | 60% within guidelines", "12 months | 95% within guidelines"]),
    .init(
      text:
        "April - July 2023 6 ASYE recruited July - October 2023 20 ASYE recruited October - March 2024 10 ASYE recruited (36 in total) Performance Data on Reflective Supervisions for ASYE's 6 months - 70% completed 12 months consistently above 90%",
      expected: [
        "April - July 2023 | 6 ASYE recruited", "July - October 2023 | 20 ASYE recruited",
        "October - March 2024 | 10 ASYE recruited (36 in total) Performance Data on Reflective Supervisions for ASYE's",
        "6 months | 70% completed 12 months consistently above 90%",
      ]),
    .init(
      text:
        "3 months: Complete the analysis and present findings to DMT 4 months: Revised training plan in place 6 months: Review training uptake data and present to DMT",
      expected: [
        "3 months | Complete the analysis and present findings to DMT",
        "4 months | Revised training plan in place",
        "6 months | Review training uptake data and present to DMT",
      ]),
    .init(
      text: "April 2024 Training programme available to all staff.",
      expected: ["April 2024 | Training programme available to all staff."]),
    .init(
      text: "4 months: First quarterly audits to be brought to PAM (July 2023)",
      expected: ["4 months | First quarterly audits to be brought to PAM (July 2023)"]),
    .init(
      text: "Revised training delivered to all staff",
      expected: [" | Revised training delivered to all staff"]),
    .init(
      text: "1 Month: Attendance Team to move to FPS (05/04/23)",
      expected: ["1 Month | Attendance Team to move to FPS (05/04/23)"]),
    .init(text: "3 weeks: paper to DMT", expected: ["3 weeks | paper to DMT"]),
    .init(
      text: "2 Months: Focus groups delivered", expected: ["2 Months | Focus groups delivered"]),
    .init(
      text:
        "6 months: A review of impact will have been completed and presented DMT 9 months (Jan 2024): Schools and settings have action plans in",
      expected: [
        "6 months | A review of impact will have been completed and presented DMT",
        "9 months | Schools and settings have action plans in (Jan 2024)",
      ]),
    .init(text: "Annual: Section 11 audit", expected: ["Annual | Section 11 audit"]),
    .init(text: "Monthly: Report into SD PAM", expected: ["Monthly | Report into SD PAM"]),
    .init(
      text: "I months: Review of scorecard 6 months: 60% of all audits",
      expected: [" | I months: Review of scorecard", "6 months | 60% of all audits"]),
    .init(
      text: "6 months - DMT report of workshops. 12 months - Full review presented at DMT.",
      expected: [
        "6 months | DMT report of workshops.", "12 months | Full review presented at DMT.",
      ]),
    .init(
      text: "• Draft plan\n• Plan signed off", expected: [" | Draft plan", " | Plan signed off"]),
    .init(
      text: "3 months:\nReview complete\n6 months:\nDraft to DMT",
      expected: ["3 months | Review complete", "6 months | Draft to DMT"]),
    .init(
      text: "Q3 2023/24: pilot live 31/03/2024: roll-out",
      expected: ["Q3 2023/24 | pilot live", "31/03/2024 | roll-out"]),
    .init(
      text: "Nov 2018 – Mar 2019: consultation", expected: ["Nov 2018 – Mar 2019 | consultation"]),
    .init(text: "", expected: []),
    .init(text: "   ", expected: []),
    .init(text: "2024-03-31 - board sign-off", expected: ["2024-03-31 | board sign-off"]),
  ]

  @Test(arguments: milestoneCases)
  func splitsMilestones(_ test: MilestoneCase) {
    let actual = CellParsers.milestones(in: test.text).map { "\($0.due) | \($0.text)" }
    #expect(actual == test.expected)
  }

  /// Seed 003's "Ofsted Ref" column, plus common spellings.
  @Test(arguments: [
    ("Recommendation 1,5,6,8,11", ["1", "5", "6", "8", "11"]),
    ("Recommendation 2 and 10", ["2", "10"]),
    ("Recommendation 9 and 4", ["9", "4"]),
    ("Recommendation 10 and 1", ["10", "1"]),
    ("Recommendation 11", ["11"]),
    ("Recs 3 & 7", ["3", "7"]),
    ("R1, R2", ["R1", "R2"]),
    ("1.", ["1"]),
    ("1", ["1"]),
    ("ALL", ["ALL"]),
    ("All recommendations", ["ALL"]),
    ("", []),
    ("Recommendations 1-3", ["1", "2", "3"]),
    ("Rec. 4; Rec. 4", ["4"]),
    ("Recommendation 3a", ["3a"]),
    ("Recommendation", []),
  ])
  func readsRecommendationIDs(_ text: String, _ expected: [String]) {
    #expect(CellParsers.recommendationIDs(in: text) == expected)
  }

  @Test(arguments: [
    ("1.1.1; 1.1.2", ["1.1.1", "1.1.2"]),
    ("Workforce Board Action Plan", ["Workforce Board Action Plan"]),
    (
      "CSC Team Service plans\nQuality and Assurance Team Service Plan",
      ["CSC Team Service plans", "Quality and Assurance Team Service Plan"]
    ),
    ("a, b ,, c", ["a", "b", "c"]),
    ("", []),
  ])
  func splitsLists(_ text: String, _ expected: [String]) {
    #expect(CellParsers.list(in: text) == expected)
  }
}
