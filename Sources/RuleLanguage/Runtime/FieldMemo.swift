import PlanModel

/// Memoizes an expression by the values of the entity fields it reads.
///
/// A rule condition such as `lead-is-group`'s reads nothing of its entity but `lead`, and a
/// plan has a few dozen leads over thousands of actions: evaluated once per distinct lead
/// rather than once per action, the condition's string work (`trim`, `lowerAscii`, `split`,
/// `matches`) is done a few dozen times. Only expressions that read their entity through
/// string fields alone (plus anything plan-wide: the plan, `asOf`, `params`) qualify; the
/// memo lives in the evaluation context, so it never outlives the plan it was filled for.
///
/// Whether memoizing pays is decided by the run: each site's memo is a `BoundedCache` (with
/// the bounds in `EvalContext`), which gives up when its keys do not repeat (refs and titles
/// are unique, leads and statuses repeat).
struct FieldMemo: Sendable {
  /// The string fields of `self` the expression reads, in a fixed order.
  let fields: [FieldSpec]
  let site = MemoSite()

  /// The plan for `checked`: nil unless it is worth caching (a call or macro) and reads its
  /// entity through string fields only.
  init?(_ checked: CheckedExpr) {
    guard checked.costly, !checked.planWide else { return nil }
    var fields: [String: FieldSpec] = [:]
    guard FieldMemo.collect(checked, into: &fields), !fields.isEmpty else { return nil }
    self.fields = fields.keys.sorted().compactMap { fields[$0] }
  }

  /// Adds the fields of `self` that `e` reads; false when `e` reads its entity (or the
  /// compared version, or a milestone's action) in any other way.
  private static func collect(_ e: CheckedExpr, into fields: inout [String: FieldSpec]) -> Bool {
    if e.entityFree { return true }
    switch e.kind {
    case .constant: return true
    case .binding(let binding):
      if case .local = binding { return true }
      return binding == .plan || binding == .asOf || binding == .params
    case .field(let owner, let spec), .has(.field(let owner, let spec)):
      if case .binding(.selfEntity) = owner.kind {
        guard spec.type == .string, spec.presence == nil else { return false }
        fields[spec.name] = spec
        return true
      }
      return collect(owner, into: &fields)
    case .has(.key(let base, _, _)), .has(.value(let base)): return collect(base, into: &fields)
    case .valueField(let base, _), .select(let base, _): return collect(base, into: &fields)
    case .index(let base, let index):
      return collect(base, into: &fields) && collect(index, into: &fields)
    case .call(let call): return call.arguments.allSatisfy { collect($0, into: &fields) }
    case .and(let l, let r), .or(let l, let r), .equal(let l, let r, _):
      return collect(l, into: &fields) && collect(r, into: &fields)
    case .conditional(let c, let t, let f):
      return collect(c, into: &fields) && collect(t, into: &fields) && collect(f, into: &fields)
    case .list(let elements): return elements.allSatisfy { collect($0, into: &fields) }
    case .map(let keys, let values):
      return (keys + values).allSatisfy { collect($0, into: &fields) }
    case .comprehension(let c):
      return collect(c.range, into: &fields) && collect(c.body, into: &fields)
        && (c.filter.map { collect($0, into: &fields) } ?? true)
    }
  }

  /// `compute`'s result for the entity in `ctx`, from the memo when its fields were seen.
  func evaluate(
    _ ctx: inout EvalContext, _ compute: (inout EvalContext) throws(EvalError) -> Value
  ) throws(EvalError) -> Value {
    let id = ObjectIdentifier(site)
    guard ctx.memos[id]?.isAbandoned != true, let key = key(ctx) else {
      return try compute(&ctx)
    }
    switch ctx.memos[id, default: FieldMemo.newMemo()].probe(key) {
    case .hit(let known): return try known.get()
    case .off: return try compute(&ctx)
    case .miss:
      let result: Result<Value, EvalError>
      do throws(EvalError) { result = .success(try compute(&ctx)) } catch {
        result = .failure(error)
      }
      ctx.memos[id]?.store(result, for: key)
      return try result.get()
    }
  }

  /// An empty memo for one site, with the bounds in `EvalContext`.
  static func newMemo() -> BoundedCache<MemoKey, Result<Value, EvalError>> {
    BoundedCache(limit: EvalContext.memoLimit, trial: EvalContext.memoTrial)
  }

  private func key(_ ctx: EvalContext) -> MemoKey? {
    if fields.count == 1, let field = fields.first {
      guard case .string(let text) = field.read(ctx.plans, ctx.selfRef) else { return nil }
      return .one(text)
    }
    var texts: [String] = []
    texts.reserveCapacity(fields.count)
    for field in fields {
      guard case .string(let text) = field.read(ctx.plans, ctx.selfRef) else { return nil }
      texts.append(text)
    }
    return .many(texts)
  }
}

/// Identity of one memoized expression.
final class MemoSite: Sendable {}

/// The field values a memoized result was computed for.
enum MemoKey: Hashable, Sendable {
  case one(String)
  case many([String])
}
