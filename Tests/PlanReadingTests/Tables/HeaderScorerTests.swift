import PlanModel
import Testing

@testable import PlanReading

/// Header spellings invented for these tests (none is from a seed plan or an alias list): the
/// scorer must read them by their words.
struct HeaderScorerTests {
  /// What a lone header maps to: an exact alias, else the cue-word scorer.
  static func field(_ header: String) -> ActionField? {
    if case .exact(let field) = HeaderAliases.match(header) { return field }
    return HeaderScorer.best(header)?.field
  }

  @Test(arguments: [
    ("What will it do?", ActionField.title), ("Specific Actions", .title), ("What?", .title),
    ("Activity", .title), ("Key tasks", .title), ("Improvement activity", .title),
    ("Planned intervention", .title), ("Description of action", .title),
    ("Actions to address the recommendation", .title), ("Tasks", .title),
    ("Who?", .lead), ("Who is accountable", .lead), ("Named lead", .lead),
    ("Action owner(s)", .lead), ("Responsible manager", .lead), ("SRO", .lead),
    ("By whom", .lead), ("Officer responsible", .lead), ("Action lead", .lead),
    ("Target completion", .end), ("Complete by", .end), ("Date due", .end),
    ("Deadline for completion", .end), ("Timeline", .end), ("When will it be done?", .end),
    ("Commencement date", .start), ("Begin", .start), ("Date started", .actualStart),
    ("Actual completion", .actualEnd), ("Original target date", .baselineEnd),
    ("RAG status (current)", .status), ("Delivery confidence", .status),
    ("BRAG rating", .status), ("Current RAG", .status), ("Action status", .status),
    ("How will we measure success?", .measure), ("Success indicators", .measure),
    ("Performance measure", .measure), ("Output/Outcome measurement", .measure),
    ("What will impact be and how measured", .measure), ("EXPECTED OUTCOME", .measure),
    ("KPI / target", .measure), ("What difference will it make?", .measure),
    ("DEVELOPMENTAL OBJECTIVE", .objective), ("Strategic aim", .objective),
    ("Why are we doing this?", .objective), ("Goals", .objective),
    ("Recommendation no.", .recommendations), ("Ofsted recommendation ref", .recommendations),
    ("Area for improvement", .recommendations), ("Inspection finding", .recommendations),
    ("Progress commentary", .progress), ("Update (Q2)", .progress),
    ("Latest position", .progress), ("Outcome – (report for Q1, Q2, Q3, Q4)", .progress),
    ("Date of last update", .updated), ("Last reviewed", .updated),
    ("Strand", .theme), ("Focus area", .theme), ("Pillar", .theme),
    ("Depends on action", .dependsOn), ("Dependencies (other actions)", .dependsOn),
    ("Evidence of completion", .evidence), ("Link to detailed plan", .links),
    ("NOS", .ref), ("Item no", .ref), ("Action no", .ref), ("Ref #", .ref), ("ID number", .ref),
    ("How we will do this", .title), ("Response", .title),
    ("What needs to improve", .recommendations),
    ("Ofsted judgement area", .theme), ("R/A/G", .status), ("Resp.", .lead),
    ("Monitoring arrangements", .measure),
    ("Milestones / key dates", .milestones), ("Interim milestones", .milestones),
    ("Key dates", .milestones), ("Checkpoints", .milestones),
  ])
  func mapsInventedHeaders(_ header: String, _ field: ActionField) {
    #expect(Self.field(header) == field, "\(header)")
  }

  @Test(arguments: [
    "Budget code", "Risk rating", "Cost (£)", "Resources required", "Frequency", "Page",
    "Funding source", "2023/24 outturn",
    "Comments from the chair of the board about the plan and its",
  ])
  func leavesUnrelatedHeadersUnmapped(_ header: String) {
    #expect(HeaderScorer.best(header) == nil, "\(header)")
  }

  @Test func theHeadNounDecidesBetweenFields() {
    #expect(HeaderScorer.headWord("Action owner") == "owner")
    #expect(HeaderScorer.headWord("Evidence of impact") == "evidence")
    #expect(HeaderScorer.headWord("Milestones (expected progress)") == "milestone")
    #expect(HeaderScorer.headWord("By when") == "when")
    #expect(HeaderScorer.best("Action owner")?.field == .lead)
    #expect(HeaderScorer.best("Action description")?.field == .title)
  }

  @Test func scoresNameTheCueWords() {
    let score = HeaderScorer.best("Who is accountable")
    #expect(Set(score?.cues ?? []) == ["who", "accountable"])
  }
}
