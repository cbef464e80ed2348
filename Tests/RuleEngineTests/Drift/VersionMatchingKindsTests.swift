import PlanModel
import RuleLanguage
import Testing

@testable import RuleEngine

/// Drift matches every kind: found by iterating the scopes, so a new kind is covered here.
struct VersionMatchingKindsTests {
  static let json = """
    {
      "id": "p",
      "themes": [{"ref": "T1", "title": "Workforce"}, {"ref": "T2", "title": "Voice"}],
      "recommendations": [{"id": "R1", "text": "Supervise"}, {"id": "R2", "text": "Listen"}],
      "actions": [
        {"ref": "1.1", "title": "Recruit", "lead": "HR", "theme": "T1", "recommendations": ["R1"],
         "milestones": [{"text": "Draft", "due": "2023-03-01"}, {"text": "Approve", "due": "2023-04-01"}]},
        {"ref": "1.2", "title": "Train", "lead": "HR", "theme": "T2", "recommendations": ["R2"]}
      ],
      "measures": [{"ref": "M1", "title": "Turnover"}, {"ref": "M2", "title": "Vacancies"}]
    }
    """

  /// A plan compared with itself pairs every entity of every kind with itself.
  @Test(arguments: ScopeKind.allCases.filter { $0.version == .current })
  func everyEntityMatchesItself(scope: ScopeKind) throws {
    let plan = try EngineFixtures.plan(Self.json)
    let matching = VersionMatcher.match(current: plan, previous: plan)
    let count = scope.count(in: plan)
    #expect(count == (scope == .plan ? 1 : 2))
    for index in 0..<count {
      #expect(matching.previousIndex(scope: scope, index: index, plan: plan) == index)
    }
    #expect(matching.previousIndex(scope: scope, index: count, plan: plan) == nil)
  }

  /// A plan compared with an empty one pairs nothing but the plan itself.
  @Test(arguments: ScopeKind.allCases.filter { $0.version == .current && $0 != .plan })
  func nothingMatchesInAnEmptyVersion(scope: ScopeKind) throws {
    let plan = try EngineFixtures.plan(Self.json)
    let matching = VersionMatcher.match(current: plan, previous: Plan(span: plan.span))
    for index in 0..<scope.count(in: plan) {
      #expect(matching.previousIndex(scope: scope, index: index, plan: plan) == nil)
    }
    #expect(matching.removed.isEmpty)
  }
}
