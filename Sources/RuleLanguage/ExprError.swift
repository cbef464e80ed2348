import PlanModel

/// Everything that can be wrong with an expression before it runs: the one error enum of this
/// layer for load time, its text in one `switch`. Run-time failures are `EvalError` values.
package enum ExprError: Sendable, Equatable {
  case unexpectedCharacter(String)
  case unterminatedString
  case invalidEscape(String)
  case invalidNumber(String)
  case integerOverflow(String)
  case unexpectedToken(found: String, expected: String)
  case reservedWord(String)
  case tooDeep(limit: Int)
  case tooLong(limit: Int)
  case unsupported(String)
  case unknownIdentifier(String, suggestion: String?)
  case unknownField(String, on: String, suggestion: String?)
  case unknownFunction(String, suggestion: String?)
  case noOverload(String, arguments: [String])
  case incompatibleComparison(op: String, lhs: String, rhs: String, hint: String?)
  case notBoolean(String, type: String)
  case badMacro(String)
  case badHas
  case notIterable(String)
  case noFields(String)
  case notIndexable(String)
  case invalidLiteral(String)
  case unknownValue(String, of: String, suggestion: String?)
  case badTemplate(String)

  /// A stable code for the diagnostic, grouped by what went wrong.
  package var code: String {
    switch self {
    case .unexpectedCharacter, .unterminatedString, .invalidEscape, .invalidNumber,
      .integerOverflow, .unexpectedToken, .reservedWord, .unsupported, .badTemplate:
      "expr-syntax"
    case .tooDeep, .tooLong: "expr-too-complex"
    case .unknownIdentifier: "expr-unknown-name"
    case .unknownField: "expr-unknown-field"
    case .unknownFunction: "expr-unknown-function"
    case .unknownValue: "expr-unknown-value"
    case .noOverload, .incompatibleComparison, .notBoolean, .notIterable, .noFields,
      .notIndexable:
      "expr-type"
    case .badMacro, .badHas, .invalidLiteral: "expr-invalid"
    }
  }

  /// The message, lowercase, quoting user text in single quotes.
  package var message: String {
    switch self {
    case .unexpectedCharacter(let c): "unexpected character '\(c)'"
    case .unterminatedString: "unterminated string literal"
    case .invalidEscape(let e): "invalid escape sequence '\(e)'"
    case .invalidNumber(let n): "invalid number '\(n)'"
    case .integerOverflow(let n): "integer literal '\(n)' does not fit in 64 bits"
    case .unexpectedToken(let found, let expected): "expected \(expected) but found \(found)"
    case .reservedWord(let w): "'\(w)' is a reserved word and cannot be used as a name"
    case .tooDeep(let limit): "expression nests more than \(limit) levels deep; simplify it"
    case .tooLong(let limit): "expression is longer than \(limit) bytes"
    case .unsupported(let what): "\(what) is not supported"
    case .unknownIdentifier(let name, let s): "unknown name '\(name)'" + Self.hint(s)
    case .unknownField(let name, let on, let s): "unknown field '\(name)' on \(on)" + Self.hint(s)
    case .unknownFunction(let name, let s): "unknown function '\(name)'" + Self.hint(s)
    case .unknownValue(let v, let of, let s): "'\(v)' is not a \(of)" + Self.hint(s)
    case .noOverload(let f, let args):
      "no overload of '\(f)' takes (\(args.joined(separator: ", ")))"
    case .incompatibleComparison(let op, let lhs, let rhs, let hint):
      "cannot compare \(lhs) and \(rhs) with '\(op)'" + (hint.map { "; \($0)" } ?? "")
    case .notBoolean(let what, let type): "\(what) must be a bool, not \(type)"
    case .badMacro(let why): why
    case .badHas: "has() takes a field selection such as has(a.lead) or a name such as has(lead)"
    case .notIterable(let type): "cannot iterate over \(type)"
    case .noFields(let type): "\(type) has no fields"
    case .notIndexable(let type): "cannot index \(type)"
    case .invalidLiteral(let why): why
    case .badTemplate(let why): why
    }
  }

  private static func hint(_ suggestion: String?) -> String {
    suggestion.map { "; did you mean '\($0)'?" } ?? ""
  }
}

/// An `ExprError` at a place in the expression source.
package struct ExprProblem: Error, Sendable, Equatable {
  package var error: ExprError
  package var range: SourceRange

  package init(_ error: ExprError, at range: SourceRange) {
    self.error = error
    self.range = range
  }

  /// A diagnostic with the line and column inside the expression source.
  package func diagnostic(in source: SourceText, file: String) -> Diagnostic {
    let (line, column) = source.position(of: range.start)
    return Diagnostic(
      code: error.code, message: error.message,
      span: SourceSpan(file: file, line: line, column: column))
  }

  /// `line:column: message`, the source line, and a caret under the offending column.
  package func rendered(in source: SourceText) -> String {
    let (line, column) = source.position(of: range.start)
    return "\(line):\(column): \(error.message)\n" + source.excerpt(at: range)
  }
}
