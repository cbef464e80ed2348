import PlanModel

extension TableResult {
  /// Appends another table's actions, milestones, new themes and diagnostics, re-basing the
  /// indices that link actions and milestones: several tables of one file make one plan.
  mutating func append(_ other: TableResult) {
    let actionBase = actions.count
    let milestoneBase = milestones.count
    actions.reserveCapacity(actionBase + other.actions.count)
    for var action in other.actions {
      let range = action.milestones
      action.milestones = (range.lowerBound + milestoneBase)..<(range.upperBound + milestoneBase)
      actions.append(action)
    }
    for var milestone in other.milestones {
      milestone.action += actionBase
      milestones.append(milestone)
    }
    var known = Set(themes.map(\.ref))
    for theme in other.themes where known.insert(theme.ref).inserted { themes.append(theme) }
    diagnostics += other.diagnostics
    mappings += other.mappings
    places.merge(other.places) { first, _ in first }
  }
}
