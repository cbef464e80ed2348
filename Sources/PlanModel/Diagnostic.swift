/// A problem with an input (plan, rule file, config), as opposed to a finding about a plan.
///
/// Every diagnostic has a stable code, a severity, a message that starts lowercase and says
/// what to do, and the span it is about.
package struct Diagnostic: Sendable, Hashable, Error {
  package var code: String
  package var severity: Severity
  package var message: String
  package var span: SourceSpan

  package init(code: String, severity: Severity = .error, message: String, span: SourceSpan) {
    self.code = code
    self.severity = severity
    self.message = message
    self.span = span
  }

  /// `file:line:column: severity: message`, the form compilers and editors understand.
  package var formatted: String { "\(span.description): \(severity.rawValue): \(message)" }
}
