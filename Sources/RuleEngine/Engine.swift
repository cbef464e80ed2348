import Foundation
import PlanModel
import RuleLanguage
import Synchronization

/// Runs compiled rules over one plan (and the version it is compared with) and returns what
/// they found. Pure: no I/O, no global state; one `Engine` serves every plan of a run.
package struct Engine: Sendable {
  package let rules: RuleSet
  /// Steps (macro iterations and calls) one rule may take over a whole plan. Each evaluation
  /// has its own budget; this bounds their sum, so no rule can hang a run on a large plan.
  /// The shipped rules take well under a tenth of it on a million actions.
  package var ruleStepBudget = Engine.defaultRuleStepBudget
  package static let defaultRuleStepBudget = 500_000_000
  /// Threads that evaluate rules; nil picks one per processor for large plans (see
  /// `PlanRun.workers`). The outcome is the same whatever the number.
  package var workers: Int?

  package init(rules: RuleSet) { self.rules = rules }

  /// What checking one plan produced.
  package struct Outcome: Sendable {
    package var findings: [Finding] = []
    package var ruleRuns: [RuleRun] = []
    package var skipped: [SkippedRule] = []
    package var diagnostics: [Diagnostic] = []
  }

  /// Checks `plan`. Rules that read `prev` are skipped when there is no `previous`; rules
  /// that read whether waivers were used run after the others, once waivers are applied.
  package func check(
    _ plan: Plan, previous: Plan?, selection: RuleSelection, asOf: Day,
    configWaivers: [Config.ConfigWaiver] = []
  ) -> Outcome {
    // Only a plan some config waiver names is copied to carry them.
    guard configWaivers.contains(where: { $0.plan == plan.id }) else {
      return check(plan, previous: previous, selection: selection, asOf: asOf, otherWaivers: [])
    }
    var withWaivers = plan
    let rest = ConfigWaivers.attach(configWaivers, to: &withWaivers)
    return check(
      withWaivers, previous: previous, selection: selection, asOf: asOf, otherWaivers: rest)
  }

  /// `otherWaivers`: config waivers for entities other than actions and measures.
  private func check(
    _ plan: Plan, previous: Plan?, selection: RuleSelection, asOf: Day,
    otherWaivers configWaivers: [Config.ConfigWaiver]
  ) -> Outcome {
    var outcome = Outcome()
    let matching = previous.map { VersionMatcher.match(current: plan, previous: $0) }
    if let previous, previous.idDeclared, plan.idDeclared, previous.id != plan.id {
      outcome.diagnostics.append(
        Diagnostic(
          code: "compared-plan-id", severity: .warning,
          message:
            "plan '\(plan.id)' is compared with plan '\(previous.id)': the ids differ, so the drift findings may compare two different plans",
          span: plan.span))
    }
    for pair in matching?.renumbered ?? [] {
      let now = plan.actions[pair.current]
      let before = previous?.actions[pair.previous].label ?? "?"
      outcome.diagnostics.append(
        Diagnostic(
          code: "renumbered", severity: .info,
          message:
            "action \(now.label) is matched to action \(before) of the compared version by its text (renumbered)",
          span: now.span))
    }
    var book = WaiverBook(planID: plan.id, config: configWaivers, asOf: asOf)
    var active: [CompiledRule] = []
    for rule in rules.rules where selection.isActive(rule.id) {
      if rule.usesPrev, previous == nil {
        outcome.skipped.append(
          SkippedRule(id: rule.id, reason: "compares two versions; give --compare-to to run"))
      } else {
        active.append(rule)
      }
    }
    var run = PlanRun(
      plan: plan, previous: previous, matching: matching, asOf: asOf, selection: selection)
    run.ruleStepBudget = ruleStepBudget
    run.workers = workers
    run.evaluate(active.filter { !$0.readsWaiverUse }, book: &book, into: &outcome)
    let late = active.filter(\.readsWaiverUse)
    if !late.isEmpty {
      if book.marksEntities {
        // Only then: marking copies the plan's entity arrays.
        var marked = plan
        book.markUsed(in: &marked)
        run = PlanRun(
          plan: marked, previous: previous, matching: matching, asOf: asOf, selection: selection)
        run.ruleStepBudget = ruleStepBudget
        run.workers = workers
      }
      run.evaluate(late, book: &book, into: &outcome)
    }
    outcome.findings += unused(book.unusedConfigWaivers, plan: plan, selection: selection)
    return outcome
  }

  /// Config waivers naming no action or measure that suppressed nothing: `waiver-unused`
  /// findings, as the rule raises for waivers in the plan, so they count and can fail a run.
  private func unused(
    _ waivers: [Config.ConfigWaiver], plan: Plan, selection: RuleSelection
  ) -> [Finding] {
    let id = "waiver-unused"
    guard !waivers.isEmpty, let rule = rules.rules.first(where: { $0.id == id }),
      selection.isActive(id)
    else { return [] }
    return waivers.map { entry in
      let entity = EntityRef(kind: .waiver, ref: "\(entry.ref) \(entry.waiver.rule)")
      return Finding(
        ruleID: id, severity: selection.severity[id] ?? rule.definition.severity,
        message:
          "The config waiver of '\(entry.waiver.rule)' for '\(entry.ref)' in plan \(entry.plan) "
          + "suppresses no finding (no action or measure has that ref): fix the ref or remove it.",
        span: entry.waiver.span, entity: entity, planID: plan.id,
        fingerprint: Fingerprint.make(rule: id, plan: plan.id, entity: entity))
    }
  }
}

extension PlanRun {
  /// Evaluates `rules`, on every core when the plan is large enough to pay for it. Each rule
  /// runs alone with its own copy of the waiver book; the outcomes are then appended in rule
  /// order and the books' used waivers united, so the result is the same, byte for byte, as
  /// evaluating the rules one after another.
  func evaluate(_ rules: [CompiledRule], book: inout WaiverBook, into outcome: inout Engine.Outcome)
  {
    let workers = workers ?? PlanRun.workers(entities: plan.actions.count + plan.milestones.count)
    guard workers > 1, rules.count > 1 else {
      for rule in rules { evaluate(rule, book: &book, into: &outcome) }
      return
    }
    let start = book
    let results = Mutex<[(Engine.Outcome, WaiverBook)?]>(Array(repeating: nil, count: rules.count))
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < rules.count else { return }
        var own = start
        var partial = Engine.Outcome()
        evaluate(rules[index], book: &own, into: &partial)
        results.withLock { $0[index] = (partial, own) }
      }
    }
    for result in results.withLock({ $0 }) {
      guard let (partial, own) = result else { continue }
      outcome.findings += partial.findings
      outcome.ruleRuns += partial.ruleRuns
      outcome.diagnostics += partial.diagnostics
      book.unite(own)
    }
  }

  /// Threads for evaluating rules: the active processors, one for small plans (where starting
  /// threads costs more than it saves), at most 8.
  static func workers(entities: Int) -> Int {
    guard entities >= 2_000 else { return 1 }
    return min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 8)
  }
}
