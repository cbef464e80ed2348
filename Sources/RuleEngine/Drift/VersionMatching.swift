import PlanModel
import RuleLanguage

/// How the entities of two versions of a plan correspond, each kind as its descriptor's
/// `versionMatch` says: actions by ref, then by title where refs were renumbered;
/// recommendations by id; measures and themes by ref; milestones by text within their
/// matched action.
package struct VersionMatching: Sendable {
  /// Previous actions with no counterpart now: the `removed-action` scope. Rows with neither
  /// a ref nor any text were never actions, so they are never removed.
  package var removed: [Int]
  /// Current/previous action pairs matched by title whose refs differ: a real renumbering.
  /// Ref-less actions matched by their unchanged text are matched, not renumbered.
  package var renumbered: [(current: Int, previous: Int)]
  /// For each kind, in `EntityKind.allCases` order: each current entity's matched previous one.
  private var matched: [(kind: EntityKind, previous: [Int?])]

  init(
    removed: [Int], renumbered: [(current: Int, previous: Int)],
    matched: [(kind: EntityKind, previous: [Int?])]
  ) {
    self.removed = removed
    self.renumbered = renumbered
    self.matched = matched
  }

  /// For each current action, the matched previous action.
  package var actions: [Int?] { matched.first { $0.kind == .action }?.previous ?? [] }

  /// The index in the previous plan of the entity matched to `index`, if any.
  package func previousIndex(scope: ScopeKind, index: Int, plan: Plan) -> Int? {
    guard scope.version == .current, index >= 0 else { return nil }
    // At most one entry per kind: a scan, no hashing, on this per-entity path.
    for entry in matched where entry.kind == scope.entityKind {
      return index < entry.previous.count ? entry.previous[index] : nil
    }
    return nil
  }
}

/// Builds a `VersionMatching`; linear in plan size (title matching is bounded, see below).
package enum VersionMatcher {
  /// Word-set similarity at or above which two action titles are taken to be the same action.
  static let titleThreshold = 0.6
  /// Above this many unmatched actions, only identical titles match (keeps matching linear).
  static let fuzzyLimit = 2_000

  package static func match(current: Plan, previous: Plan) -> VersionMatching {
    var actions = [Int?](repeating: nil, count: current.actions.count)
    var taken = [Bool](repeating: false, count: previous.actions.count)
    for (index, action) in current.actions.enumerated() where !action.ref.isEmpty {
      for candidate in previous.actionsByRef[action.ref] ?? [] where !taken[candidate] {
        actions[index] = candidate
        taken[candidate] = true
        break
      }
    }
    let renumbered = matchByTitle(
      current: current, previous: previous, actions: &actions, taken: &taken
    ).filter { current.actions[$0.current].ref != previous.actions[$0.previous].ref }
    let removed = taken.indices.filter { !taken[$0] && isAction(previous.actions[$0]) }
    let matched = EntityKind.allCases.map { kind in
      let previousIndices: [Int?]
      switch kind.descriptor.versionMatch {
      case .whole: previousIndices = [0]
      case .refThenTitle: previousIndices = actions
      case .textWithinAction:
        previousIndices = milestones(current: current, previous: previous, actions: actions)
      case .key(let key):
        let descriptor = kind.descriptor
        previousIndices = byKey(
          (0..<descriptor.count(in: current)).map { key(current, $0) },
          (0..<descriptor.count(in: previous)).map { key(previous, $0) })
      }
      return (kind: kind, previous: previousIndices)
    }
    return VersionMatching(removed: removed, renumbered: renumbered, matched: matched)
  }

  private static func matchByTitle(
    current: Plan, previous: Plan, actions: inout [Int?], taken: inout [Bool]
  ) -> [(current: Int, previous: Int)] {
    let open = actions.indices.filter { actions[$0] == nil && !current.actions[$0].title.isEmpty }
    let candidates = taken.indices.filter { !taken[$0] && !previous.actions[$0].title.isEmpty }
    guard !open.isEmpty, !candidates.isEmpty else { return [] }
    var pairs: [(current: Int, previous: Int)] = []
    if open.count > fuzzyLimit || candidates.count > fuzzyLimit {
      var byTitle: [String: [Int]] = [:]
      for index in candidates {
        byTitle[PlanText.matchKey(previous.actions[index].title), default: []].append(index)
      }
      for index in open {
        let key = PlanText.matchKey(current.actions[index].title)
        guard let candidate = byTitle[key]?.first(where: { !taken[$0] }) else { continue }
        actions[index] = candidate
        taken[candidate] = true
        pairs.append((index, candidate))
      }
      return pairs
    }
    let previousWords = candidates.map { words(previous.actions[$0].title) }
    for index in open {
      let mine = words(current.actions[index].title)
      var best: (offset: Int, score: Double)?
      for (offset, theirs) in previousWords.enumerated() where !taken[candidates[offset]] {
        let score = similarity(mine, theirs)
        if score >= titleThreshold, score > (best?.score ?? 0) { best = (offset, score) }
      }
      guard let best else { continue }
      actions[index] = candidates[best.offset]
      taken[candidates[best.offset]] = true
      pairs.append((index, candidates[best.offset]))
    }
    return pairs
  }

  /// Whether a row says what it is: a ref or an action text. A row with neither (a blank or
  /// a stray note under the table) is no action and takes no part in drift matching.
  static func isAction(_ action: Action) -> Bool {
    action.ref.contains { !$0.isWhitespace } || action.title.contains { !$0.isWhitespace }
  }

  static func words(_ text: String) -> Set<Substring> {
    Set(text.lowercased().split { !$0.isLetter && !$0.isNumber })
  }

  /// Jaccard similarity of two word sets.
  static func similarity(_ a: Set<Substring>, _ b: Set<Substring>) -> Double {
    guard !a.isEmpty || !b.isEmpty else { return 0 }
    return Double(a.intersection(b).count) / Double(a.union(b).count)
  }

  private static func byKey(_ current: [String], _ previous: [String]) -> [Int?] {
    var index: [String: Int] = [:]
    for (offset, key) in previous.enumerated() where !key.isEmpty && index[key] == nil {
      index[key] = offset
    }
    return current.map { $0.isEmpty ? nil : index[$0] }
  }

  private static func milestones(current: Plan, previous: Plan, actions: [Int?]) -> [Int?] {
    current.milestones.map { milestone in
      guard milestone.action < actions.count, let owner = actions[milestone.action],
        owner < previous.actions.count
      else { return nil }
      let key = PlanText.matchKey(milestone.text)
      return previous.actions[owner].milestones.first {
        previous.milestones[$0].text.isEmpty == false
          && PlanText.matchKey(previous.milestones[$0].text) == key
      }
    }
  }
}
