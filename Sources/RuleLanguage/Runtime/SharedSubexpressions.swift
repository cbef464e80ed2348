/// Subexpressions computed once per entity, however often a rule's expressions name them.
///
/// A rule's `when`, `check` and message holes are checked in one scope and often repeat one
/// another: `lead-overloaded` names `actionsLedBy(lead)` six times, `ambiguous-date` filters the
/// plan's actions four times for its message. A subexpression named more than once gets a
/// slot: the first evaluation for an entity stores its value in the context, the others read
/// it back (see `EvalContext.shared`). A plan-wide one (which the code generator caches per
/// plan) named more than once gets one per-plan cache slot for all its namings, also where it
/// stands inside a larger hoisted node (`unknown-status` counts the plan's unknown ratings
/// twice inside one): it is computed once per plan rather than once per naming.
///
/// A subexpression named once is left alone even inside a macro's body where it reads no macro
/// variable: computing it once there would be loop-invariant code motion, which would make
/// the steps an evaluation takes differ from what the static cost estimate counts.
///
/// Only costly nodes (a call or a macro) that read no macro variable bound outside them
/// qualify, and none that the code generator already hoists per plan. Two occurrences are the
/// same subexpression when their source text is the same: every expression of a group is
/// checked in one scope with the same parameters, and a node with no free macro variable
/// means the same wherever it stands. Evaluation is pure, so reading a stored value is
/// indistinguishable from computing it again, apart from the steps it saves. Failures are not
/// stored; they are computed again, and fail again.
package final class SharedSubexpressions: Sendable {
  /// Per member (by its source text): the slot of each shared node, by its place in the text.
  private let places: [(source: String, slots: Member)]

  /// One member's shared nodes by place: per-entity slots, and the per-plan cache slots of
  /// plan-wide nodes the group names more than once (hoisted once, not once per naming).
  struct Member {
    var slots: [Place: Int] = [:]
    var hoists: [Place: HoistSlot] = [:]
    var isEmpty: Bool { slots.isEmpty && hoists.isEmpty }
  }
  /// How many slots there are.
  let count: Int

  /// Where a node stands in its expression's text, and what kind of node it is: enough to
  /// find it again while compiling (the planner drops any place two different nodes share).
  struct Place: Hashable {
    var start: Int
    var end: Int
    var kind: Int
  }

  /// Plans the slots for expressions compiled together (one rule's `when`, `check` and
  /// holes), all in `scope`.
  package init(_ group: [CheckedSource], scope: ScopeKind?) {
    var planner = Planner(hoisting: CodeGenerator.hoists(in: scope))
    var nodes: [[Place: Key?]] = []
    for member in group {
      planner.source = Array(member.source.utf8)
      planner.places = [:]
      _ = planner.walk(member.checked)
      nodes.append(planner.places)
    }
    var slots: [Key: Int] = [:]
    var hoists: [Key: HoistSlot] = [:]
    for key in planner.order where planner.counts[key, default: 0] > 1 {
      if planner.hoisted.contains(key) {
        hoists[key] = HoistSlot()
      } else {
        slots[key] = slots.count
      }
    }
    places = zip(group, nodes).compactMap { member, nodes in
      var shared = Member()
      for (place, key) in nodes {
        guard let key else { continue }
        if let slot = slots[key] { shared.slots[place] = slot }
        if let slot = hoists[key] { shared.hoists[place] = slot }
      }
      return shared.isEmpty ? nil : (member.source, shared)
    }
    count = slots.count
  }

  /// A node's identity across the group: its kind, its own range within its text, and the
  /// text, as bytes, hashed once (a `String` key would hash through Unicode normalization, an
  /// array of bytes one byte at a time).
  struct Key: Hashable {
    let bytes: [UInt8]
    let digest: UInt64

    init(_ bytes: [UInt8]) {
      self.bytes = bytes
      // FNV-1a.
      var digest: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3 }
      self.digest = digest
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    static func == (a: Key, b: Key) -> Bool { a.digest == b.digest && a.bytes == b.bytes }
  }

  /// Whether `e` may take a slot: costly, free of outside macro variables, and neither
  /// hoisted (a hoisted node is cached per plan already) nor folded.
  static func qualifies(_ e: CheckedExpr, hoisting: Bool) -> Bool {
    e.costly && e.freeLocals.isEmpty && !e.constant && !(hoisting && e.planWide)
  }

  /// The shared nodes of the member whose text is `source`.
  func member(_ source: String) -> Member {
    places.first { $0.source == source }?.slots ?? Member()
  }

  private struct Planner {
    let hoisting: Bool
    var source: [UInt8] = []
    /// Occurrences of each node text, over the whole group.
    var counts: [Key: Int] = [:]
    /// Node texts in the order first seen, so slots are numbered the same on every run.
    var order: [Key] = []
    /// The keys of plan-wide nodes the code generator hoists.
    var hoisted: Set<Key> = []
    /// The member's nodes: the text of the node at each place; nil where two different nodes
    /// stand.
    var places: [Place: Key?] = [:]

    init(hoisting: Bool) { self.hoisting = hoisting }

    /// Counts the qualifying nodes of `e` and returns the source range `e` and all its
    /// subexpressions cover (a node's own range may cover only its operator or name).
    /// A plan-wide node counts whether or not it is the top of what the code generator
    /// hoists: one named twice inside a hoisted node is computed once per plan too.
    mutating func walk(_ e: CheckedExpr) -> SourceRange {
      let hoists = hoisting && e.planWide && e.costly
      var span = e.range
      for child in e.children { span = span.union(walk(child)) }
      guard hoists || SharedSubexpressions.qualifies(e, hoisting: hoisting), span.start >= 0,
        span.start < span.end, span.end <= source.count
      else { return span }
      // The node's kind and own range within the text tell a node from a child of the same
      // text.
      var bytes = Array(
        "\(e.kindTag) \(e.range.start - span.start):\(e.range.end - span.start) ".utf8)
      bytes += source[span.start..<span.end]
      let key = Key(bytes)
      if hoists { hoisted.insert(key) }
      if counts[key] == nil { order.append(key) }
      counts[key, default: 0] += 1
      let place = Place(e)
      if let known = places[place], known != key {
        places[place] = .some(nil)
      } else {
        places[place] = key
      }
      return span
    }
  }
}

extension SharedSubexpressions.Place {
  init(_ e: CheckedExpr) {
    self.init(start: e.range.start, end: e.range.end, kind: e.kindCode)
  }
}

extension CheckedExpr {

  /// The node's kind as a number, without its payload.
  var kindCode: Int {
    switch kind {
    case .constant: 0
    case .binding: 1
    case .field: 2
    case .valueField: 3
    case .select: 4
    case .index: 5
    case .call: 6
    case .and: 7
    case .or: 8
    case .conditional: 9
    case .equal: 10
    case .list: 11
    case .map: 12
    case .has: 13
    case .comprehension: 14
    }
  }

  /// The node's kind, with the name it calls, reads or expands.
  var kindTag: String {
    switch kind {
    case .constant: "constant"
    case .binding: "binding"
    case .field(_, let spec): "field.\(spec.name)"
    case .valueField(_, let field): "value.\(field.rawValue)"
    case .select(_, let name): "select.\(name)"
    case .index: "index"
    case .call(let call): "call.\(call.name)"
    case .and: "and"
    case .or: "or"
    case .conditional: "conditional"
    case .equal(_, _, let negated): negated ? "notEqual" : "equal"
    case .list: "list"
    case .map: "map"
    case .has: "has"
    case .comprehension(let c): "macro.\(c.macro.rawValue)"
    }
  }

  /// The direct subexpressions (a comprehension's range, filter and body included).
  var children: [CheckedExpr] {
    switch kind {
    case .constant, .binding: return []
    case .field(let owner, _): return [owner]
    case .valueField(let base, _), .select(let base, _): return [base]
    case .index(let base, let index): return [base, index]
    case .call(let call): return call.arguments
    case .and(let l, let r), .or(let l, let r), .equal(let l, let r, _): return [l, r]
    case .conditional(let c, let t, let f): return [c, t, f]
    case .list(let elements): return elements
    case .map(let keys, let values): return keys + values
    case .has(.field(let owner, _)): return [owner]
    case .has(.key(let base, _, _)), .has(.value(let base)): return [base]
    case .comprehension(let c): return [c.range] + (c.filter.map { [$0] } ?? []) + [c.body]
    }
  }
}
