/// A parsed expression: the syntax tree as an enum (`Kind`), each node with the range it
/// should be reported at (the operator, field name or literal) and its depth.
///
/// The checker turns it into a `CheckedExpr`; nothing evaluates an `Expr` directly.
package struct Expr: Sendable, Equatable {
  package indirect enum Kind: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case identifier(String)
    case select(Expr, field: String)
    case index(Expr, Expr)
    case call(target: Expr?, name: String, arguments: [Expr])
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    case conditional(Expr, Expr, Expr)
    case list([Expr])
    case map([MapEntry])
  }

  package struct MapEntry: Sendable, Equatable {
    package var key: Expr
    package var value: Expr
  }

  package var kind: Kind
  package var range: SourceRange
  /// 1 for a leaf; bounded by `ExprLimits.maxDepth` so later passes cannot overflow the stack.
  package var depth: Int

  package init(_ kind: Kind, at range: SourceRange, depth: Int = 1) {
    self.kind = kind
    self.range = range
    self.depth = depth
  }

  /// The direct children, in source order.
  package var children: [Expr] {
    switch kind {
    case .null, .bool, .int, .double, .string, .identifier: []
    case .select(let base, _): [base]
    case .index(let base, let index): [base, index]
    case .call(let target, _, let arguments): (target.map { [$0] } ?? []) + arguments
    case .unary(_, let operand): [operand]
    case .binary(_, let lhs, let rhs): [lhs, rhs]
    case .conditional(let c, let t, let f): [c, t, f]
    case .list(let elements): elements
    case .map(let entries): entries.flatMap { [$0.key, $0.value] }
    }
  }
}

package enum UnaryOperator: String, Sendable, Equatable {
  case not = "!"
  case negate = "-"
}

package enum BinaryOperator: String, Sendable, Equatable {
  case or = "||", and = "&&"
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
  case greaterEqual = ">=", `in` = "in"
  case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"

  /// The builtin that implements the operator (CEL's internal names).
  package var builtinName: String { self == .in ? "@in" : "_\(rawValue)_" }
}

extension Expr: CustomStringConvertible {
  /// A fully parenthesised rendering, so tests can state precedence plainly.
  package var description: String {
    switch kind {
    case .null: "null"
    case .bool(let b): "\(b)"
    case .int(let i): "\(i)"
    case .double(let d): "\(d)"
    case .string(let s): "'\(s)'"
    case .identifier(let name): name
    case .select(let base, let field): "\(base).\(field)"
    case .index(let base, let index): "\(base)[\(index)]"
    case .call(let target, let name, let args):
      (target.map { "\($0)." } ?? "")
        + "\(name)(\(args.map(\.description).joined(separator: ", ")))"
    case .unary(let op, let operand): "\(op.rawValue)\(operand)"
    case .binary(let op, let lhs, let rhs): "(\(lhs) \(op.rawValue) \(rhs))"
    case .conditional(let c, let t, let f): "(\(c) ? \(t) : \(f))"
    case .list(let elements): "[\(elements.map(\.description).joined(separator: ", "))]"
    case .map(let entries):
      "{\(entries.map { "\($0.key): \($0.value)" }.joined(separator: ", "))}"
    }
  }
}
