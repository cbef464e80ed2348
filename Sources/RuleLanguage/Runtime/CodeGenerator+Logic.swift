/// Logic with CEL's commutative error rules, conditionals, literals and presence tests.
extension CodeGenerator {
  /// `&&` / `||`: a decisive operand (false for `&&`, true for `||`) wins over an error or a
  /// non-bool on the other side, whichever order they come in.
  func logical(_ lhs: @escaping Code, _ rhs: @escaping Code, and: Bool, _ range: SourceRange)
    -> Code
  {
    let decisive = !and
    let name = and ? "_&&_" : "_||_"
    return { ctx throws(EvalError) in
      var failure: EvalError?
      do throws(EvalError) {
        let left = try lhs(&ctx)
        if case .bool(let b) = left {
          if b == decisive { return left }
        } else {
          failure = EvalError.noOverload(name, left).placed(at: range)
        }
      } catch {
        failure = error
      }
      do throws(EvalError) {
        let right = try rhs(&ctx)
        guard case .bool(let b) = right else {
          throw failure ?? EvalError.noOverload(name, right).placed(at: range)
        }
        if b == decisive { return right }
        if let failure { throw failure }
        return right
      } catch {
        throw failure ?? error
      }
    }
  }

  func conditional(
    _ c: @escaping Code, _ t: @escaping Code, _ f: @escaping Code, _ range: SourceRange
  ) -> Code {
    { ctx throws(EvalError) in
      let condition = try c(&ctx)
      guard case .bool(let b) = condition else {
        throw EvalError.noOverload("_?_:_", condition).placed(at: range)
      }
      return b ? try t(&ctx) : try f(&ctx)
    }
  }

  func list(_ elements: [Code]) -> Code {
    { ctx throws(EvalError) in
      try ctx.allocate(elements.count)
      var values: [Value] = []
      values.reserveCapacity(elements.count)
      for element in elements { values.append(try element(&ctx)) }
      return .list(.values(values))
    }
  }

  func map(_ keys: [Code], _ values: [Code], _ range: SourceRange) -> Code {
    { ctx throws(EvalError) in
      try ctx.allocate(keys.count)
      var map = MapValue()
      for (key, value) in zip(keys, values) {
        let k = try key(&ctx)
        guard let mapKey = MapKey(k), k.typeName != .double else {
          throw EvalError("unsupported map key type \(k.typeName.name)", at: range)
        }
        guard map.insert(mapKey, try value(&ctx)) else {
          throw EvalError("repeated map key \(ValueFormatter.text(k))", at: range)
        }
      }
      return .map(map)
    }
  }

  mutating func has(_ presence: Presence, _ range: SourceRange) -> Code {
    switch presence {
    case .field(let owner, let spec):
      if case .binding(.selfEntity) = owner.kind {
        return { ctx in .bool(spec.isPresent(ctx.plans, ctx.selfRef)) }
      }
      let o = compile(owner)
      return { ctx throws(EvalError) in
        switch try o(&ctx) {
        case .entity(let ref): return .bool(spec.isPresent(ctx.plans, ref))
        case .null: return .bool(false)
        case let other:
          throw EvalError("no field '\(spec.name)' on \(other.typeName.name)", at: range)
        }
      }
    case .key(let base, let name, let recordField):
      let b = compile(base)
      return { ctx throws(EvalError) in
        switch try b(&ctx) {
        case .map(let map):
          guard let value = map[string: name] else { return .bool(false) }
          return .bool(recordField ? value.isPresent : true)
        case .entity(let ref):
          guard let spec = EntitySchema.of(ref.kind).field(name) else {
            throw EvalError("unknown field '\(name)' on \(ref.kind.rawValue)", at: range)
          }
          return .bool(spec.isPresent(ctx.plans, ref))
        case .null: return .bool(false)
        case let other:
          throw EvalError("no field '\(name)' on \(other.typeName.name)", at: range)
        }
      }
    case .value(let node):
      let n = compile(node)
      return { ctx throws(EvalError) in .bool(try n(&ctx).isPresent) }
    }
  }
}
