/// An improvement plan: metadata plus its tables, with relations computed once by `link()`.
package struct Plan: Sendable, Hashable {
  package var id: String = ""
  /// True when the file states the id; false when it was made from the file name.
  package var idDeclared = false
  package var title: String = ""
  /// What kind of document the plan is; rules for delivery plans check `plan.kind`.
  package var kind: PlanKind = .actionPlan
  package var organisation: String = ""
  package var periodStart: PlanDate = .missing
  package var periodEnd: PlanDate = .missing
  /// The status date of the plan.
  package var asOf: PlanDate = .missing
  /// The date the plan was issued.
  package var published: PlanDate = .missing
  package var inspection = Inspection()
  package var statusScheme: StatusScheme = .everyday
  package var dateOrder: DateOrder = .dmy
  /// Whether the plan or config states `dateOrder` (else day-first is an assumption).
  package var dateOrderDeclared = false
  package var themes: [Theme] = []
  package var actions: [Action] = []
  package var milestones: [Milestone] = []
  package var recommendations: [Recommendation] = []
  package var measures: [Measure] = []
  package var waivers: [Waiver] = []
  package var extra: [ExtraField] = []
  /// How the columns of the plan's tables were understood (empty for inline actions).
  package var tables: [TableMapping] = []
  /// Where cells of Word tables are, by the position their findings carry ("table 2, row 3,
  /// cell 4, paragraph 17"); empty for other formats, whose positions name cells themselves.
  package var places: [SourcePosition: String] = [:]
  /// The plan file (as given on the command line, relative where it was).
  package var span: SourceSpan

  // Indices, computed once by `link()`.
  package private(set) var actionsByRef: [String: [Int]] = [:]
  package private(set) var recommendationsByID: [String: Int] = [:]
  package private(set) var themesByRef: [String: Int] = [:]
  /// Actions by lead, keyed by `Plan.key(forLead:)`; empty leads left out.
  package private(set) var actionsByLead: [String: [Int]] = [:]

  package init(span: SourceSpan) { self.span = span }

  /// Computes the relations between entities so rules can follow them without scanning:
  /// `recommendation.actions`, `theme.actions`, `action.sameRef`, `action.themeIndex`.
  /// Cost is linear in the number of actions and their recommendation links.
  package mutating func link() {
    actionsByRef = [:]
    actionsByLead = [:]
    recommendationsByID = [:]
    themesByRef = [:]
    for index in recommendations.indices {
      recommendations[index].actions = []
      recommendationsByID[Plan.key(forRecommendation: recommendations[index].id)] = index
    }
    for index in themes.indices {
      themes[index].actions = []
      if themesByRef[themes[index].ref] == nil { themesByRef[themes[index].ref] = index }
    }
    // Leads and recommendation ids repeat across thousands of actions: normalize each distinct
    // spelling once (up to a bound, so a plan of all-different leads costs no extra memory).
    var leadKeys = BoundedCache<String, String>(limit: 4096)
    var recommendationKeys = BoundedCache<String, String>(limit: 4096)
    func recommendationKey(_ id: String) -> String {
      recommendationKeys.value(for: id, Plan.key(forRecommendation:))
    }
    actionsByRef.reserveCapacity(actions.count)
    for index in actions.indices {
      let ref = actions[index].ref
      if !ref.isEmpty { actionsByRef[ref, default: []].append(index) }
      let lead = actions[index].lead
      if !lead.isEmpty {
        actionsByLead[leadKeys.value(for: lead, Plan.key(forLead:)), default: []].append(index)
      }
      let themeIndex = actions[index].theme.isEmpty ? nil : themesByRef[actions[index].theme]
      actions[index].themeIndex = themeIndex
      if let themeIndex { themes[themeIndex].actions.append(index) }
      let ids = actions[index].recommendations
      guard !ids.isEmpty else { continue }
      if ids.count == 1 {
        // The common case: no set or key array to build.
        let key = recommendationKey(ids[0])
        if key == "all" {
          for rec in recommendations.indices { recommendations[rec].actions.append(index) }
        } else if let rec = recommendationsByID[key] {
          recommendations[rec].actions.append(index)
        }
        continue
      }
      let keys = ids.map(recommendationKey)
      var seen: Set<Int> = []
      if keys.contains("all") {
        for rec in recommendations.indices where seen.insert(rec).inserted {
          recommendations[rec].actions.append(index)
        }
      }
      for key in keys {
        guard let rec = recommendationsByID[key], seen.insert(rec).inserted else { continue }
        recommendations[rec].actions.append(index)
      }
    }
    for index in actions.indices where !actions[index].sameRef.isEmpty {
      actions[index].sameRef = []
    }
    // Over the groups rather than the actions: no second hash of every ref.
    for group in actionsByRef.values where group.count > 1 {
      for index in group { actions[index].sameRef = group.filter { $0 != index } }
    }
  }

  /// Resolves relative dates ("3 months") against the action's start, or the plan's period
  /// start when the action has none: an action's end and dates, and its milestones' due dates.
  package mutating func resolveRelativeDates() {
    for index in actions.indices {
      let anchor = actions[index].start.isDated ? actions[index].start : periodStart
      actions[index].resolveRelativeDates(anchor: anchor, periodStart: periodStart)
      for m in actions[index].milestones where m < milestones.count {
        milestones[m].due = milestones[m].due.resolved(against: anchor)
      }
    }
  }

  /// The recommendation an action cites, if the plan declares it.
  package func recommendation(id: String) -> Recommendation? {
    recommendationsByID[Plan.key(forRecommendation: id)].map { recommendations[$0] }
  }

  /// Leads compare case- and space-insensitively (`PlanText.matchKey`), so "Head of  Service"
  /// and "head of service" lead the same actions.
  package static func key(forLead lead: String) -> String { PlanText.matchKey(lead) }

  /// Recommendation ids compare case-insensitively and ignore a leading "R" or "Rec" so that
  /// "R3", "rec 3" and "3" name the same recommendation.
  package static func key(forRecommendation id: String) -> String {
    var key = PlanText.matchKey(id)
    for prefix in ["recommendation ", "recommendation", "rec ", "rec", "r"]
    where key.hasPrefix(prefix) {
      let rest = key.dropFirst(prefix.count)
      if let first = rest.first, first.isNumber {
        key = String(rest)
        break
      }
    }
    return key
  }
}

/// What kind of document a plan is. Action plans assign each action a lead, dates and a rating;
/// strategies and service-plan summaries state priorities, changes and measures without them,
/// by design. Rules that check delivery detail (leads, dates, ratings) guard on
/// `plan.kind == 'action-plan'`, so a strategy is not reported for what it never claims to hold.
package enum PlanKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// An improvement or action plan (the default): actions with leads, dates and ratings.
  case actionPlan = "action-plan"
  /// A strategy: priorities, commitments and success criteria, delivered through other plans.
  case strategy
  /// A summary of service plans: per service, the changes it makes and their key measures.
  case servicePlan = "service-plan"
}

/// How to read an all-numeric date such as 03/04/2023.
package enum DateOrder: String, Sendable, Hashable, Codable, CaseIterable {
  /// Day first (UK), the default.
  case dmy
  /// Month first (US).
  case mdy
}
