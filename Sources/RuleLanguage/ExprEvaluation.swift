import PlanModel

/// `plancheck eval EXPR`: evaluate an expression on its own (only `asOf` and `params`) or
/// against one entity of a plan, and render the outcome as text or one line of JSON.
package struct ExprEvaluation: Sendable {
  package let source: String
  /// The value, the run-time error, or nil when the expression did not load.
  package let result: Result<Value, EvalError>?
  package let failure: ExprFailure?
  let plans: PlanPair?

  /// Evaluates `source`. With a plan and no `scope`, the scope is the plan itself.
  package init(
    _ source: String, asOf: Day, plan: Plan? = nil, previous: Plan? = nil,
    scope: ScopeKind? = nil, entity: Int = 0, params: [String: Value] = [:]
  ) {
    self.source = source
    let effectiveScope = scope ?? (plan == nil ? nil : .plan)
    var context = EvalContext(
      plan: plan ?? Plan(span: SourceSpan(file: "")), previous: previous, asOf: asOf,
      params: params)
    context.entity = entity
    plans = plan == nil ? nil : context.plans
    do throws(ExprFailure) {
      let compiled = try ExprCompiler.compile(source, scope: effectiveScope)
      result = compiled.evaluate(in: &context)
      failure = nil
    } catch {
      result = nil
      failure = error
    }
  }

  /// The value as a CEL-like literal, or the error (with source line and caret).
  /// Whether evaluating failed (a type error, division by zero, an exhausted budget).
  package var isError: Bool {
    if case .failure? = result { return true }
    return false
  }

  package var text: String {
    if let failure { return "error: " + failure.rendered(source: source) }
    switch result {
    case .success(let value)?: return ValueFormatter.text(value)
    case .failure(let error)?: return "error: " + errorText(error)
    case nil: return "error"
    }
  }

  /// Exactly one line: `{"value": …, "type": "…"}` or `{"error": "…"}`.
  package var json: String {
    if let failure {
      let message = failure.problems.map { problem in
        let (line, column) = SourceText(source).position(of: problem.range.start)
        return "\(line):\(column): \(problem.error.message)"
      }.joined(separator: "; ")
      return "{\"error\": \(ValueFormatter.quoted(message))}"
    }
    guard let result else { return "{\"error\": \"no result\"}" }
    return ValueFormatter.jsonDocument(result, plans: plans)
  }

  private func errorText(_ error: EvalError) -> String {
    guard let range = error.range else { return error.message }
    let text = SourceText(source)
    let (line, column) = text.position(of: range.start)
    return "\(line):\(column): \(error.message)\n" + text.excerpt(at: range)
  }
}
