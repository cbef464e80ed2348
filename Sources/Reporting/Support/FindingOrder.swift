import PlanModel

/// The one order findings are shown in, so every format lists them alike.
package enum FindingOrder {
  /// By file, line, column and rule id (SPEC's order), then message and fingerprint so ties
  /// are broken the same way on every run.
  /// The run already sorts them in place, so this is usually a check that copies nothing.
  package static func sorted(_ findings: [Finding]) -> [Finding] {
    isSorted(findings) ? findings : findings.sorted(by: precedes)
  }

  private static func isSorted(_ findings: [Finding]) -> Bool {
    zip(findings, findings.dropFirst()).allSatisfy { !precedes($1, $0) }
  }

  /// Errors, then warnings, then infos; each level in `sorted` order.
  package static func bySeverity(_ findings: [Finding]) -> [Finding] {
    findings.sorted { lhs, rhs in
      lhs.severity != rhs.severity ? lhs.severity > rhs.severity : precedes(lhs, rhs)
    }
  }

  package static func precedes(_ lhs: Finding, _ rhs: Finding) -> Bool {
    if lhs.span.file != rhs.span.file { return lhs.span.file < rhs.span.file }
    if lhs.span.line != rhs.span.line { return lhs.span.line < rhs.span.line }
    if lhs.span.column != rhs.span.column { return lhs.span.column < rhs.span.column }
    if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
    if lhs.message != rhs.message { return lhs.message < rhs.message }
    return lhs.fingerprint < rhs.fingerprint
  }

  /// Diagnostics by file, line, column, then code.
  package static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.sorted { lhs, rhs in
      if lhs.span.file != rhs.span.file { return lhs.span.file < rhs.span.file }
      if lhs.span.line != rhs.span.line { return lhs.span.line < rhs.span.line }
      if lhs.span.column != rhs.span.column { return lhs.span.column < rhs.span.column }
      if lhs.code != rhs.code { return lhs.code < rhs.code }
      return lhs.message < rhs.message
    }
  }
}
