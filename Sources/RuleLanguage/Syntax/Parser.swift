/// Recursive-descent parser for CEL's grammar and precedence:
/// `?:` < `||` < `&&` < relations and `in` < `+ -` < `* / %` < unary `! -` < member, index, call.
///
/// Depth is limited while parsing (`ExprLimits.maxDepth`), so 10,000 nested parentheses or
/// `!!!!…` give a syntax error rather than a stack overflow in any later pass.
package struct Parser {
  var tokens: [Token]
  var index = 0
  var recursion = 0

  /// Parses a whole expression.
  package static func parse(_ source: String) throws(ExprProblem) -> Expr {
    let size = source.utf8.count
    guard size <= ExprLimits.maxSourceBytes else {
      throw ExprProblem(.tooLong(limit: ExprLimits.maxSourceBytes), at: SourceRange(0, 0))
    }
    var lexer = Lexer(source)
    var parser = Parser(tokens: try lexer.tokenize())
    let expr = try parser.expression()
    guard parser.current.kind == .end else {
      throw ExprProblem(
        .unexpectedToken(found: parser.current.kind.quoted, expected: "an operator or the end"),
        at: parser.current.range)
    }
    return expr
  }

  var current: Token { tokens[min(index, tokens.count - 1)] }

  func peekKind(_ ahead: Int) -> TokenKind { tokens[min(index + ahead, tokens.count - 1)].kind }

  mutating func advance() -> Token {
    let token = current
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  mutating func accept(_ p: Punctuation) -> Token? {
    guard current.kind == .punctuation(p) else { return nil }
    return advance()
  }

  mutating func expect(_ p: Punctuation) throws(ExprProblem) {
    guard accept(p) != nil else {
      throw ExprProblem(
        .unexpectedToken(found: current.kind.quoted, expected: "'\(p.rawValue)'"), at: current.range
      )
    }
  }

  /// Counts parser recursion, failing before the native stack could.
  mutating func enter() throws(ExprProblem) {
    recursion += 1
    guard recursion <= ExprLimits.maxDepth else {
      throw ExprProblem(.tooDeep(limit: ExprLimits.maxDepth), at: current.range)
    }
  }

  /// Builds a node whose depth is one more than its deepest child, enforcing the limit.
  func node(_ kind: Expr.Kind, at range: SourceRange) throws(ExprProblem) -> Expr {
    var probe = Expr(kind, at: range)
    probe.depth = 1 + (probe.children.map(\.depth).max() ?? 0)
    guard probe.depth <= ExprLimits.maxDepth else {
      throw ExprProblem(.tooDeep(limit: ExprLimits.maxDepth), at: range)
    }
    return probe
  }

  mutating func expression() throws(ExprProblem) -> Expr {
    try enter()
    defer { recursion -= 1 }
    let condition = try logical(.or)
    guard let question = accept(.question) else { return condition }
    let whenTrue = try logical(.or)
    try expect(.colon)
    let whenFalse = try expression()
    return try node(.conditional(condition, whenTrue, whenFalse), at: question.range)
  }

  /// `||` and `&&` chains, built as balanced trees (both are associative under CEL's
  /// commutative error rules), so long chains stay shallow.
  mutating func logical(_ op: BinaryOperator) throws(ExprProblem) -> Expr {
    let punct: Punctuation = op == .or ? .or : .and
    var operands = [op == .or ? try logical(.and) : try relation()]
    var operators: [SourceRange] = []
    while let token = accept(punct) {
      operators.append(token.range)
      operands.append(op == .or ? try logical(.and) : try relation())
    }
    return try balance(op, operands[...], operators[...])
  }

  private func balance(
    _ op: BinaryOperator, _ operands: ArraySlice<Expr>, _ operators: ArraySlice<SourceRange>
  ) throws(ExprProblem) -> Expr {
    guard operands.count > 1, let first = operands.first else {
      return operands.first ?? Expr(.null, at: SourceRange(0, 0))
    }
    if operands.count == 2, let last = operands.last, let range = operators.first {
      return try node(.binary(op, first, last), at: range)
    }
    let mid = operands.startIndex + operands.count / 2
    let opIndex = operators.startIndex + operands.count / 2 - 1
    let lhs = try balance(op, operands[..<mid], operators[..<opIndex])
    let rhs = try balance(op, operands[mid...], operators[(opIndex + 1)...])
    return try node(.binary(op, lhs, rhs), at: operators[opIndex])
  }

  mutating func relation() throws(ExprProblem) -> Expr {
    var lhs = try additive()
    while true {
      let op: BinaryOperator
      switch current.kind {
      case .punctuation(.less): op = .less
      case .punctuation(.lessEqual): op = .lessEqual
      case .punctuation(.greater): op = .greater
      case .punctuation(.greaterEqual): op = .greaterEqual
      case .punctuation(.equal): op = .equal
      case .punctuation(.notEqual): op = .notEqual
      case .inKeyword: op = .in
      default: return lhs
      }
      let token = advance()
      lhs = try node(.binary(op, lhs, try additive()), at: token.range)
    }
  }

  mutating func additive() throws(ExprProblem) -> Expr {
    var lhs = try multiplicative()
    while true {
      let op: BinaryOperator
      switch current.kind {
      case .punctuation(.plus): op = .add
      case .punctuation(.minus): op = .subtract
      default: return lhs
      }
      let token = advance()
      lhs = try node(.binary(op, lhs, try multiplicative()), at: token.range)
    }
  }

  mutating func multiplicative() throws(ExprProblem) -> Expr {
    var lhs = try unary()
    while true {
      let op: BinaryOperator
      switch current.kind {
      case .punctuation(.star): op = .multiply
      case .punctuation(.slash): op = .divide
      case .punctuation(.percent): op = .remainder
      default: return lhs
      }
      let token = advance()
      lhs = try node(.binary(op, lhs, try unary()), at: token.range)
    }
  }
}
