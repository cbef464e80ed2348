import PlanModel
import RuleLanguage

/// The waivers that can suppress findings in one plan: those written on entities and those
/// in config keyed by plan id and entity ref. Records which ones were used.
package struct WaiverBook: Sendable {
  /// Identifies a waiver: the entity that holds it and its position in that entity's list.
  package enum Holder: Hashable, Sendable {
    case plan(Int)
    case action(Int, Int)
    case measure(Int, Int)
    case config(Int)
  }

  private let configWaivers: [(index: Int, entry: Config.ConfigWaiver)]
  private let asOf: Day
  package private(set) var used: Set<Holder> = []

  package init(planID: String, config: [Config.ConfigWaiver], asOf: Day) {
    configWaivers = config.enumerated().filter { $0.element.plan == planID }.map {
      ($0.offset, $0.element)
    }
    self.asOf = asOf
  }

  /// The first active waiver for `rule` on the entity, marking it used.
  package mutating func suppression(
    rule: String, scope: ScopeKind, index: Int, entity: EntityRef, plan: Plan
  ) -> Suppression? {
    for (holder, waiver) in entityWaivers(scope: scope, index: index, plan: plan)
    where waiver.rule == rule && waiver.isActive(on: asOf) {
      used.insert(holder)
      return .waiver(reason: waiver.reason, span: waiver.span)
    }
    for (index, entry) in configWaivers
    where entry.ref == entity.ref && entry.waiver.rule == rule && entry.waiver.isActive(on: asOf) {
      used.insert(.config(index))
      return .waiver(reason: entry.waiver.reason, span: entry.waiver.span)
    }
    return nil
  }

  private func entityWaivers(scope: ScopeKind, index: Int, plan: Plan) -> [(Holder, Waiver)] {
    switch scope {
    case .plan:
      return plan.waivers.enumerated().map { (.plan($0.offset), $0.element) }
    case .action:
      return plan.actions[index].waivers.enumerated().map {
        (.action(index, $0.offset), $0.element)
      }
    case .milestone:
      let owner = plan.milestones[index].action
      guard owner < plan.actions.count else { return [] }
      return plan.actions[owner].waivers.enumerated().map {
        (.action(owner, $0.offset), $0.element)
      }
    case .measure:
      return plan.measures[index].waivers.enumerated().map {
        (.measure(index, $0.offset), $0.element)
      }
    case .theme, .recommendation, .removedAction:
      return []
    }
  }

  /// Adds the waivers `other` (a copy of this book that checked other rules) used.
  package mutating func unite(_ other: WaiverBook) { used.formUnion(other.used) }

  /// Whether `markUsed` has anything to write: some waiver on a plan entity was used.
  package var marksEntities: Bool {
    used.contains {
      if case .config = $0 { return false }
      return true
    }
  }

  /// Writes `used` onto the plan's waivers, for the rules that read it.
  package func markUsed(in plan: inout Plan) {
    for holder in used {
      switch holder {
      case .plan(let w): plan.waivers[w].used = true
      case .action(let a, let w): plan.actions[a].waivers[w].used = true
      case .measure(let m, let w): plan.measures[m].waivers[w].used = true
      case .config: break
      }
    }
  }

  /// Config waivers for this plan that suppressed nothing.
  package var unusedConfigWaivers: [Config.ConfigWaiver] {
    configWaivers.filter { !used.contains(.config($0.index)) }.map(\.entry)
  }
}
