import PlanModel

/// Compiled code: a closure over the evaluation context. Errors are thrown (typed), so the
/// fast path carries no error wrapper.
typealias Code = @Sendable (inout EvalContext) throws(EvalError) -> Value

/// Turns a `CheckedExpr` into closures, once. Constant subexpressions are folded; plan-wide
/// subexpressions that are worth it (macros, function calls) are hoisted into the context's
/// per-plan cache, so they run once per plan rather than once per entity; subexpressions the
/// expression shares with the rest of its rule (or that a macro's body repeats) are computed
/// once per entity (`SharedSubexpressions`).
struct CodeGenerator {
  /// Off inside a hoisted subtree: it is cached whole, so its parts need no cache of their own.
  private(set) var hoisting: Bool
  private(set) var hoisted = 0
  private let sharing: SharedSubexpressions
  private let shared: SharedSubexpressions.Member
  /// Whether the scope hoists at all (`hoisting` is off inside a hoisted subtree).
  private let scopeHoists: Bool

  init(scope: ScopeKind?, source: String, sharing: SharedSubexpressions) {
    hoisting = CodeGenerator.hoists(in: scope)
    scopeHoists = hoisting
    self.sharing = sharing
    shared = sharing.member(source)
  }

  /// Whether plan-wide subexpressions are hoisted: only where there are many entities.
  static func hoists(in scope: ScopeKind?) -> Bool {
    scope != nil && scope != .plan
  }

  mutating func compile(_ e: CheckedExpr) -> Code {
    if e.constant, let value = CodeGenerator.fold(generate(e)) {
      return { _ in value }
    }
    if !hoisting, scopeHoists, e.planWide, e.costly,
      let slot = shared.hoists[SharedSubexpressions.Place(e)]
    {
      // Inside a hoisted node, a plan-wide part the group names again has its own per-plan
      // slot, so the namings share one computation.
      let inner = generate(e)
      return { ctx throws(EvalError) in try ctx.cached(slot, inner) }
    }
    if hoisting, e.planWide, e.costly {
      hoisted += 1
      let slot =
        shared.hoists.isEmpty
        ? HoistSlot() : shared.hoists[SharedSubexpressions.Place(e)] ?? HoistSlot()
      hoisting = false
      let inner = generate(e)
      hoisting = true
      return { ctx throws(EvalError) in try ctx.cached(slot, inner) }
    }
    if !shared.slots.isEmpty, SharedSubexpressions.qualifies(e, hoisting: scopeHoists),
      let slot = shared.slots[SharedSubexpressions.Place(e)]
    {
      let inner = generate(e)
      let group = sharing
      return { ctx throws(EvalError) in try ctx.shared(slot, of: group, inner) }
    }
    return generate(e)
  }

  /// Runs constant code once at load time; nil when it fails (the error then happens at run
  /// time, where CEL's absorption rules may still discard it).
  static func fold(_ code: Code) -> Value? {
    var scratch = EvalContext(plan: Plan(span: SourceSpan(file: "")), asOf: Day(ordinal: 0))
    scratch.stepsLeft = 100_000
    scratch.elementsLeft = 100_000
    return try? code(&scratch)
  }

  private mutating func generate(_ e: CheckedExpr) -> Code {
    let range = e.range
    switch e.kind {
    case .constant(let value): return { _ in value }
    case .binding(let binding): return CodeGenerator.binding(binding)
    case .field(let owner, let spec): return field(owner, spec, range)
    case .valueField(let base, let field):
      let b = compile(base)
      return { ctx throws(EvalError) in
        do throws(EvalError) { return try Dates.field(field, of: try b(&ctx)) } catch {
          throw error.placed(at: range)
        }
      }
    case .select(let base, let name): return select(compile(base), name, range)
    case .index(let base, let index): return self.index(compile(base), compile(index), range)
    case .call(let call): return self.call(call, range)
    case .and(let l, let r): return logical(compile(l), compile(r), and: true, range)
    case .or(let l, let r): return logical(compile(l), compile(r), and: false, range)
    case .conditional(let c, let t, let f):
      return conditional(compile(c), compile(t), compile(f), range)
    case .equal(let l, let r, let negated):
      let (lhs, rhs) = (compile(l), compile(r))
      return { ctx throws(EvalError) in .bool(try lhs(&ctx).equals(try rhs(&ctx)) != negated) }
    case .list(let elements): return list(elements.map { compile($0) })
    case .map(let keys, let values):
      return map(keys.map { compile($0) }, values.map { compile($0) }, range)
    case .has(let presence): return has(presence, range)
    case .comprehension(let c): return comprehension(c, range)
    }
  }

  static func binding(_ binding: Binding) -> Code {
    switch binding {
    case .selfEntity: return { ctx in .entity(ctx.selfRef) }
    case .plan: return { _ in .entity(EntityHandle(.plan, .current, 0)) }
    case .asOf: return { ctx in ctx.asOfValue }
    case .params: return { ctx in ctx.paramsValue }
    case .prev: return { ctx in ctx.prevValue }
    case .parentAction:
      let parent = EntitySchema.of(.milestone).field("action")
      return { ctx in parent?.read(ctx.plans, ctx.selfRef) ?? .null }
    case .local(let slot): return { ctx in ctx.locals[slot] }
    }
  }

  private mutating func field(_ owner: CheckedExpr, _ spec: FieldSpec, _ range: SourceRange) -> Code
  {
    let read = spec.read
    if case .binding(.selfEntity) = owner.kind {
      return { ctx in read(ctx.plans, ctx.selfRef) }
    }
    let o = compile(owner)
    let name = spec.name
    return { ctx throws(EvalError) in
      let value = try o(&ctx)
      guard case .entity(let ref) = value else {
        throw EvalError("no field '\(name)' on \(value.typeName.name)", at: range)
      }
      return read(ctx.plans, ref)
    }
  }

  private func select(_ base: @escaping Code, _ name: String, _ range: SourceRange) -> Code {
    { ctx throws(EvalError) in
      let value = try base(&ctx)
      switch value {
      case .map(let map):
        guard let found = map[string: name] else {
          throw EvalError("no such key: '\(name)'", at: range)
        }
        return found
      case .entity(let ref):
        guard let spec = EntitySchema.of(ref.kind).field(name) else {
          throw EvalError("unknown field '\(name)' on \(ref.kind.rawValue)", at: range)
        }
        return spec.read(ctx.plans, ref)
      default:
        throw EvalError("no field '\(name)' on \(value.typeName.name)", at: range)
      }
    }
  }

  private func index(_ base: @escaping Code, _ index: @escaping Code, _ range: SourceRange) -> Code
  {
    { ctx throws(EvalError) in
      let (container, key) = (try base(&ctx), try index(&ctx))
      switch (container, key) {
      case (.list(let list), .int(let position)):
        guard position >= 0, position < list.count else {
          throw EvalError("index out of range: \(position)", at: range)
        }
        return list[position]
      case (.map(let map), _):
        guard let mapKey = MapKey(key), let found = map[mapKey] else {
          throw EvalError("no such key: \(ValueFormatter.text(key))", at: range)
        }
        return found
      default:
        throw EvalError.noOverload("_[_]", container, key).placed(at: range)
      }
    }
  }
}
