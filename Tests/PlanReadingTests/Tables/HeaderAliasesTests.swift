import PlanModel
import Testing

@testable import PlanReading

struct HeaderAliasesTests {
  /// Every header of every table in the seed plans (seeds 000, 001, 003, 004), as rendered.
  @Test(arguments: [
    // Seed 000: Luton improvement plan.
    ("Objectives", ActionField.objective), ("Ref.", .ref), ("Actions", .title),
    ("Actions we are taking", .title), ("How will we know it has worked", .measure),
    ("Responsible Lead Officer Workforce", .lead), ("Responsible Lead Officer", .lead),
    ("Start Date", .start), ("End Date", .end), ("Milestones (expected progress)", .milestones),
    ("Milestones / expected progress", .milestones), ("Milestones", .milestones),
    ("Rag rating", .status), ("Detailed action plan", .links),
    // Seed 001: service plan summaries.
    ("Change", .title), ("Key Measure", .measure),
    // Seed 003: Lancashire development plan and its measures table.
    ("Action", .title), ("Ofsted Ref", .recommendations), ("KPI Ref", .measure), ("Due", .end),
    ("Lead", .lead), ("Ref", .ref), ("Measure", .measure), ("Responsible Officer", .lead),
    ("Key Area", .theme),
    // Seed 004: safeguarding board business plan.
    ("Timescale", .end), ("Impact expected & How will we know?", .measure),
  ])
  func mapsSeedHeaders(_ header: String, _ field: ActionField) {
    #expect(HeaderAliases.match(header)?.field == field)
  }

  @Test(arguments: [
    ("Ref", ActionField.ref), ("Reference", .ref), ("No.", .ref), ("Action Ref", .ref),
    ("ID", .ref),
    ("Action description", .title), ("What we will do", .title), ("Key actions", .title),
    ("Commitment", .title), ("Objective", .objective), ("Outcome", .objective),
    ("Priority", .objective), ("Aim", .objective), ("Success measure(s)", .measure),
    ("Success measures", .measure), ("Success criteria", .measure), ("Outcome measure", .measure),
    ("Impact", .measure), ("Measure of success", .measure), ("Lead officer", .lead),
    ("Owner", .lead), ("Responsible officer", .lead), ("Who", .lead), ("Accountable", .lead),
    ("Start", .start), ("End", .end), ("Due date", .end), ("Timescales", .end),
    ("Deadline", .end), ("By when", .end), ("Target date", .end), ("Completion date", .end),
    ("RAG", .status), ("RAG status", .status), ("Status", .status), ("Progress status", .status),
    ("Ofsted recommendation", .recommendations), ("Recommendation(s)", .recommendations),
    ("Inspection recommendation", .recommendations), ("Progress", .progress),
    ("Update", .progress), ("Progress update", .progress), ("Comments", .progress),
    ("Last updated", .updated), ("Date of update", .updated), ("Evidence", .evidence),
    ("Evidence of impact", .evidence), ("Related plans", .links), ("Link", .links),
    ("Theme", .theme), ("Section", .theme), ("Workstream", .theme), ("Depends on", .dependsOn),
    ("Dependencies", .dependsOn), ("Original end date", .baselineEnd),
    ("Baseline end", .baselineEnd), ("Actual start", .actualStart), ("Actual end", .actualEnd),
    ("Date completed", .actualEnd), ("  rag   RATING ", .status), ("START-DATE", .start),
    ("Lead officer (interim)", .lead),
  ])
  func mapsAliasesInsensitively(_ header: String, _ field: ActionField) {
    #expect(HeaderAliases.match(header)?.field == field)
  }

  @Test(arguments: [
    "Leadership", "Notes and stuff and more words here", "Frequency", "", "2017/18 outturn",
    "Action not yet completed, but on track",
  ])
  func leavesOtherTextUnmapped(_ header: String) {
    #expect(HeaderAliases.match(header) == nil)
  }

  @Test func exactBeatsPrefix() {
    #expect(HeaderAliases.match("Progress status") == .exact(.status))
    #expect(HeaderAliases.match("Responsible Lead Officer Workforce") == .prefix(.lead))
  }
}
