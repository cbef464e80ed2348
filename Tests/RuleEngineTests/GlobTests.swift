import Testing

@testable import RuleEngine

struct GlobTests {
  @Test(arguments: [
    ("plans/archive/**", "plans/archive/2019/plan.json", true),
    ("plans/archive/**", "plans/current/plan.json", false),
    ("*.csv", "plans/a/actions.csv", true),
    ("*.csv", "plans/a/plan.json", false),
    ("plans/*.json", "plans/plan.json", true),
    ("plans/*.json", "plans/x/plan.json", false),
    ("**/draft-*.json", "a/b/draft-3.json", true),
    ("**/draft-*.json", "draft-3.json", true),
    ("plan-??.json", "plan-01.json", true),
    ("plan-??.json", "plan-1.json", false),
    ("./Examples/**", "Examples/luton/plan.json", true),
  ])
  func matches(pattern: String, path: String, expected: Bool) {
    #expect(Glob(pattern).matches(path) == expected)
  }
}
