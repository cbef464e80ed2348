import PlanModel

/// Config waivers, keyed by plan id and entity ref, placed on the entities they name, so the
/// waiver rules (`waiver-expired`, `waiver-without-reason`, `waiver-unused`) judge them
/// exactly as they judge waivers written in the plan.
enum ConfigWaivers {
  /// Adds this plan's config waivers to the actions and measures whose ref they name; returns
  /// the rest (refs of other entities, or of nothing), which the waiver book applies itself.
  static func attach(_ waivers: [Config.ConfigWaiver], to plan: inout Plan) -> [Config
    .ConfigWaiver]
  {
    var rest: [Config.ConfigWaiver] = []
    var measuresByRef: [String: [Int]] = [:]
    for entry in waivers where entry.plan == plan.id {
      if let actions = plan.actionsByRef[entry.ref], !actions.isEmpty {
        for index in actions { plan.actions[index].waivers.append(entry.waiver) }
        continue
      }
      if measuresByRef.isEmpty, !plan.measures.isEmpty {
        for (index, measure) in plan.measures.enumerated() where !measure.ref.isEmpty {
          measuresByRef[measure.ref, default: []].append(index)
        }
      }
      if let measures = measuresByRef[entry.ref] {
        for index in measures { plan.measures[index].waivers.append(entry.waiver) }
        continue
      }
      rest.append(entry)
    }
    return rest
  }
}
