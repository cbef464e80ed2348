/// Why an evaluation failed. Errors are values in CEL: `&&`, `||`, `all` and `exists` may
/// absorb them, so they carry a message and where they arose, not a stack.
package struct EvalError: Error, Sendable, Equatable {
  package var message: String
  /// Where in the expression source; nil until the failing call site is known.
  package var range: SourceRange?

  package init(_ message: String, at range: SourceRange? = nil) {
    self.message = message
    self.range = range
  }

  /// The same error, placed at `range` unless it already has a place.
  package func placed(at range: SourceRange) -> EvalError {
    self.range == nil ? EvalError(message, at: range) : self
  }

  static func noOverload(_ name: String, _ values: Value...) -> EvalError {
    EvalError("no such overload: \(name)(\(values.map(\.typeName.name).joined(separator: ", ")))")
  }
}
