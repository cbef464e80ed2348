import PlanModel

/// Where a rule runs: over which entities, and what its bare names mean. Every entity kind is
/// a scope; `removed-action` runs over the actions of the compared (previous) version that
/// the current plan no longer has.
package struct ScopeKind: Sendable, Hashable, CaseIterable {
  /// The kind of `self`.
  package let entityKind: EntityKind
  /// Which plan `self` lives in.
  package let version: PlanVersion

  package init(_ kind: EntityKind, version: PlanVersion = .current) {
    entityKind = kind
    self.version = version
  }

  package static let plan = ScopeKind(.plan)
  package static let theme = ScopeKind(.theme)
  package static let action = ScopeKind(.action)
  package static let milestone = ScopeKind(.milestone)
  package static let recommendation = ScopeKind(.recommendation)
  package static let measure = ScopeKind(.measure)
  package static let removedAction = ScopeKind(.action, version: .previous)

  package static let allCases = EntityKind.allCases.map { ScopeKind($0) } + [removedAction]

  /// How findings name the entities of this scope.
  package var refKind: EntityRef.Kind {
    version == .current ? .entity(entityKind) : .removed(entityKind)
  }

  /// Its name in rule files: `action`, `removed-action`.
  package var name: String { refKind.name }

  package init?(name: String) {
    guard let scope = ScopeKind.allCases.first(where: { $0.name == name }) else { return nil }
    self = scope
  }
}
