/// What plancheck knows about one kind of plan entity, in one place: how to count, name and
/// place its entities, where their waivers are written and how drift pairs them across
/// versions (its name is its `EntityKind` case; a listed kind's plural is `ListedEntity`'s).
/// Each model type describes its own kind (`Plan` the plan kind) and `EntityKind.descriptor`
/// finds the description. The fields rules read on a kind are its `EntitySchema`, in
/// RuleLanguage beside the values they read into.
package protocol PlanEntity: Sendable {
  static var entityKind: EntityKind { get }
  /// How many the plan has.
  static func count(in plan: Plan) -> Int
  /// How findings, waivers and fingerprints name entity `index` ("1.2", "1.2: Train staff").
  /// `action` names an action by its index: its label, or in fingerprints an ordinal for an
  /// action with neither ref nor text (see `EntityLocator`).
  static func ref(_ index: Int, in plan: Plan, action: (Int) -> String) -> String
  /// Tells apart entities `ref` names alike, in fingerprints ("#2"); empty when none.
  static func discriminator(_ index: Int, in plan: Plan) -> String
  /// Where a finding about entity `index` points; `field` is the field the rule names (`at`).
  static func span(_ index: Int, field: String?, in plan: Plan) -> SourceSpan
  /// The entity a person names by its ref or id (`plancheck eval --ref`), if the kind has one.
  static func index(ofRef ref: String, in plan: Plan) -> Int?
  /// The entity whose waivers cover entity `index`: itself, or for a milestone its action.
  static func waiverHolder(_ index: Int, in plan: Plan) -> (kind: EntityKind, index: Int)?
  /// The waivers written on entity `index`.
  static func waivers(_ index: Int, in plan: Plan) -> [Waiver]
  /// Marks waiver `waiver` written on entity `index` as having suppressed a finding.
  static func markWaiverUsed(_ waiver: Int, of index: Int, in plan: inout Plan)
  /// How drift pairs an entity with one of the version the plan is compared with.
  static var versionMatch: VersionMatch { get }
}

/// A kind whose entities the plan keeps in one array, in plan order.
package protocol ListedEntity: PlanEntity {
  /// The plan field that lists them all in rules: `actions` (`plan.actions`).
  static var plural: String { get }
  /// The plan's entities of this kind; `@inlinable`, as field reads go through it.
  static func all(in plan: borrowing Plan) -> [Self]
  /// `body` over the plan's entities of this kind in place: field reads go through it, and
  /// unlike `all(in:)` it retains no array (Swift 6.3 does not inline `package` code across
  /// modules, so `all(in:)` returns a retained copy of the array on every call).
  static func withAll<T>(in plan: borrowing Plan, _ body: (UnsafeBufferPointer<Self>) -> T) -> T
  var span: SourceSpan { get }
}

/// How drift pairs the entities of two versions of a plan (see `VersionMatcher`).
package enum VersionMatch: Sendable {
  /// The plan is paired with the previous plan.
  case whole
  /// By ref, then by similar text where refs were renumbered.
  case refThenTitle
  /// By normalised text among the milestones of the paired action.
  case textWithinAction
  /// By key: the first previous entity with an equal key; an empty key pairs with nothing.
  case key(@Sendable (Plan, Int) -> String)
}

extension PlanEntity {
  package static func discriminator(_ index: Int, in plan: Plan) -> String { "" }
  package static func index(ofRef ref: String, in plan: Plan) -> Int? { nil }
  package static func waiverHolder(_ index: Int, in plan: Plan) -> (kind: EntityKind, index: Int)? {
    (entityKind, index)
  }
  package static func waivers(_ index: Int, in plan: Plan) -> [Waiver] { [] }
  package static func markWaiverUsed(_ waiver: Int, of index: Int, in plan: inout Plan) {}
}

extension ListedEntity {
  package static func count(in plan: Plan) -> Int { all(in: plan).count }

  package static func span(_ index: Int, field: String?, in plan: Plan) -> SourceSpan {
    all(in: plan)[index].span
  }
}
