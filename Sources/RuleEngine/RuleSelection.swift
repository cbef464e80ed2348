import JSONSyntax
import PlanModel

/// Which rules run, at what severity and with which parameters, after config, per-path
/// overrides and command-line flags are applied, in that order: the latest word wins.
package struct RuleSelection: Sendable {
  /// Enable (true) and disable (false) decisions in the order they were given.
  package var decisions: [(id: String, enabled: Bool)] = []
  /// `--only`: when non-empty, exactly these rules run.
  package var only: [String] = []
  package var severity: [String: Severity] = [:]
  package var params: [String: [String: JSONValue]] = [:]

  package init() {}

  package init(enable: [String], disable: [String]) {
    decisions = enable.map { ($0, true) } + disable.map { ($0, false) }
  }

  /// The selection for one plan file: config, then its matching overrides, then flags.
  package init(config: Config, overrides: [Config.Override], flags: RuleSelection) {
    self.init(enable: config.enable, disable: config.disable)
    severity = config.severity
    params = config.params
    for override in overrides {
      apply(RuleSelection(enable: override.enable, disable: override.disable))
      severity.merge(override.severity) { $1 }
      params.merge(override.params) { $0.merging($1) { $1 } }
    }
    apply(flags)
    only = flags.only
  }

  private mutating func apply(_ later: RuleSelection) {
    decisions += later.decisions
    severity.merge(later.severity) { $1 }
    params.merge(later.params) { $0.merging($1) { $1 } }
  }

  /// Whether a rule runs: `--only` decides alone; otherwise the last decision, else on.
  package func isActive(_ id: String) -> Bool {
    if !only.isEmpty { return only.contains(id) }
    return decisions.last { $0.id == id }?.enabled ?? true
  }

  /// Every rule id this selection names, so unknown ones can be reported.
  package var mentionedIDs: [String] {
    decisions.map(\.id) + only + Array(severity.keys) + Array(params.keys)
  }
}
