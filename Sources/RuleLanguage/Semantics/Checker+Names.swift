import PlanModel

/// Names and field selections: macro variables, scope bindings, the entity's bare fields,
/// type names; fields of entities, records, dates, maps and `params`.
extension Checker {
  mutating func identifier(_ name: String, at range: SourceRange) -> CheckedExpr {
    if let local = locals.last(where: { $0.name == name }) {
      return CheckedExpr(.binding(.local(local.slot)), local.type, at: range, locals: [local.slot])
    }
    if let bound = binding(name, at: range) { return bound }
    if let scope, !name.contains("."),
      let spec = EntitySchema.of(scope.entityKind).field(name)
    {
      let owner = selfNode(at: range)
      return CheckedExpr(.field(owner, spec), spec.type, at: range, children: [owner])
    }
    if let type = TypeName.identifiers[name] {
      return CheckedExpr(.constant(.type(type)), .type, at: range)
    }
    let suggestion = Spelling.closest(to: name, among: visibleNames)
    return report(.unknownIdentifier(name, suggestion: suggestion), at: range)
  }

  /// Every name an expression in this scope can use, for suggestions.
  var visibleNames: [String] {
    var names = locals.map(\.name) + ["asOf", "params"] + TypeName.identifiers.keys.sorted()
    if let scope {
      names += ["self", "plan", "prev"] + EntitySchema.of(scope.entityKind).fieldNames
      if scope == .milestone { names.append("action") }
    }
    return names
  }

  func selfNode(at range: SourceRange) -> CheckedExpr {
    let kind = scope?.entityKind ?? .plan
    return CheckedExpr(
      .binding(.selfEntity), .entity(kind), at: range, entityDependent: scope != .plan)
  }

  mutating func binding(_ name: String, at range: SourceRange) -> CheckedExpr? {
    switch name {
    case "asOf": return CheckedExpr(.binding(.asOf), .date, at: range)
    case "params":
      return CheckedExpr(
        .binding(.params), paramTypes == nil ? .map(.string, .dyn) : .params, at: range)
    default: break
    }
    guard let scope else { return nil }
    switch name {
    case "self": return selfNode(at: range)
    case "plan": return CheckedExpr(.binding(.plan), .entity(.plan), at: range)
    case "prev":
      usesPrev = true
      return CheckedExpr(
        .binding(.prev), .entity(scope.entityKind), at: range, entityDependent: true)
    case "action" where scope == .milestone:
      return CheckedExpr(
        .binding(.parentAction), .entity(.action), at: range, entityDependent: true)
    default: return nil
    }
  }

  mutating func select(_ base: CheckedExpr, _ name: String, at range: SourceRange) -> CheckedExpr {
    switch base.type {
    case .entity(let kind):
      let schema = EntitySchema.of(kind)
      guard !name.contains("."), let spec = schema.field(name) else {
        return report(unknownField(name, on: kind.name, schema.fieldNames), at: range)
      }
      return CheckedExpr(.field(base, spec), spec.type, at: range, children: [base])
    case .record(let record):
      if let (owner, sub) = recordSubField(base, name) {
        return CheckedExpr(.field(owner, sub), sub.type, at: range, children: [owner])
      }
      guard let type = record.fieldType(name) else {
        return report(unknownField(name, on: record.rawValue, record.fields.map(\.name)), at: range)
      }
      if record == .waiver, name == "used" { readsWaiverUse = true }
      return CheckedExpr(.select(base, name), type, at: range, children: [base])
    case .date, .duration:
      let fields = base.type == .date ? ValueField.dateFields : ValueField.durationFields
      guard let field = ValueField(rawValue: name), fields.contains(field) else {
        return report(
          unknownField(name, on: base.type.description, fields.map(\.rawValue)), at: range)
      }
      return CheckedExpr(.valueField(base, field), field.type, at: range, children: [base])
    case .map(let key, let value) where key.accepts(.string):
      return CheckedExpr(.select(base, name), value, at: range, children: [base])
    case .params:
      guard let type = paramTypes?[name] else {
        let names = paramTypes?.keys.sorted() ?? []
        return report(unknownField(name, on: "params", names), at: range)
      }
      return CheckedExpr(.select(base, name), type, at: range, children: [base])
    case .dyn:
      return CheckedExpr(.select(base, name), .dyn, at: range, children: [base])
    default:
      return report(.noFields(base.type.description), at: range)
    }
  }

  /// `status.class` on an entity field: read straight from the entity, no record built.
  func recordSubField(_ base: CheckedExpr, _ name: String) -> (CheckedExpr, FieldSpec)? {
    guard case .field(let owner, let spec) = base.kind, case .entity(let kind) = owner.type,
      let sub = EntitySchema.of(kind).field("\(spec.name).\(name)")
    else { return nil }
    return (owner, sub)
  }
}
