import JSONSyntax
import PlanModel
import RuleLanguage

/// The compiled rules of a run, sorted by id. Compiling reports every problem in every rule
/// file at once, each at its place in the file.
package struct RuleSet: Sendable {
  package var rules: [CompiledRule]

  package init(rules: [CompiledRule]) {
    self.rules = rules.sorted { $0.id < $1.id }
  }

  package var descriptors: [RuleDescriptor] { rules.map(\.definition.descriptor) }

  package func rule(_ id: String) -> CompiledRule? { rules.first { $0.id == id } }

  /// Compiles definitions; any diagnostic means the set must not run. A rule whose static
  /// cost estimate is over `limit` is refused (`rule-cost`).
  package static func compile(
    _ definitions: [RuleDefinition], limit: RuleCostLimit = RuleCostLimit()
  ) -> (RuleSet, [Diagnostic]) {
    var diagnostics = RuleFileLoader.duplicateDiagnostics(definitions)
    var compiled: [CompiledRule] = []
    var seen: Set<String> = []
    for definition in definitions where seen.insert(definition.id).inserted {
      switch compile(definition, limit: limit) {
      case .success(let rule): compiled.append(rule)
      case .failure(let problems): diagnostics += problems.diagnostics
      }
    }
    return (RuleSet(rules: compiled), diagnostics)
  }

  private struct Problems: Error { var diagnostics: [Diagnostic] }

  private static func compile(_ definition: RuleDefinition, limit: RuleCostLimit) -> Result<
    CompiledRule, Problems
  > {
    let params = definition.params.mapValues {
      CompiledRule.value(of: $0.defaultValue, as: $0.kind)
    }
    let types = definition.params.mapValues { CompiledRule.type(of: $0.kind) }
    var diagnostics: [Diagnostic] = []
    func located(_ failure: ExprFailure, _ source: ExprSource, role: String) {
      for problem in failure.diagnostics(source: source.text, file: source.span.file) {
        var diagnostic = problem
        diagnostic.message = "in '\(role)' of rule '\(definition.id)': \(problem.message)"
        diagnostic.span = source.fileSpan(line: problem.span.line, column: problem.span.column)
        diagnostics.append(diagnostic)
      }
    }
    func condition(_ source: ExprSource?, role: String) -> CheckedSource? {
      guard let source else { return nil }
      do {
        return try ExprCompiler.check(
          source.text, scope: definition.scope, params: types, expecting: .bool)
      } catch {
        located(error, source, role: role)
        return nil
      }
    }
    let checkedWhen = condition(definition.when, role: "when")
    let checkedCheck = condition(definition.check, role: "check")
    var checkedMessage: MessageTemplate.Checked?
    do {
      checkedMessage = try MessageTemplate.check(
        definition.message.text, scope: definition.scope, params: types)
    } catch {
      located(error, definition.message, role: "message")
    }
    // Only action findings point at a field; other entities have one position each.
    if let at = definition.at, definition.scope == .action, ActionField(name: at) == nil {
      diagnostics.append(
        Diagnostic(
          code: "rule-invalid",
          message: "'at' names '\(at)', which is not an action field"
            + Spelling.suggestion(for: at, among: ActionField.allCases.map(\.name)),
          span: definition.span))
    }
    guard diagnostics.isEmpty, let checkedCheck, let checkedMessage else {
      return .failure(Problems(diagnostics: diagnostics))
    }
    // One rule's expressions share their common subexpressions.
    let sharing = SharedSubexpressions(
      [checkedWhen, checkedCheck].compactMap { $0 } + checkedMessage.holes,
      scope: definition.scope)
    let when = checkedWhen.map { CompiledExpr($0, sharing: sharing) }
    let check = CompiledExpr(checkedCheck, sharing: sharing)
    let message = MessageTemplate(checkedMessage, sharing: sharing)
    var costed: [(CompiledExpr, ExprSource, String)] = [(check, definition.check, "check")]
    if let when, let source = definition.when { costed.insert((when, source, "when"), at: 0) }
    costed += message.holes.map { ($0, definition.message, "message") }
    diagnostics += costed.compactMap { expr, source, role in
      limit.problem(expr, source, role: role, rule: definition.id)
    }
    if diagnostics.isEmpty,
      let whole = limit.planProblem(
        costed.filter { $0.2 != "message" }, scope: definition.scope, rule: definition.id)
    {
      diagnostics.append(whole)
    }
    guard diagnostics.isEmpty else { return .failure(Problems(diagnostics: diagnostics)) }
    let conditions = [when, check].compactMap { $0 }
    return .success(
      CompiledRule(
        definition: definition, when: when, check: check, message: message,
        usesPrev: message.usesPrev || conditions.contains(where: \.usesPrev),
        readsWaiverUse: message.readsWaiverUse || conditions.contains(where: \.readsWaiverUse),
        defaultParams: params))
  }
}
