/// Builtin calls and macros.
extension CodeGenerator {
  mutating func call(_ call: BuiltinCall, _ range: SourceRange) -> Code {
    if let fast = matchesWithLiteral(call, range) { return fast }
    let args = call.arguments.map { compile($0) }
    switch call.overload.implementation {
    case .unary(let f):
      let a = args[0]
      return { ctx throws(EvalError) in
        let x = try a(&ctx)
        do throws(EvalError) { return try f(&ctx, x) } catch { throw error.placed(at: range) }
      }
    case .binary(let f):
      let (a, b) = (args[0], args[1])
      return { ctx throws(EvalError) in
        let (x, y) = (try a(&ctx), try b(&ctx))
        do throws(EvalError) { return try f(&ctx, x, y) } catch { throw error.placed(at: range) }
      }
    case .ternary(let f):
      let (a, b, c) = (args[0], args[1], args[2])
      return { ctx throws(EvalError) in
        let (x, y, z) = (try a(&ctx), try b(&ctx), try c(&ctx))
        do throws(EvalError) { return try f(&ctx, x, y, z) } catch { throw error.placed(at: range) }
      }
    }
  }

  /// `s.matches('literal')`: the pattern is vetted and compiled once, here.
  private mutating func matchesWithLiteral(_ call: BuiltinCall, _ range: SourceRange) -> Code? {
    guard let (pattern, regex) = CodeGenerator.literalPattern(call) else { return nil }
    let subject = compile(call.arguments[0])
    let site = ObjectIdentifier(regex)
    return { ctx throws(EvalError) in
      let value = try subject(&ctx)
      guard case .string(let text) = value else {
        throw EvalError.noOverload("matches", value, .string(pattern)).placed(at: range)
      }
      do throws(EvalError) {
        return .bool(
          try ctx.memoizedMatch(site, text) { () throws(EvalError) in try regex.matches(text) })
      } catch {
        throw error.placed(at: range)
      }
    }
  }

  /// The vetted pattern of `s.matches('literal')`, which runs without charging a step.
  static func literalPattern(_ call: BuiltinCall) -> (String, RegexPattern)? {
    guard call.name == "matches", call.arguments.count == 2,
      case .constant(.string(let pattern)) = call.arguments[1].kind,
      let regex = try? RegexPattern.compiled(pattern)
    else { return nil }
    return (pattern, regex)
  }

  static func iterable(_ value: Value, _ range: SourceRange) throws(EvalError) -> ListValue {
    switch value {
    case .list(let list): return list
    case .map(let map): return .values(map.keys.map(\.value))
    default: throw EvalError("cannot iterate over \(value.typeName.name)", at: range)
    }
  }

  mutating func comprehension(_ c: Comprehension, _ range: SourceRange) -> Code {
    let source = compile(c.range)
    let body = compile(c.body)
    let slot = c.slot
    switch c.macro {
    case .all, .exists:
      let decisive = c.macro == .exists
      let name = c.macro.rawValue
      return { ctx throws(EvalError) in
        let items = try CodeGenerator.iterable(try source(&ctx), range)
        var failure: EvalError?
        for index in 0..<items.count {
          try ctx.step(at: range)
          ctx.locals[slot] = items[index]
          do throws(EvalError) {
            let result = try body(&ctx)
            guard case .bool(let b) = result else {
              failure =
                failure ?? EvalError("\(name)() predicate gave \(result.typeName.name)", at: range)
              continue
            }
            if b == decisive { return result }
          } catch {
            failure = failure ?? error
          }
        }
        if let failure { throw failure }
        return .bool(!decisive)
      }
    case .existsOne:
      return { ctx throws(EvalError) in
        let items = try CodeGenerator.iterable(try source(&ctx), range)
        var count = 0
        for index in 0..<items.count {
          try ctx.step(at: range)
          ctx.locals[slot] = items[index]
          guard case .bool(let b) = try body(&ctx) else {
            throw EvalError("exists_one() predicate is not a bool", at: range)
          }
          if b { count += 1 }
        }
        return .bool(count == 1)
      }
    case .map, .filter:
      let filter = c.macro == .filter ? body : c.filter.map { compile($0) }
      let transform: Code? = c.macro == .map ? body : nil
      return collect(source, filter, transform, slot, range)
    }
  }

  private func collect(
    _ source: @escaping Code, _ filter: Code?, _ transform: Code?, _ slot: Int,
    _ range: SourceRange
  ) -> Code {
    { ctx throws(EvalError) in
      let items = try CodeGenerator.iterable(try source(&ctx), range)
      var out: [Value] = []
      for index in 0..<items.count {
        try ctx.step(at: range)
        let item = items[index]
        ctx.locals[slot] = item
        if let filter {
          guard case .bool(let keep) = try filter(&ctx) else {
            throw EvalError("filter predicate is not a bool", at: range)
          }
          if !keep { continue }
        }
        try ctx.allocate(1)
        out.append(try transform?(&ctx) ?? item)
      }
      return .list(.values(out))
    }
  }
}
