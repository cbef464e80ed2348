/// One lexical element of an expression, with where it sits in the source.
package struct Token: Sendable, Equatable {
  package var kind: TokenKind
  package var range: SourceRange
}

/// What a token is. Integer literals keep their magnitude so the parser can fold a leading
/// minus sign and accept `-9223372036854775808`.
package enum TokenKind: Sendable, Equatable {
  case int(UInt64)
  case double(Double)
  case string(String)
  case identifier(String)
  case trueKeyword, falseKeyword, nullKeyword, inKeyword
  case punctuation(Punctuation)
  case end

  /// How the token reads in an error message.
  package var quoted: String {
    switch self {
    case .int(let value): "'\(value)'"
    case .double(let value): "'\(value)'"
    case .string: "string literal"
    case .identifier(let name): "'\(name)'"
    case .trueKeyword: "'true'"
    case .falseKeyword: "'false'"
    case .nullKeyword: "'null'"
    case .inKeyword: "'in'"
    case .punctuation(let p): "'\(p.rawValue)'"
    case .end: "end of expression"
    }
  }
}

/// Operators and delimiters.
package enum Punctuation: String, Sendable, Equatable, CaseIterable {
  case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
  case leftBrace = "{", rightBrace = "}", dot = ".", comma = ",", colon = ":", question = "?"
  case bang = "!", minus = "-", plus = "+", star = "*", slash = "/", percent = "%"
  case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case equal = "==", notEqual = "!=", and = "&&", or = "||"
}

/// Limits that keep hostile input from exhausting the stack or memory.
package enum ExprLimits {
  /// Deepest syntax tree accepted; `&&`/`||` chains are balanced, so this bounds nesting only.
  package static let maxDepth = 100
  /// Longest expression source accepted, in UTF-8 bytes.
  package static let maxSourceBytes = 100_000
}
