import PlanModel

/// Function calls, `has()` and the macros `all`, `exists`, `exists_one`, `map`, `filter`.
extension Checker {
  mutating func call(_ target: Expr?, _ name: String, _ args: [Expr], at range: SourceRange)
    -> CheckedExpr
  {
    if target == nil, name == "has" { return has(args, at: range) }
    if let macro = Comprehension.Macro(rawValue: name) {
      let arity = macro == .map ? [2, 3] : [2]
      guard let target, arity.contains(args.count) else {
        let form = macro == .map ? "list.map(x, f) or list.map(x, p, f)" : "list.\(name)(x, p)"
        return report(.badMacro("\(name)() is a macro; write \(form)"), at: range)
      }
      return comprehension(macro, target, args, at: range)
    }
    let checked = (target.map { [check($0)] } ?? []) + args.map { check($0) }
    let style: Builtin.Style = target == nil ? .global : .member
    let overloads = Builtins.overloads(named: name)
    guard !overloads.isEmpty, !name.hasPrefix("_"), !name.hasPrefix("@") else {
      let known = Builtins.functionNames + Comprehension.Macro.allCases.map(\.rawValue) + ["has"]
      return report(
        .unknownFunction(name, suggestion: Spelling.closest(to: name, among: known)), at: range)
    }
    if let problem = constantArgumentProblem(name, checked) {
      return report(problem.error, at: problem.range)
    }
    guard overloads.contains(where: { $0.accepts(style, arity: checked.count) }) else {
      let forms = overloads.map(\.signature).joined(separator: "; ")
      return report(.badMacro("'\(name)' cannot be called that way; it is \(forms)"), at: range)
    }
    return overloaded(name, checked, at: range, display: name, style: style)
  }

  /// Literal arguments that can be judged now: `date('2024-13-01')`, a rejected regex.
  private func constantArgumentProblem(_ name: String, _ args: [CheckedExpr]) -> ExprProblem? {
    switch (name, args.count) {
    case ("date", 1):
      guard case .constant(.string(let text)) = args[0].kind, Day(iso: text) == nil else {
        return nil
      }
      return ExprProblem(
        .invalidLiteral("'\(text)' is not a day; write date('YYYY-MM-DD')"), at: args[0].range)
    case ("matches", 2):
      guard case .constant(.string(let pattern)) = args[1].kind else { return nil }
      do throws(EvalError) { _ = try RegexPattern.compiled(pattern) } catch {
        return ExprProblem(.invalidLiteral(error.message), at: args[1].range)
      }
      return nil
    default: return nil
    }
  }

  mutating func has(_ args: [Expr], at range: SourceRange) -> CheckedExpr {
    guard args.count == 1 else { return report(.badHas, at: range) }
    let presence: Presence
    switch args[0].kind {
    case .identifier(let name):
      let node = identifier(name, at: args[0].range)
      if case .field(let owner, let spec) = node.kind {
        presence = .field(owner, spec)
      } else {
        presence = .value(node)
      }
      return CheckedExpr(.has(presence), .bool, at: range, children: [node])
    case .select(let baseExpr, let field):
      let base = check(baseExpr)
      switch base.type {
      case .entity, .date, .duration, .record:
        let node = select(base, field, at: args[0].range)
        switch node.kind {
        case .field(let owner, let spec): presence = .field(owner, spec)
        case .select(let recordBase, let name): presence = .key(recordBase, name, recordField: true)
        default: presence = .value(node)
        }
        return CheckedExpr(.has(presence), .bool, at: range, children: [node])
      case .params where paramTypes?[field] == nil:
        return report(
          unknownField(field, on: "params", paramTypes?.keys.sorted() ?? []), at: args[0].range)
      case .map, .params, .dyn:
        return CheckedExpr(
          .has(.key(base, field, recordField: false)), .bool, at: range, children: [base])
      default:
        return report(.noFields(base.type.description), at: args[0].range)
      }
    default:
      return report(.badHas, at: args[0].range)
    }
  }

  mutating func comprehension(
    _ macro: Comprehension.Macro, _ target: Expr, _ args: [Expr], at range: SourceRange
  ) -> CheckedExpr {
    let source = check(target)
    guard case .identifier(let variable) = args[0].kind else {
      return report(
        .badMacro("the first argument of \(macro.rawValue)() must be a variable name"),
        at: args[0].range)
    }
    guard let element = source.type.iterationElement else {
      return report(.notIterable(source.type.description), at: source.range)
    }
    let slot = slotCount
    slotCount += 1
    locals.append((variable, slot, element))
    let filter = args.count == 3 ? check(args[1]) : nil
    let body = check(args[args.count - 1])
    locals.removeLast()
    for predicate in [filter, macro == .map ? nil : body].compactMap({ $0 })
    where !ExprType.bool.accepts(predicate.type) {
      return report(
        .notBoolean("the predicate of \(macro.rawValue)()", type: predicate.type.description),
        at: predicate.range)
    }
    let type: ExprType
    switch macro {
    case .all, .exists, .existsOne: type = .bool
    case .map: type = .list(body.type)
    case .filter: type = .list(element)
    }
    let comprehension = Comprehension(
      macro: macro, range: source, slot: slot, filter: filter, body: body)
    return CheckedExpr(
      .comprehension(comprehension), type, at: range,
      children: [source, body] + (filter.map { [$0] } ?? []), binds: slot)
  }
}
