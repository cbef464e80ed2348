import PlanModel
import Testing

@testable import RuleEngine

struct VersionMatchingTests {
  /// A plan with the given actions, built directly (large plans would be slow through JSON).
  static func plan(_ actions: [(ref: String, title: String)]) -> Plan {
    var plan = Plan(span: SourceSpan(file: "plan.json"))
    plan.id = "p"
    plan.actions = actions.map { item in
      var action = Action(span: SourceSpan(file: "plan.json"))
      action.ref = item.ref
      action.title = item.title
      return action
    }
    plan.link()
    return plan
  }

  @Test func actionsMatchByRefWhateverTheirOrder() {
    let previous = Self.plan([("1.1", "Recruit"), ("1.2", "Audit"), ("1.3", "Train")])
    let current = Self.plan([("1.3", "Train"), ("1.1", "Recruit staff"), ("1.2", "Audit")])
    let matching = VersionMatcher.match(current: current, previous: previous)
    #expect(matching.actions == [2, 0, 1])
    #expect(matching.removed.isEmpty)
    #expect(matching.renumbered.isEmpty, "a changed title with the same ref is not a renumbering")
  }

  @Test func repeatedRefsPairInOrder() {
    let previous = Self.plan([("2.1", "A"), ("2.1", "B"), ("2.1", "C")])
    let current = Self.plan([("2.1", "A"), ("2.1", "B")])
    let matching = VersionMatcher.match(current: current, previous: previous)
    #expect(matching.actions == [0, 1])
    #expect(matching.removed == [2])
  }

  @Test(arguments: [
    (
      "renumbered, same words", "Review the practice framework with partners",
      "Review the practice framework with partners", true
    ),
    (
      "renumbered, one word added", "Review the practice framework with partners",
      "Review the practice framework with all partners", true
    ),
    (
      "case and punctuation do not matter", "Review the practice framework, with partners!",
      "review THE practice framework with partners", true
    ),
    ("a different action", "Review the practice framework", "Recruit two social workers", false),
    (
      "only half the words shared", "Review the practice framework",
      "Review the recruitment framework plan", false
    ),
  ])
  func renumberedActionsMatchBySimilarTitle(
    _ description: String, old: String, new: String, matches: Bool
  ) {
    let previous = Self.plan([("1.1", "Keep"), ("2.4", old)])
    let current = Self.plan([("1.1", "Keep"), ("3.1", new)])
    let matching = VersionMatcher.match(current: current, previous: previous)
    #expect(matching.actions == [0, matches ? 1 : nil])
    #expect(matching.renumbered.map { [$0.current, $0.previous] } == (matches ? [[1, 1]] : []))
    #expect(matching.removed == (matches ? [] : [1]))
  }

  @Test func theClosestTitleWins() {
    let previous = Self.plan([
      ("A", "Audit case files for the quality of supervision"),
      ("B", "Audit case files for the quality of supervision and planning"),
    ])
    let current = Self.plan([("Z", "Audit case files for the quality of supervision and planning")])
    let matching = VersionMatcher.match(current: current, previous: previous)
    #expect(matching.actions == [1])
    #expect(matching.removed == [0])
  }

  @Test func aRefMatchIsNotTakenAgainByTitle() {
    let previous = Self.plan([("1.1", "Recruit social workers"), ("1.2", "Audit cases")])
    let current = Self.plan([("1.1", "Recruit social workers"), ("9.9", "Recruit social workers")])
    let matching = VersionMatcher.match(current: current, previous: previous)
    #expect(matching.actions == [0, nil])
    #expect(matching.removed == [1])
  }

  @Test func removedActionsAreThePreviousOnesLeftOver() {
    let previous = Self.plan([
      ("1.1", "Recruit"), ("1.2", "Audit the files"), ("1.3", "Train"), ("1.4", "Report to board"),
    ])
    let current = Self.plan([("1.1", "Recruit"), ("1.3", "Train")])
    let matching = VersionMatcher.match(current: current, previous: previous)
    #expect(matching.removed == [1, 3])
    #expect(matching.previousIndex(scope: .removedAction, index: 0, plan: current) == nil)
    #expect(matching.previousIndex(scope: .plan, index: 0, plan: current) == 0)
  }

  @Test func milestonesMatchByTextWithinTheirMatchedAction() throws {
    let previous = try EngineFixtures.plan(
      """
      {"id": "p", "actions": [
        {"ref": "1.1", "title": "Recruit", "milestones": [
          {"text": "Advert placed", "due": "2023-01-01"}, {"text": "Interviews held", "due": "2023-02-01"}]},
        {"ref": "1.2", "title": "Audit", "milestones": [{"text": "Audit tool agreed", "due": "2023-01-01"}]}
      ]}
      """, file: "old.json")
    let current = try EngineFixtures.plan(
      """
      {"id": "p", "actions": [
        {"ref": "1.2", "title": "Audit", "milestones": [
          {"text": "Interviews held", "due": "2023-02-01"}, {"text": "audit tool  agreed", "due": "2023-03-01"}]},
        {"ref": "1.1", "title": "Recruit", "milestones": [
          {"text": "Interviews held", "due": "2023-02-01"}, {"text": "Offers made", "due": "2023-03-01"}]}
      ]}
      """)
    let matching = VersionMatcher.match(current: current, previous: previous)
    let pairs = current.milestones.indices.map {
      matching.previousIndex(scope: .milestone, index: $0, plan: current)
    }
    // 1.2's "Interviews held" belongs to 1.1 in the previous plan; 1.2's audit tool milestone
    // differs only in case and spacing; 1.1's "Offers made" is new.
    #expect(pairs == [nil, 2, 1, nil])
  }

  @Test func recommendationsMatchIgnoringCaseAndPrefix() throws {
    let previous = try EngineFixtures.plan(
      """
      {"id": "p", "recommendations": [{"id": "R3"}, {"id": "Rec 4"}, {"id": "5"}, {"id": "R6"}]}
      """, file: "old.json")
    let current = try EngineFixtures.plan(
      """
      {"id": "p", "recommendations": [{"id": "3"}, {"id": "r4"}, {"id": "recommendation 5"}, {"id": "7"}]}
      """)
    let matching = VersionMatcher.match(current: current, previous: previous)
    let pairs = current.recommendations.indices.map {
      matching.previousIndex(scope: .recommendation, index: $0, plan: current)
    }
    #expect(pairs == [0, 1, 2, nil])
  }

  @Test func measuresAndThemesMatchByRef() throws {
    let previous = try EngineFixtures.plan(
      """
      {"id": "p", "themes": [{"ref": "T1", "title": "a"}, {"ref": "T2", "title": "b"}],
       "measures": [{"ref": "M1", "title": "x"}, {"ref": "M2", "title": "y"}, {"title": "no ref"}]}
      """, file: "old.json")
    let current = try EngineFixtures.plan(
      """
      {"id": "p", "themes": [{"ref": "T2", "title": "b"}, {"ref": "T3", "title": "c"}],
       "measures": [{"ref": "M2", "title": "y"}, {"title": "no ref"}, {"ref": "M1", "title": "renamed"}]}
      """)
    let matching = VersionMatcher.match(current: current, previous: previous)
    let themes = (0..<2).map { matching.previousIndex(scope: .theme, index: $0, plan: current) }
    let measures = (0..<3).map { matching.previousIndex(scope: .measure, index: $0, plan: current) }
    #expect(themes == [1, nil])
    #expect(measures == [1, nil, 0], "a measure without a ref is never matched")
  }

  @Test func largeUnmatchedSetsFallBackToExactTitles() {
    let count = VersionMatcher.fuzzyLimit + 1
    var old = (0..<count).map { (ref: "old-\($0)", title: "Action number \($0)") }
    var new = (0..<count).map { (ref: "new-\($0)", title: "ACTION  number \($0)") }
    old[0].title = "Review the practice framework with partners"
    new[0].title = "Review the practice framework with all partners"
    let matching = VersionMatcher.match(current: Self.plan(new), previous: Self.plan(old))
    #expect(matching.actions[0] == nil, "no fuzzy matching above the limit")
    #expect(matching.removed == [0])
    #expect(matching.actions[1] == 1 && matching.actions[count - 1] == count - 1)
    #expect(matching.renumbered.count == count - 1)
  }
}

/// Rows that are not actions, and ref-less actions, in drift matching.
struct VersionMatchingNoiseTests {
  @Test func rowsWithNeitherRefNorTextAreNeverRemoved() {
    let previous = VersionMatchingTests.plan([
      ("1.1", "Recruit"), ("", ""), ("", "  "), ("1.2", ""),
    ])
    let current = VersionMatchingTests.plan([("1.1", "Recruit")])
    let matching = VersionMatcher.match(current: current, previous: previous)
    #expect(matching.removed == [3], "a ref without text is still an action; blank rows are not")
  }

  @Test func unchangedRefLessActionsAreMatchedNotRenumbered() {
    let previous = VersionMatchingTests.plan([("", "Recruit two social workers"), ("", "Audit")])
    let current = VersionMatchingTests.plan([("", "Recruit two social workers"), ("", "Audit")])
    let matching = VersionMatcher.match(current: current, previous: previous)
    #expect(matching.actions == [0, 1])
    #expect(matching.removed.isEmpty)
    #expect(matching.renumbered.isEmpty)
  }

  @Test func aRefGivenOrChangedIsARenumbering() {
    let previous = VersionMatchingTests.plan([("", "Recruit two social workers"), ("3.1", "Audit")])
    let current = VersionMatchingTests.plan([
      ("1.1", "Recruit two social workers"), ("3.2", "Audit"),
    ])
    let matching = VersionMatcher.match(current: current, previous: previous)
    #expect(matching.renumbered.map { [$0.current, $0.previous] } == [[0, 0], [1, 1]])
  }
}
