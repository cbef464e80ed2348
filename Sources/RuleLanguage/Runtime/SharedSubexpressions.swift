/// Subexpressions computed once per entity, however often a rule's expressions name them.
///
/// A rule's `when`, `check` and message holes are checked in one scope and often repeat one
/// another: `lead-overloaded` names `actionsLedBy(lead)` six times, `ambiguous-date` filters the
/// plan's actions four times for its message. A subexpression named more than once gets a
/// slot: the first evaluation for an entity stores its value in the context, the others read
/// it back (see `EvalContext.shared`).
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
  /// Slots by source text.
  let slots: [String: Int]
  var count: Int { slots.count }

  /// Plans the slots for expressions compiled together (one rule's `when`, `check` and
  /// holes), all in `scope`.
  package init(_ group: [CheckedSource], scope: ScopeKind?) {
    var planner = Planner(hoisting: CodeGenerator.hoists(in: scope))
    for member in group { planner.walk(member.checked, in: Array(member.source.utf8)) }
    var slots: [String: Int] = [:]
    for key in planner.order where planner.counts[key, default: 0] > 1 {
      slots[key] = slots.count
    }
    self.slots = slots
  }

  /// The slot of `e`, whose source is `source`, if it is shared.
  func slot(of e: CheckedExpr, in source: [UInt8]) -> Int? {
    guard !slots.isEmpty, let key = Planner.key(e, source) else { return nil }
    return slots[key]
  }

  private struct Planner {
    let hoisting: Bool
    var counts: [String: Int] = [:]
    /// Keys in the order first seen, so slots are numbered the same on every run.
    var order: [String] = []

    init(hoisting: Bool) { self.hoisting = hoisting }

    /// Whether `e` may take a slot: costly, free of outside macro variables, and not
    /// hoisted (hoisted nodes are cached per plan already) nor folded.
    func qualifies(_ e: CheckedExpr) -> Bool {
      e.costly && e.freeLocals.isEmpty && !e.constant && !(hoisting && e.planWide)
    }

    /// The source text of `e` and everything under it (a node's own range may cover only
    /// its operator or name), with the node's kind, type and own range within that text, so
    /// a node never shares a key with a child of the same text.
    static func key(_ e: CheckedExpr, _ source: [UInt8]) -> String? {
      let span = e.span
      guard span.start >= 0, span.start < span.end, span.end <= source.count else {
        return nil
      }
      let text = String(decoding: source[span.start..<span.end], as: UTF8.self)
      let own = "\(e.range.start - span.start):\(e.range.end - span.start)"
      return "\(e.kindTag) \(e.type.description) \(own) \(text)"
    }

    mutating func walk(_ e: CheckedExpr, in source: [UInt8]) {
      // Inside a hoisted node nothing more is worth sharing: it runs once per plan.
      if hoisting, e.planWide, e.costly { return }
      if qualifies(e), let key = Planner.key(e, source) {
        if counts[key] == nil { order.append(key) }
        counts[key, default: 0] += 1
      }
      for child in e.children { walk(child, in: source) }
    }
  }
}

extension CheckedExpr {
  /// The source range of the node and all its subexpressions.
  var span: SourceRange { children.reduce(range) { $0.union($1.span) } }

  /// The node's kind, without its payload.
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
