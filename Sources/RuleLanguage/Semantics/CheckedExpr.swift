/// An expression after checking: every name resolved to a binding, a field of a schema, a
/// builtin overload or a macro variable slot, and every node typed. Only the compiler reads
/// it, and only a `CheckedExpr` can be compiled, so an unchecked expression cannot run.
package struct CheckedExpr: Sendable {
  package indirect enum Kind: Sendable {
    case constant(Value)
    case binding(Binding)
    /// An entity field read through its schema (`lead`, `a.status.class`).
    case field(CheckedExpr, FieldSpec)
    /// A field of a date or duration value (`end.year`, `d.days`).
    case valueField(CheckedExpr, ValueField)
    /// A key of a map or record, or a field of a dynamically typed value.
    case select(CheckedExpr, String)
    case index(CheckedExpr, CheckedExpr)
    case call(BuiltinCall)
    case and(CheckedExpr, CheckedExpr)
    case or(CheckedExpr, CheckedExpr)
    case conditional(CheckedExpr, CheckedExpr, CheckedExpr)
    case equal(CheckedExpr, CheckedExpr, negated: Bool)
    case list([CheckedExpr])
    case map(keys: [CheckedExpr], values: [CheckedExpr])
    case has(Presence)
    case comprehension(Comprehension)
  }

  package var kind: Kind
  package var type: ExprType
  package var range: SourceRange
  /// True when the value depends on no per-entity binding (self, its fields, prev, the parent
  /// action) and no macro variable bound outside it: it is the same for every entity.
  package var planWide: Bool
  /// True when built from literals only; the compiler folds it.
  package var constant: Bool
  /// True when it holds a macro or a function call, so hoisting it pays.
  package var costly: Bool
  /// Macro variable slots used here but bound outside.
  var freeLocals: [Int]
  /// True when no per-entity binding is used anywhere inside.
  var entityFree: Bool

  init(
    _ kind: Kind, _ type: ExprType, at range: SourceRange, children: [CheckedExpr] = [],
    entityDependent: Bool = false, locals: [Int] = [], binds: Int? = nil, readsPlan: Bool = false
  ) {
    self.kind = kind
    self.type = type
    self.range = range
    var free = locals
    for child in children { free.append(contentsOf: child.freeLocals) }
    if let binds { free.removeAll { $0 == binds } }
    freeLocals = Array(Set(free)).sorted()
    entityFree = !entityDependent && children.allSatisfy(\.entityFree)
    planWide = entityFree && freeLocals.isEmpty
    switch kind {
    case .constant: constant = true
    case .binding, .comprehension, .has: constant = false
    default:
      constant =
        !entityDependent && !readsPlan && locals.isEmpty && children.allSatisfy(\.constant)
    }
    switch kind {
    case .comprehension: costly = true
    case .call(let call): costly = !call.name.hasPrefix("_") || children.contains(where: \.costly)
    default: costly = children.contains(where: \.costly)
    }
  }

  /// A placeholder for a node that failed to check, so checking can go on and report more.
  static func invalid(at range: SourceRange) -> CheckedExpr {
    CheckedExpr(.constant(.null), .dyn, at: range, entityDependent: true)
  }
}

/// What a name is bound to.
package enum Binding: Sendable, Equatable {
  case selfEntity, plan, asOf, params, prev, parentAction
  case local(Int)
}

/// Fields of dates and durations.
package enum ValueField: String, Sendable, CaseIterable {
  case kind, text, earliest, latest, year, month, day, ambiguous, startOnly, phrases
  case days, months

  package var type: ExprType {
    switch self {
    case .kind, .text: .string
    case .earliest, .latest: .date
    case .year, .month, .day, .days, .months, .phrases: .int
    case .ambiguous, .startOnly: .bool
    }
  }

  static let dateFields: [ValueField] = [
    .kind, .text, .earliest, .latest, .year, .month, .day, .ambiguous, .startOnly, .phrases,
  ]
  static let durationFields: [ValueField] = [.days, .months]
}

/// A resolved call: the builtin's overloads that fit the argument types (more than one only
/// when some argument is `dyn`; all share one implementation that dispatches on values).
package struct BuiltinCall: Sendable {
  package var name: String
  package var overload: Builtin
  package var arguments: [CheckedExpr]
}

/// What `has()` tests.
package enum Presence: Sendable {
  /// A schema field of an entity: the field's own presence rule.
  case field(CheckedExpr, FieldSpec)
  /// A key of a map (CEL: the key exists) or a record field (its value is present).
  case key(CheckedExpr, String, recordField: Bool)
  /// A whole value: a binding or a macro variable (`has(prev)`).
  case value(CheckedExpr)
}

/// A macro expanded to a loop over a list (or a map's keys).
package struct Comprehension: Sendable {
  package enum Macro: String, Sendable, CaseIterable {
    case all, exists, existsOne = "exists_one", map, filter
  }

  package var macro: Macro
  package var range: CheckedExpr
  package var slot: Int
  /// The predicate of the three-argument `map(x, p, t)`.
  package var filter: CheckedExpr?
  package var body: CheckedExpr
}
