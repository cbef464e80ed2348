/// A recorded decision to accept one finding: rule, reason and an inclusive end date.
package struct Waiver: Sendable, Hashable {
  package var rule: String
  package var reason: String
  /// Inclusive; compared with the run's as-of date, not the clock. Missing means no expiry.
  package var until: PlanDate
  package var span: SourceSpan
  /// Set by the engine after the main pass: whether the waiver suppressed a finding
  /// (rules read it as `w.used`, for `waiver-unused`).
  package var used = false

  package init(rule: String, reason: String, until: PlanDate = .missing, span: SourceSpan) {
    self.rule = rule
    self.reason = reason
    self.until = until
    self.span = span
  }

  /// Whether the waiver is in force on `asOf`: `until` is inclusive; an undated or missing
  /// `until` never expires (rules flag unparseable ones).
  package func isActive(on asOf: Day) -> Bool {
    guard let last = until.latest else { return true }
    return asOf <= last
  }
}
