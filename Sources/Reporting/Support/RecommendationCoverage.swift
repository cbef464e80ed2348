import PlanModel

/// How well each inspection recommendation of a plan is answered: the actions citing it and
/// what is missing, for the coverage matrix an inspector will ask about. The gaps are what
/// the rules declaring the coverage figures found (`PlanFigures`).
package struct RecommendationCoverage: Sendable {
  /// Something a recommendation lacks.
  package enum Gap: String, Sendable, Hashable, CaseIterable {
    /// No action cites it.
    case noAction = "no-action"
    /// Work remains, but no open action citing it has a named lead.
    case noLead = "no-lead"
    /// Work remains, and every open action citing it is past its end date.
    case onlyOverdue = "only-overdue"

    /// Written out with a symbol, so the mark does not rely on colour.
    package var label: String {
      switch self {
      case .noAction: "✗ No action"
      case .noLead: "⚠ No open action has a lead"
      case .onlyOverdue: "⚠ Only overdue actions"
      }
    }
  }

  /// One recommendation's line of the matrix.
  package struct Row: Sendable {
    package var recommendation: Recommendation
    /// Indices into `Plan.actions`, as `Plan.link()` computed them.
    package var actions: [Int]
    package var gaps: [Gap]
    /// Every citing action is complete or business as usual.
    package var complete: Bool

    /// The verdict in words: the gaps, or why there is none. A recommendation no action
    /// cites and no rule called unanswered was not checked (the rule did not run).
    package var verdict: [String] {
      if !gaps.isEmpty { return gaps.map(\.label) }
      if actions.isEmpty { return ["? Not checked"] }
      return [complete ? "✓ All actions complete" : "✓ Covered"]
    }
  }

  package var rows: [Row]

  package init(plan: Plan, figures: PlanFigures) {
    rows = plan.recommendations.map { recommendation in
      let actions = recommendation.actions.filter { plan.actions.indices.contains($0) }
      let open = actions.filter { plan.actions[$0].status.isOpen }
      var gaps: [Gap] = []
      if figures.unanswered.contains(recommendation.id) { gaps.append(.noAction) }
      if figures.unled.contains(recommendation.id) { gaps.append(.noLead) }
      if !open.isEmpty, open.allSatisfy({ figures.overdue.contains($0) }) {
        gaps.append(.onlyOverdue)
      }
      return Row(
        recommendation: recommendation, actions: actions, gaps: gaps,
        complete: !actions.isEmpty && open.isEmpty)
    }
  }

  /// Recommendations with at least one gap.
  package var gapCount: Int { rows.filter { !$0.gaps.isEmpty }.count }
}
