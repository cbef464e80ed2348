import PlanModel
import RuleEngine
import Testing

@testable import PlanCheckCLI

/// The shipped rules' own examples (what `plancheck test` runs), one test case per rule, so a
/// broken example is named by its rule rather than folded into one aggregate count.
struct ShippedRuleExampleTests {
  static let rules: RuleSet = {
    let (set, _) = RuleSet.compile(BuiltinRules.load().rules)
    return set
  }()

  @Test func everyShippedRuleIsACase() {
    #expect(Self.rules.rules.count == BuiltinRules.embeddedFiles.count)
  }

  @Test(arguments: rules.rules.map(\.id))
  func examplesBehaveAsDeclared(id: String) throws {
    let rule = try #require(Self.rules.rule(id))
    let (count, failures) = RuleExampleRunner(engine: Engine(rules: Self.rules)).run(rule)
    #expect(count >= 4, "at least two pass and two fail examples")
    for failure in failures {
      Issue.record("\(failure.span.description): \(failure.message)")
    }
  }
}
