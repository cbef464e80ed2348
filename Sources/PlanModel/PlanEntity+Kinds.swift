/// The descriptor of each entity kind (see `PlanEntity`).
extension Plan: PlanEntity {
  package static var entityKind: EntityKind { .plan }
  package static func count(in plan: Plan) -> Int { 1 }
  package static func ref(_ index: Int, in plan: Plan, action: (Int) -> String) -> String {
    plan.id
  }
  package static func span(_ index: Int, field: String?, in plan: Plan) -> SourceSpan { plan.span }
  package static func waivers(_ index: Int, in plan: Plan) -> [Waiver] { plan.waivers }
  package static func markWaiverUsed(_ waiver: Int, of index: Int, in plan: inout Plan) {
    plan.waivers[waiver].used = true
  }
  package static var versionMatch: VersionMatch { .whole }
}

extension Theme: ListedEntity {
  package static var entityKind: EntityKind { .theme }
  package static var plural: String { "themes" }
  @inlinable package static func all(in plan: borrowing Plan) -> [Theme] { plan.themes }
  package static func withAll<T>(
    in plan: borrowing Plan, _ body: (UnsafeBufferPointer<Theme>) -> T
  ) -> T { plan.themes.withUnsafeBufferPointer(body) }
  package static func ref(_ index: Int, in plan: Plan, action: (Int) -> String) -> String {
    plan.themes[index].ref
  }
  package static func index(ofRef ref: String, in plan: Plan) -> Int? { plan.themesByRef[ref] }
  package static var versionMatch: VersionMatch { .key { $0.themes[$1].ref } }
}

extension Action: ListedEntity {
  package static var entityKind: EntityKind { .action }
  package static var plural: String { "actions" }
  @inlinable package static func all(in plan: borrowing Plan) -> [Action] { plan.actions }
  package static func withAll<T>(
    in plan: borrowing Plan, _ body: (UnsafeBufferPointer<Action>) -> T
  ) -> T { plan.actions.withUnsafeBufferPointer(body) }
  package static func ref(_ index: Int, in plan: Plan, action: (Int) -> String) -> String {
    action(index)
  }
  /// The occurrence number among actions with the same ref.
  package static func discriminator(_ index: Int, in plan: Plan) -> String {
    let sameRef = plan.actions[index].sameRef
    guard !sameRef.isEmpty else { return "" }
    return "#\(sameRef.filter { $0 < index }.count + 1)"
  }
  package static func span(_ index: Int, field: String?, in plan: Plan) -> SourceSpan {
    // Read in place: a copy of the action would retain every field of it, on every finding.
    guard let field, let known = ActionField(name: field) else { return plan.actions[index].span }
    return plan.actions[index].span(of: known)
  }
  package static func index(ofRef ref: String, in plan: Plan) -> Int? {
    plan.actionsByRef[ref]?.first
  }
  package static func waivers(_ index: Int, in plan: Plan) -> [Waiver] {
    plan.actions[index].waivers
  }
  package static func markWaiverUsed(_ waiver: Int, of index: Int, in plan: inout Plan) {
    plan.actions[index].waivers[waiver].used = true
  }
  package static var versionMatch: VersionMatch { .refThenTitle }
}

extension Milestone: ListedEntity {
  package static var entityKind: EntityKind { .milestone }
  package static var plural: String { "milestones" }
  @inlinable package static func all(in plan: borrowing Plan) -> [Milestone] { plan.milestones }
  package static func withAll<T>(
    in plan: borrowing Plan, _ body: (UnsafeBufferPointer<Milestone>) -> T
  ) -> T { plan.milestones.withUnsafeBufferPointer(body) }
  /// `ACTION: the first eight words`.
  package static func ref(_ index: Int, in plan: Plan, action: (Int) -> String) -> String {
    let milestone = plan.milestones[index]
    let owner = milestone.action < plan.actions.count ? action(milestone.action) : "?"
    return "\(owner): \(milestone.name)"
  }
  /// Tells apart an action's milestones with the same name: the occurrence number among them,
  /// from the second on, so a fingerprint changes only when a namesake comes before it.
  package static func discriminator(_ index: Int, in plan: Plan) -> String {
    let milestone = plan.milestones[index]
    guard milestone.action < plan.actions.count else { return "" }
    // Siblings share the owner, so their names are equal exactly when their leading words are.
    let siblings = plan.actions[milestone.action].milestones
    guard siblings.contains(where: { $0 < index }) else { return "" }
    let name = milestone.name
    let earlier = siblings.filter { $0 < index && plan.milestones[$0].name == name }.count
    return earlier == 0 ? "" : "#\(earlier + 1)"
  }

  /// The milestone's action's: a milestone has none of its own.
  package static func waiverHolder(_ index: Int, in plan: Plan) -> (kind: EntityKind, index: Int)? {
    let owner = plan.milestones[index].action
    return owner < plan.actions.count ? (.action, owner) : nil
  }
  package static var versionMatch: VersionMatch { .textWithinAction }
}

extension Recommendation: ListedEntity {
  package static var entityKind: EntityKind { .recommendation }
  package static var plural: String { "recommendations" }
  @inlinable package static func all(in plan: borrowing Plan) -> [Recommendation] {
    plan.recommendations
  }
  package static func withAll<T>(
    in plan: borrowing Plan, _ body: (UnsafeBufferPointer<Recommendation>) -> T
  ) -> T { plan.recommendations.withUnsafeBufferPointer(body) }
  package static func ref(_ index: Int, in plan: Plan, action: (Int) -> String) -> String {
    plan.recommendations[index].id
  }
  package static func index(ofRef ref: String, in plan: Plan) -> Int? {
    plan.recommendationsByID[Plan.key(forRecommendation: ref)]
  }
  package static var versionMatch: VersionMatch {
    .key { Plan.key(forRecommendation: $0.recommendations[$1].id) }
  }
}

extension Measure: ListedEntity {
  package static var entityKind: EntityKind { .measure }
  package static var plural: String { "measures" }
  @inlinable package static func all(in plan: borrowing Plan) -> [Measure] { plan.measures }
  package static func withAll<T>(
    in plan: borrowing Plan, _ body: (UnsafeBufferPointer<Measure>) -> T
  ) -> T { plan.measures.withUnsafeBufferPointer(body) }
  package static func ref(_ index: Int, in plan: Plan, action: (Int) -> String) -> String {
    let measure = plan.measures[index]
    return measure.ref.isEmpty ? measure.label : measure.ref
  }
  package static func index(ofRef ref: String, in plan: Plan) -> Int? {
    plan.measures.firstIndex { $0.ref == ref }
  }
  package static func waivers(_ index: Int, in plan: Plan) -> [Waiver] {
    plan.measures[index].waivers
  }
  package static func markWaiverUsed(_ waiver: Int, of index: Int, in plan: inout Plan) {
    plan.measures[index].waivers[waiver].used = true
  }
  package static var versionMatch: VersionMatch { .key { $0.measures[$1].ref } }
}
