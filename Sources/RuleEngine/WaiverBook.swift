import PlanModel
import RuleLanguage

/// The waivers that can suppress findings in one plan: those written on entities and those
/// in config keyed by plan id and entity ref. Records which ones were used.
package struct WaiverBook: Sendable {
  /// Identifies a waiver: the entity that holds it and its position in that entity's list.
  package enum Holder: Hashable, Sendable {
    /// Waiver `waiver` written on entity `index` of `kind`.
    case entity(EntityKind, index: Int, waiver: Int)
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
    guard scope.version == .current,
      let holder = scope.entityKind.descriptor.waiverHolder(index, in: plan)
    else { return [] }
    return holder.kind.descriptor.waivers(holder.index, in: plan).enumerated().map {
      (.entity(holder.kind, index: holder.index, waiver: $0.offset), $0.element)
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
    for case .entity(let kind, let index, let waiver) in used {
      kind.descriptor.markWaiverUsed(waiver, of: index, in: &plan)
    }
  }

  /// Config waivers for this plan that suppressed nothing.
  package var unusedConfigWaivers: [Config.ConfigWaiver] {
    configWaivers.filter { !used.contains(.config($0.index)) }.map(\.entry)
  }
}
