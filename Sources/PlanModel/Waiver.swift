/// A recorded decision to accept one finding: rule, reason and an inclusive end date.
package struct Waiver: Sendable, Hashable {
  package var rule: String
  package var reason: String
  /// Inclusive; compared with the run's as-of date, not the clock. Missing means no expiry.
  package var until: PlanDate
  package var span: SourceSpan

  package init(rule: String, reason: String, until: PlanDate = .missing, span: SourceSpan) {
    self.rule = rule
    self.reason = reason
    self.until = until
    self.span = span
  }
}
