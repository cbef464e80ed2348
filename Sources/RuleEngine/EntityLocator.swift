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
    switch scope {
    case .action:
      guard let ordinal = unnamedOrdinals[index] else { return ref(scope: scope, index: index) }
      return EntityRef(kind: "action", ref: "unnamed action #\(ordinal)")
    case .milestone:
      let milestone = plan.milestones[index]
      guard let ordinal = unnamedOrdinals[milestone.action] else {
        return ref(scope: scope, index: index)
      }
      return EntityRef(
        kind: "milestone",
        ref: "unnamed action #\(ordinal): \(EntityLocator.leadingWords(milestone.text))")
    default:
      return ref(scope: scope, index: index)
    }
  }

  package func ref(scope: ScopeKind, index: Int) -> EntityRef {
    switch scope {
    case .plan: EntityRef(kind: "plan", ref: plan.id)
    case .theme: EntityRef(kind: "theme", ref: plan.themes[index].ref)
    case .action: EntityRef(kind: "action", ref: plan.actions[index].label)
    case .milestone:
      EntityRef(kind: "milestone", ref: milestoneName(plan.milestones[index], in: plan))
    case .recommendation: EntityRef(kind: "recommendation", ref: plan.recommendations[index].id)
    case .measure:
      EntityRef(
        kind: "measure",
        ref: plan.measures[index].ref.isEmpty
          ? plan.measures[index].label : plan.measures[index].ref)
    case .removedAction:
      EntityRef(kind: "removed-action", ref: previous.map { $0.actions[index].label } ?? "")
    }
  }

  /// Where a finding about this entity points; `field` names an action or milestone field.
  package func span(scope: ScopeKind, index: Int, field: String?) -> SourceSpan {
    switch scope {
    case .plan: return plan.span
    case .theme: return plan.themes[index].span
    case .action:
      let action = plan.actions[index]
      guard let field, let known = ActionField(name: field) else { return action.span }
      return action.span(of: known)
    case .milestone: return plan.milestones[index].span
    case .recommendation: return plan.recommendations[index].span
    case .measure: return plan.measures[index].span
    case .removedAction:
      // A removed action has no place in the current file: point at the plan.
      return plan.span
    }
  }

  /// Separates entities that share a name: the occurrence number among same-ref actions, and
  /// among an action's milestones with the same name (from the second on, so a milestone's
  /// fingerprint changes only when it has a namesake before it).
  package func discriminator(scope: ScopeKind, index: Int) -> String {
    if scope == .milestone { return milestoneDiscriminator(index) }
    guard scope == .action else { return "" }
    let action = plan.actions[index]
    guard !action.sameRef.isEmpty else { return "" }
    let earlier = action.sameRef.filter { $0 < index }.count
    return "#\(earlier + 1)"
  }

  private func milestoneDiscriminator(_ index: Int) -> String {
    let milestone = plan.milestones[index]
    guard milestone.action < plan.actions.count else { return "" }
    // Siblings share the owner, so their names are equal exactly when their leading words are.
    let siblings = plan.actions[milestone.action].milestones
    guard siblings.contains(where: { $0 < index }) else { return "" }
    let name = EntityLocator.leadingWords(milestone.text)
    let earlier = siblings.filter {
      $0 < index && EntityLocator.leadingWords(plan.milestones[$0].text) == name
    }.count
    return earlier == 0 ? "" : "#\(earlier + 1)"
  }

  private func milestoneName(_ milestone: Milestone, in plan: Plan) -> String {
    let owner = milestone.action < plan.actions.count ? plan.actions[milestone.action].label : "?"
    return "\(owner): \(EntityLocator.leadingWords(milestone.text))"
  }

  /// The first eight white-space-separated words of `text`, joined by single spaces (split on
  /// bytes, as `split(whereSeparator: \.isWhitespace)` splits).
  static func leadingWords(_ text: String, count: Int = 8) -> String {
    var text = text
    return text.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(min(bytes.count, 120))
      var words = 0
      var index = 0
      var inWord = false
      while index < bytes.count {
        let space = ASCIIText.whitespaceLength(bytes, at: index)
        if space > 0 {
          if inWord {
            words += 1
            if words == count { break }
          }
          inWord = false
          index += space
          continue
        }
        if !inWord, words > 0 { out.append(0x20) }
        inWord = true
        let length = bytes[index] < 0x80 ? 1 : ASCIIText.scalar(bytes, at: index)?.1 ?? 1
        let end = min(index + length, bytes.count)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        index = end
      }
      return String(decoding: out, as: UTF8.self)
    }
  }
}
