import PlanModel
import RuleLanguage

/// One plan's evaluation state: the plans, how their entities match, and where findings point.
struct PlanRun {
  let plan: Plan
  let previous: Plan?
  let matching: VersionMatching?
  let asOf: Day
  let selection: RuleSelection
  let locator: EntityLocator
  /// Steps one rule may take over this whole plan (see `Engine.ruleStepBudget`).
  var ruleStepBudget = Engine.defaultRuleStepBudget
  /// Threads for evaluating rules (see `Engine.workers`).
  var workers: Int?

  /// How many run-time errors of one rule are kept in full; the rest are counted.
  static let keptErrors = 3

  init(plan: Plan, previous: Plan?, matching: VersionMatching?, asOf: Day, selection: RuleSelection)
  {
    self.plan = plan
    self.previous = previous
    self.matching = matching
    self.asOf = asOf
    self.selection = selection
    locator = EntityLocator(plan: plan, previous: previous)
  }

  /// Evaluates one rule on every entity of its scope.
  func evaluate(_ rule: CompiledRule, book: inout WaiverBook, into outcome: inout Engine.Outcome) {
    let params = rule.parameters(overrides: selection.params[rule.id])
    var context = EvalContext(plan: plan, previous: previous, asOf: asOf, params: params)
    let count = rule.scope.count(in: plan, removedActions: matching?.removed.count ?? 0)
    let severity = selection.severity[rule.id] ?? rule.definition.severity
    let removed = rule.scope == .removedAction
    var errors: [String] = []
    var errorCount = 0
    var steps = 0
    for index in 0..<count {
      setEntity(index, scope: rule.scope, removed: removed, in: &context)
      let verdict = rule.verdict(in: &context)
      steps += context.stepsUsed
      if steps > ruleStepBudget {
        let problem =
          "stopped after \(index + 1) of \(count) entities: the rule used more than "
          + "\(ruleStepBudget) steps on this plan; simplify it or index what it scans"
        errors.append(problem)
        errorCount = errors.count
        outcome.diagnostics.append(
          Diagnostic(
            code: "rule-budget", severity: .error, message: "rule '\(rule.id)' \(problem)",
            span: rule.definition.span))
        break
      }
      switch verdict {
      case .pass:
        continue
      case .fail:
        let message = rule.render(in: &context)
        outcome.findings.append(
          finding(rule, index: index, severity: severity, message: message, book: &book))
      case .error(let problem):
        errorCount += 1
        let entity = locator.ref(scope: rule.scope, index: locatorIndex(index, scope: rule.scope))
        if errors.count < PlanRun.keptErrors { errors.append("\(entity.description): \(problem)") }
        if errorCount == 1 {
          outcome.diagnostics.append(
            Diagnostic(
              code: "rule-runtime", severity: .error,
              message: "rule '\(rule.id)' failed on \(entity.description): \(problem)",
              span: locator.span(scope: rule.scope, index: index, field: nil)))
        }
      }
    }
    if errorCount > errors.count { errors.append("… and \(errorCount - errors.count) more") }
    outcome.ruleRuns.append(RuleRun(ruleID: rule.id, evaluated: count, errors: errors))
  }

  /// The index `EntityLocator` takes: a removed action is found in the previous plan, while
  /// the scope counts removed actions only.
  private func locatorIndex(_ index: Int, scope: ScopeKind) -> Int {
    locatorIndex(index, removed: scope == .removedAction)
  }

  private func locatorIndex(_ index: Int, removed: Bool) -> Int {
    guard removed, let matching, index < matching.removed.count else {
      return index
    }
    return matching.removed[index]
  }

  /// `removed`: the scope is `removed-action` (worked out once per rule: comparing scopes
  /// is a generic call).
  private func setEntity(
    _ index: Int, scope: ScopeKind, removed: Bool, in context: inout EvalContext
  ) {
    if removed {
      let previousIndex = matching?.removed[index] ?? 0
      context.entity = previousIndex
      context.previousEntity = previousIndex
      return
    }
    context.entity = index
    context.previousEntity = matching?.previousIndex(scope: scope, index: index, plan: plan)
  }

  private func finding(
    _ rule: CompiledRule, index: Int, severity: Severity, message: String, book: inout WaiverBook
  ) -> Finding {
    let entity = locator.ref(scope: rule.scope, index: locatorIndex(index, scope: rule.scope))
    let identity = locator.identity(
      scope: rule.scope, index: locatorIndex(index, scope: rule.scope))
    let fingerprint = Fingerprint.make(
      rule: rule.id, plan: plan.id, entity: identity,
      discriminator: locator.discriminator(scope: rule.scope, index: index))
    let suppression = book.suppression(
      rule: rule.id, scope: rule.scope, index: index, entity: entity, plan: plan)
    return Finding(
      ruleID: rule.id, severity: severity, message: message,
      span: locator.span(scope: rule.scope, index: index, field: rule.definition.at),
      entity: entity, planID: plan.id, fingerprint: fingerprint, suppression: suppression)
  }
}
