/// Memoizes an expression by the values of the entity fields it reads.
///
/// A rule condition such as `lead-is-group`'s reads nothing of its entity but `lead`, and a
/// plan has a few dozen leads over thousands of actions: evaluated once per distinct lead
/// rather than once per action, the condition's string work (`trim`, `lowerAscii`, `split`,
/// `matches`) is done a few dozen times. Only expressions that read their entity through
/// string fields alone (plus anything plan-wide: the plan, `asOf`, `params`) qualify; the
/// memo lives in the evaluation context, so it never outlives the plan it was filled for.
///
/// Whether memoizing pays is decided by the run: past `trial` distinct keys, the memo is kept
/// only while at least half the lookups hit (refs and titles are unique, leads and statuses
/// repeat).
struct FieldMemo: Sendable {
  /// The string fields of `self` the expression reads, in a fixed order.
  let fields: [FieldSpec]
  let site = MemoSite()

  static let trial = 256
  static let limit = 65_536

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
    guard ctx.memoActive(id), let key = key(ctx) else { return try compute(&ctx) }
    if let known = ctx.memoLookup(id, key) { return try known.get() }
    let result: Result<Value, EvalError>
    do throws(EvalError) { result = .success(try compute(&ctx)) } catch {
      result = .failure(error)
    }
    ctx.memoStore(id, key, result)
    return try result.get()
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

/// One site's memo in an evaluation context.
struct MemoTable: Sendable {
  var results: [MemoKey: Result<Value, EvalError>] = [:]
  var lookups = 0
  var hits = 0
  /// Set once the trial shows the keys rarely repeat: the site is then evaluated directly.
  var abandoned = false
}

extension EvalContext {
  /// Whether the site still memoizes (it stops when its keys turn out not to repeat).
  func memoActive(_ site: ObjectIdentifier) -> Bool {
    !(memos[site]?.abandoned ?? false)
  }

  mutating func memoLookup(_ site: ObjectIdentifier, _ key: MemoKey) -> Result<Value, EvalError>? {
    let found = memos[site]?.results[key]
    memos[site, default: MemoTable()].lookups += 1
    if found != nil { memos[site, default: MemoTable()].hits += 1 }
    return found
  }

  mutating func memoStore(
    _ site: ObjectIdentifier, _ key: MemoKey, _ result: Result<Value, EvalError>
  ) {
    guard var table = memos.removeValue(forKey: site) else { return }
    let size = table.results.count
    if size >= FieldMemo.trial, table.hits * 2 < table.lookups || size >= FieldMemo.limit {
      table = MemoTable(abandoned: true)
    } else {
      table.results[key] = result
    }
    memos[site] = table
  }
}
