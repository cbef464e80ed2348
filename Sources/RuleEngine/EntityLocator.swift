import PlanModel
import RuleLanguage

/// Names and places an entity for a finding: its `EntityRef`, its span (or the span of the
/// field the rule points at), and the discriminator that keeps fingerprints of entities with a
/// missing or repeated ref apart.
package struct EntityLocator: Sendable {
  package let plan: Plan
  package let previous: Plan?
  /// For actions with neither ref nor text: their number among such actions, so their
  /// fingerprints do not depend on line numbers.
  private let unnamedOrdinals: [Int: Int]

  package init(plan: Plan, previous: Plan?) {
    self.plan = plan
    self.previous = previous
    var ordinals: [Int: Int] = [:]
    for (index, action) in plan.actions.enumerated()
    where action.ref.isEmpty && action.title.isEmpty {
      ordinals[index] = ordinals.count + 1
    }
    unnamedOrdinals = ordinals
  }

  /// The entity as fingerprints see it: like `ref(scope:index:)`, but an action with neither
  /// ref nor text is "unnamed action #n" rather than "at line N", which moves with edits.
  package func identity(scope: ScopeKind, index: Int) -> EntityRef {
    guard scope.version == .current, !unnamedOrdinals.isEmpty else {
      return ref(scope: scope, index: index)
    }
    let ref = scope.entityKind.descriptor.ref(index, in: plan) { action in
      unnamedOrdinals[action].map { "unnamed action #\($0)" } ?? plan.label(ofAction: action)
    }
    return EntityRef(kind: scope.refKind, ref: ref)
  }

  /// How findings name the entity; a removed action is named in the compared version.
  package func ref(scope: ScopeKind, index: Int) -> EntityRef {
    let descriptor = scope.entityKind.descriptor
    guard scope.version == .current else {
      let ref = previous.map { previous in
        descriptor.ref(index, in: previous) { previous.label(ofAction: $0) }
      }
      return EntityRef(kind: scope.refKind, ref: ref ?? "")
    }
    return EntityRef(
      kind: scope.refKind, ref: descriptor.ref(index, in: plan) { plan.label(ofAction: $0) })
  }

  /// Where a finding about this entity points; `field` names one of its fields.
  package func span(scope: ScopeKind, index: Int, field: String?) -> SourceSpan {
    // A removed entity has no place in the current file: point at the plan.
    guard scope.version == .current else { return plan.span }
    return scope.entityKind.descriptor.span(index, field: field, in: plan)
  }

  /// Separates entities that share a name (see `PlanEntity.discriminator`).
  package func discriminator(scope: ScopeKind, index: Int) -> String {
    scope.version == .current ? scope.entityKind.descriptor.discriminator(index, in: plan) : ""
  }
}
