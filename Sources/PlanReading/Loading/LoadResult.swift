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

  /// Errors in how the user configured the reading (a `columns` map naming a header the table
  /// lacks, or a field that does not exist): a mistake in the configuration, not in the plan,
  /// so the run stops with exit 2 instead of reporting the plan invalid.
  package var configurationErrors: [Diagnostic] {
    diagnostics.filter {
      $0.severity == .error
        && ($0.code == ColumnOverrides.unknownFieldCode || $0.code == ColumnOverrides.notFoundCode)
    }
  }
}
