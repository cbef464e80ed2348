import PlanModel
import Testing

@testable import RuleLanguage

/// One table row: an expression and what it should give, written as the value's CEL-like
/// text (`3`, `"abc"`, `[1, 2]`), or `error: …` / `load error: …` followed by the start of
/// the message.
struct ExprCase: CustomTestStringConvertible, Sendable {
  let source: String
  let expected: String
  let note: String

  init(_ source: String, _ expected: String, _ note: String = "") {
    self.source = source
    self.expected = expected
    self.note = note
  }

  var testDescription: String {
    (note.isEmpty ? "" : "\(note): ") + "\(source) → \(expected)"
  }

  /// Checks the outcome against the expectation.
  func verify(_ actual: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if expected.hasPrefix("error:") || expected.hasPrefix("load error:") {
      #expect(actual.hasPrefix(expected), "got \(actual)", sourceLocation: sourceLocation)
    } else {
      #expect(actual == expected, sourceLocation: sourceLocation)
    }
  }
}

/// Evaluates and renders the outcome the way `ExprCase` states expectations.
func outcome(
  _ source: String, scope: ScopeKind? = nil, params: [String: ExprType]? = nil,
  context: EvalContext? = nil
) -> String {
  var ctx = context ?? EvalContext(plan: TestPlan.empty, asOf: TestPlan.asOf)
  do throws(ExprFailure) {
    let compiled = try ExprCompiler.compile(source, scope: scope, params: params)
    switch compiled.evaluate(in: &ctx) {
    case .success(let value): return ValueFormatter.text(value)
    case .failure(let error): return "error: \(error.message)"
    }
  } catch {
    return "load error: " + error.problems.map(\.error.message).joined(separator: "; ")
  }
}
