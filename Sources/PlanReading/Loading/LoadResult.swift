import PlanModel

/// What loading one plan file produced: the plan (possibly partial, nil when nothing usable
/// was read) and every diagnostic met on the way.
package struct LoadResult: Sendable {
  package var plan: Plan?
  package var diagnostics: [Diagnostic]

  package init(plan: Plan?, diagnostics: [Diagnostic]) {
    self.plan = plan
    self.diagnostics = diagnostics
  }

  /// True when any diagnostic is an error: the plan should be reported as `invalid-plan`.
  package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
