import PlanModel

/// Everything one evaluation reads: the plans, which entity `self` is, the as-of day, the
/// rule's parameters, the budget, and the per-plan cache of hoisted plan-wide values.
///
/// Create one per plan (or call `resetCache()` when the plan changes) and set `entity` (and
/// `previousEntity` for drift rules) before each evaluation.
package struct EvalContext: Sendable {
  package let plans: PlanPair
  package var asOf: Day {
    didSet {
      asOfValue = .date(DateValue(day: asOf))
      epoch &+= 1
    }
  }
  package var params: [String: Value] {
    didSet {
      paramsValue = EvalContext.map(params)
      epoch &+= 1
    }
  }
  /// Index of `self` in its plan (the previous plan for `removed-action`).
  package var entity = 0
  /// Index in the previous plan of the entity matched to `self`, if any (`prev`).
  package var previousEntity: Int?
  package var budget = EvalBudget()
  /// Steps the last evaluation used (macro iterations and calls), for budgets over many.
  package var stepsUsed: Int { max(0, budget.steps - stepsLeft) }
  /// How many times a hoisted plan-wide subexpression was actually computed (not cached).
  package private(set) var hoistedEvaluations = 0

  var cache: [ObjectIdentifier: Result<Value, EvalError>] = [:]
  /// Results of `matches` with a literal pattern, by call site and subject: leads, statuses
  /// and refs repeat across a plan, and a regex match costs far more than a lookup.
  var matchMemos: [ObjectIdentifier: BoundedCache<String, Bool>] = [:]
  /// Results of expressions by the string fields they read (see `FieldMemo`).
  var memos: [ObjectIdentifier: BoundedCache<MemoKey, Result<Value, EvalError>>] = [:]
  /// The bounds of one site's memo (a `BoundedCache`): at most `memoLimit` keys, and past its
  /// trial only while at least a quarter of its lookups hit (refs and titles never repeat,
  /// leads, statuses and dates do). A `FieldMemo` is judged after `memoTrial` keys; a
  /// `matches` memo after `matchTrial`, since a regex costs far more than a lookup.
  static let memoLimit = 65_536
  static let memoTrial = 256
  static let matchTrial = 4_096
  var asOfValue: Value
  var paramsValue: Value
  var selfRef = EntityHandle(.plan, .current, 0)
  var prevValue: Value = .null
  var locals: [Value] = []
  /// Values of shared subexpressions (`SharedSubexpressions`) for one group, by slot; a slot
  /// holds a value for the current entity when its epoch is `epoch`.
  var sharedGroup: ObjectIdentifier?
  var sharedValues: [Value] = []
  var sharedEpochs: [Int] = []
  /// Advances whenever `self`, `prev`, `asOf` or the parameters change, which forgets every
  /// shared value at once.
  var epoch = 1
  /// The entity index (and compared entity, -1 for none) the shared values were computed
  /// for. Shared values belong to one group of one scope, so the index tells the entity.
  var sharedFor = (index: -1, previous: -1)
  var lastCountKey = -1
  var lastCount = 0
  var stepsLeft = 0
  var elementsLeft = 0

  package init(plan: Plan, previous: Plan? = nil, asOf: Day, params: [String: Value] = [:]) {
    plans = PlanPair(current: plan, previous: previous)
    self.asOf = asOf
    self.params = params
    asOfValue = .date(DateValue(day: asOf))
    paramsValue = EvalContext.map(params)
  }

  package var plan: Plan { plans.current }

  /// Forgets hoisted values; call when the plans or parameters change.
  package mutating func resetCache() {
    cache = [:]
    matchMemos = [:]
    memos = [:]
    epoch &+= 1
  }

  /// `matches` through its site's memo.
  mutating func memoizedMatch(
    _ site: ObjectIdentifier, _ subject: String, _ match: () throws(EvalError) -> Bool
  ) throws(EvalError) -> Bool {
    switch matchMemos[site, default: BoundedCache(limit: Self.memoLimit, trial: Self.matchTrial)]
      .probe(subject)
    {
    case .hit(let known): return known
    case .off: return try match()
    case .miss:
      let result = try match()
      matchMemos[site]?.store(result, for: subject)
      return result
    }
  }

  private static func map(_ params: [String: Value]) -> Value {
    .map(MapValue(params.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
  }

  /// Charges one step (a macro iteration or call); fails when the budget is spent, at `range`
  /// (the macro or call that ran out) when known.
  @inline(__always)
  mutating func step(at range: SourceRange? = nil) throws(EvalError) {
    stepsLeft -= 1
    if stepsLeft < 0 {
      throw EvalError("evaluation exceeded its budget of \(budget.steps) steps", at: range)
    }
  }

  /// Charges list elements (or string bytes / 64) built; fails when the budget is spent.
  @inline(__always)
  mutating func allocate(_ elements: Int) throws(EvalError) {
    elementsLeft -= elements
    if elementsLeft < 0 {
      throw EvalError("evaluation exceeded its budget of \(budget.elements) list elements")
    }
  }

  /// How many entities of `kind` the plan of `version` has; `key` stands for the pair. The
  /// plans never change, and one rule's evaluations ask about one kind, so the last answer is
  /// kept: asking the kind's descriptor on every evaluation cost 5% of a run.
  mutating func entityCount(_ key: Int, _ kind: EntityKind, _ version: PlanVersion) -> Int {
    if lastCountKey == key { return lastCount }
    lastCount = plans.count(kind, version)
    lastCountKey = key
    return lastCount
  }

  /// A shared subexpression's value: stored for this entity, or computed and stored.
  mutating func shared(
    _ slot: Int, of group: SharedSubexpressions,
    _ compute: (inout EvalContext) throws(EvalError) -> Value
  ) throws(EvalError) -> Value {
    let id = ObjectIdentifier(group)
    if sharedGroup != id {
      sharedGroup = id
      sharedValues = Array(repeating: .null, count: group.count)
      sharedEpochs = Array(repeating: 0, count: group.count)
    }
    guard slot < sharedEpochs.count else { return try compute(&self) }
    if sharedEpochs[slot] == epoch { return sharedValues[slot] }
    let value = try compute(&self)
    sharedValues[slot] = value
    sharedEpochs[slot] = epoch
    return value
  }

  /// Notes the entity (of the expression's own kind) an evaluation is about to read; a
  /// different one, or a different compared entity, forgets shared values. Compared as plain
  /// integers: `EntityHandle` and optional equality are generic calls here.
  mutating func enter(_ index: Int) {
    let previous = previousEntity ?? -1
    guard sharedFor.index != index || sharedFor.previous != previous else { return }
    sharedFor = (index, previous)
    epoch &+= 1
  }

  mutating func cached(
    _ slot: HoistSlot, _ compute: (inout EvalContext) throws(EvalError) -> Value
  ) throws(EvalError) -> Value {
    let key = ObjectIdentifier(slot)
    if let hit = cache[key] { return try hit.get() }
    hoistedEvaluations += 1
    let result: Result<Value, EvalError>
    do throws(EvalError) { result = .success(try compute(&self)) } catch {
      result = .failure(error)
    }
    cache[key] = result
    return try result.get()
  }
}

/// Limits on one evaluation, so a runaway expression fails instead of hanging.
package struct EvalBudget: Sendable, Equatable {
  /// Macro iterations and function calls.
  package var steps: Int
  /// List and map elements built (and string bytes / 64).
  package var elements: Int

  package init(steps: Int = 10_000_000, elements: Int = 4_000_000) {
    self.steps = steps
    self.elements = elements
  }
}

/// Identity of one hoisted subexpression, the key of its cached value.
final class HoistSlot: Sendable {}
