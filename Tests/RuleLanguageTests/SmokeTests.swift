import PlanModel
import Testing

@testable import RuleLanguage

struct SmokeTests {
  @Test(arguments: [
    ExprCase("1 + 2 * 3", "7"),
    ExprCase("'a' + 'b'", "\"ab\""),
    ExprCase("[1, 2, 3].map(x, x * 2)", "[2, 4, 6]"),
    ExprCase("1 / 0", "error: division by zero"),
    ExprCase("leed", "load error: unknown name 'leed'"),
  ])
  func smoke(_ c: ExprCase) {
    c.verify(outcome(c.source))
  }
}
