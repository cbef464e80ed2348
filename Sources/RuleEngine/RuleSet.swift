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

  /// Compiles definitions; any diagnostic means the set must not run.
  package static func compile(_ definitions: [RuleDefinition]) -> (RuleSet, [Diagnostic]) {
    var diagnostics = RuleFileLoader.duplicateDiagnostics(definitions)
    var compiled: [CompiledRule] = []
    var seen: Set<String> = []
    for definition in definitions where seen.insert(definition.id).inserted {
      switch compile(definition) {
      case .success(let rule): compiled.append(rule)
      case .failure(let problems): diagnostics += problems.diagnostics
      }
    }
    return (RuleSet(rules: compiled), diagnostics)
  }

  private struct Problems: Error { var diagnostics: [Diagnostic] }

  private static func compile(_ definition: RuleDefinition) -> Result<CompiledRule, Problems> {
    let params = definition.params.mapValues(CompiledRule.value(of:))
    let paramTypes = params.mapValues(\.typeName)
    var diagnostics: [Diagnostic] = []
    func expression(_ source: ExprSource?, role: String) -> CompiledExpr? {
      guard let source else { return nil }
      switch ExprCompiler.compile(source.text, scope: definition.scope, params: paramTypes, expecting: .bool) {
      case .success(let expr): return expr
      case .failure(let errors):
        diagnostics += errors.map { located($0, in: source, role: role, rule: definition.id) }
        return nil
      }
    }
    let when = expression(definition.when, role: "when")
    let check = expression(definition.check, role: "check")
    var message: MessageTemplate?
    switch MessageTemplate.compile(definition.message.text, scope: definition.scope, params: paramTypes) {
    case .success(let template): message = template
    case .failure(let errors):
      diagnostics += errors.map { located($0, in: definition.message, role: "message", rule: definition.id) }
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
    guard diagnostics.isEmpty, let check, let message else { return .failure(Problems(diagnostics: diagnostics)) }
    let mentions = [when, check].compactMap { $0 } .map(\.references) + [message.references]
    return .success(
      CompiledRule(
        definition: definition, when: when, check: check, message: message,
        usesPrev: mentions.contains { $0.usesPrev },
        readsWaiverUse: mentions.contains { $0.fields.contains("used") },
        defaultParams: params))
  }

  private static func located(_ error: ExprError, in source: ExprSource, role: String, rule: String) -> Diagnostic {
    Diagnostic(
      code: "rule-expression",
      message: "in '\(role)' of rule '\(rule)': \(error.message)",
      span: source.fileSpan(line: error.line, column: error.column))
  }
}
