/// One thing a rule found about one entity of one plan.
package struct Finding: Sendable, Hashable {
  package var ruleID: String
  package var severity: Severity
  package var message: String
  /// Where the entity (or the field the rule is about) is, in the plan's files.
  package var span: SourceSpan
  package var entity: EntityRef
  package var planID: String
  /// Stable across runs and edits elsewhere in the file: rule + plan + entity, not line numbers.
  package var fingerprint: String
  /// Why the finding does not count, if it does not.
  package var suppression: Suppression?

  package init(
    ruleID: String, severity: Severity, message: String, span: SourceSpan, entity: EntityRef,
    planID: String, fingerprint: String, suppression: Suppression? = nil
  ) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.span = span
    self.entity = entity
    self.planID = planID
    self.fingerprint = fingerprint
    self.suppression = suppression
  }

  package var isSuppressed: Bool { suppression != nil }
}

/// The entity a finding is about: its kind and a human reference ("action 1.2.1.2").
package struct EntityRef: Sendable, Hashable {
  package var kind: Kind
  /// The entity's ref or id; for milestones `ACTIONREF: text`; empty when it has none.
  package var ref: String

  package init(kind: Kind, ref: String) {
    self.kind = kind
    self.ref = ref
  }

  /// "action 1.2.1.2", or "action (row 14)"-style fallbacks are built by the engine into `ref`.
  package var description: String { ref.isEmpty ? kind.name : "\(kind.name) \(ref)" }

  /// What kind of thing a finding is about.
  package enum Kind: Sendable, Hashable {
    /// An entity of the plan.
    case entity(EntityKind)
    /// An entity of the compared version that the plan no longer has: `removed-action`.
    case removed(EntityKind)
    /// A waiver in config that names no entity of the plan.
    case waiver

    /// How reports name it: `action`, `removed-action`, `waiver`.
    package var name: String {
      switch self {
      case .entity(let kind): kind.name
      case .removed(let kind): "removed-" + kind.name
      case .waiver: "waiver"
      }
    }
  }
}

/// Why a finding is not counted against the gate.
package enum Suppression: Sendable, Hashable {
  /// A waiver in the plan or config, with its reason and where it is written.
  case waiver(reason: String, span: SourceSpan)
  /// The finding is recorded in the `--baseline` file.
  case baseline

  package var justification: String {
    switch self {
    case .waiver(let reason, _): reason
    case .baseline: "accepted in baseline"
    }
  }
}
