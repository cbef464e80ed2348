/// Unary operators, member chains and primaries.
extension Parser {
  static let reservedWords: Set<String> = [
    "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
    "package", "namespace", "return", "var", "void", "while",
  ]

  /// `!` and `-` prefixes, collected in a loop (not by recursion); a minus directly before a
  /// number literal is folded into it, as CEL does, so `-9223372036854775808` is an int.
  mutating func unary() throws(ExprProblem) -> Expr {
    var operators: [(UnaryOperator, SourceRange)] = []
    while true {
      if let token = accept(.bang) {
        operators.append((.not, token.range))
      } else if let token = accept(.minus) {
        operators.append((.negate, token.range))
      } else {
        break
      }
    }
    var operand: Expr
    if let last = operators.last, last.0 == .negate, let literal = try negativeLiteral(last.1) {
      operators.removeLast()
      operand = try member(startingWith: literal)
    } else {
      operand = try member(startingWith: try primary())
    }
    for (op, range) in operators.reversed() {
      operand = try node(.unary(op, operand), at: range)
    }
    return operand
  }

  private mutating func negativeLiteral(_ minus: SourceRange) throws(ExprProblem) -> Expr? {
    switch peekKind(1) {
    case .punctuation(.dot), .punctuation(.leftBracket), .punctuation(.leftParen): return nil
    default: break
    }
    let token = current
    let range = minus.union(token.range)
    switch token.kind {
    case .int(let magnitude):
      _ = advance()
      if magnitude == UInt64(Int.max) + 1 { return Expr(.int(Int.min), at: range) }
      guard magnitude <= UInt64(Int.max) else {
        throw ExprProblem(.integerOverflow("-\(magnitude)"), at: range)
      }
      return Expr(.int(-Int(magnitude)), at: range)
    case .double(let value):
      _ = advance()
      return Expr(.double(-value), at: range)
    default:
      return nil
    }
  }

  /// Field selections, member calls and indexing after a primary.
  mutating func member(startingWith base: Expr) throws(ExprProblem) -> Expr {
    var expr = base
    while true {
      if accept(.dot) != nil {
        let nameToken = advance()
        guard case .identifier(let name) = nameToken.kind else {
          throw ExprProblem(
            .unexpectedToken(found: nameToken.kind.quoted, expected: "a field name"),
            at: nameToken.range)
        }
        if accept(.leftParen) != nil {
          let args = try arguments(closing: .rightParen, trailingComma: false)
          expr = try node(.call(target: expr, name: name, arguments: args), at: nameToken.range)
        } else {
          expr = try node(.select(expr, field: name), at: nameToken.range)
        }
      } else if let bracket = accept(.leftBracket) {
        try enter()
        let index = try expression()
        recursion -= 1
        try expect(.rightBracket)
        expr = try node(.index(expr, index), at: bracket.range)
      } else {
        return expr
      }
    }
  }

  mutating func primary() throws(ExprProblem) -> Expr {
    let token = advance()
    switch token.kind {
    case .int(let magnitude):
      guard magnitude <= UInt64(Int.max) else {
        throw ExprProblem(.integerOverflow("\(magnitude)"), at: token.range)
      }
      return Expr(.int(Int(magnitude)), at: token.range)
    case .double(let value): return Expr(.double(value), at: token.range)
    case .string(let value): return Expr(.string(value), at: token.range)
    case .trueKeyword: return Expr(.bool(true), at: token.range)
    case .falseKeyword: return Expr(.bool(false), at: token.range)
    case .nullKeyword: return Expr(.null, at: token.range)
    case .identifier(let name): return try identifier(name, token.range)
    case .punctuation(.leftParen):
      let inner = try expression()
      try expect(.rightParen)
      return inner
    case .punctuation(.leftBracket):
      let elements = try arguments(closing: .rightBracket, trailingComma: true)
      return try node(.list(elements), at: token.range)
    case .punctuation(.leftBrace):
      return try node(.map(try mapEntries()), at: token.range)
    case .punctuation(.dot):
      throw ExprProblem(.unsupported("a leading '.' (qualified names)"), at: token.range)
    default:
      throw ExprProblem(
        .unexpectedToken(found: token.kind.quoted, expected: "an expression"), at: token.range)
    }
  }

  private mutating func identifier(_ name: String, _ range: SourceRange) throws(ExprProblem)
    -> Expr
  {
    guard !Parser.reservedWords.contains(name) else {
      throw ExprProblem(.reservedWord(name), at: range)
    }
    if accept(.leftParen) != nil {
      let args = try arguments(closing: .rightParen, trailingComma: false)
      return try node(.call(target: nil, name: name, arguments: args), at: range)
    }
    if current.kind == .punctuation(.leftBrace) {
      throw ExprProblem(.unsupported("message construction ('\(name){…}')"), at: range)
    }
    return Expr(.identifier(name), at: range)
  }

  /// A comma-separated list up to `closing` (already past the opening delimiter).
  mutating func arguments(closing: Punctuation, trailingComma: Bool) throws(ExprProblem)
    -> [Expr]
  {
    try enter()
    defer { recursion -= 1 }
    var items: [Expr] = []
    if accept(closing) != nil { return items }
    while true {
      items.append(try expression())
      if accept(closing) != nil { return items }
      try expect(.comma)
      if trailingComma, accept(closing) != nil { return items }
    }
  }

  private mutating func mapEntries() throws(ExprProblem) -> [Expr.MapEntry] {
    try enter()
    defer { recursion -= 1 }
    var entries: [Expr.MapEntry] = []
    if accept(.rightBrace) != nil { return entries }
    while true {
      let key = try expression()
      try expect(.colon)
      entries.append(Expr.MapEntry(key: key, value: try expression()))
      if accept(.rightBrace) != nil { return entries }
      try expect(.comma)
      if accept(.rightBrace) != nil { return entries }
    }
  }
}
