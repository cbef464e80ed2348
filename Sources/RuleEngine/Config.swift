import JSONSyntax
import PlanModel

/// `.plancheck.json`: which rules run, how strictly, over which files.
package struct Config: Sendable {
  /// Extra rule files or folders, resolved against the config file's folder.
  package var ruleFiles: [String] = []
  package var enable: [String] = []
  package var disable: [String] = []
  package var severity: [String: Severity] = [:]
  /// Per rule id, parameter overrides.
  package var params: [String: [String: JSONValue]] = [:]
  /// Reading options, passed through to the plan readers as written.
  package var statusScheme: JSONValue?
  package var columns: [String: String] = [:]
  package var dateOrder: DateOrder?
  package var asOf: Day?
  /// nil = not set; `.some(nil)` = "none".
  package var failOn: Severity??
  package var include: [Glob] = []
  package var exclude: [Glob] = []
  package var waivers: [ConfigWaiver] = []
  package var overrides: [Override] = []
  /// The config file, when one was read.
  package var file: String?

  package init() {}

  /// Per-path adjustments: `{"files": ["plans/archive/**"], "disable": [...], "severity": {...}}`.
  package struct Override: Sendable {
    package var files: [Glob]
    package var enable: [String] = []
    package var disable: [String] = []
    package var severity: [String: Severity] = [:]
    package var params: [String: [String: JSONValue]] = [:]
    package var span: SourceSpan
  }

  /// A waiver kept in config rather than in the plan, keyed by plan id and entity ref.
  package struct ConfigWaiver: Sendable {
    package var plan: String
    package var ref: String
    package var waiver: Waiver
  }

  /// Whether `path` (relative to the working folder) is in scope of include/exclude.
  package func includes(_ path: String) -> Bool {
    if exclude.contains(where: { $0.matches(path) }) { return false }
    return include.isEmpty || include.contains { $0.matches(path) }
  }

  /// The overrides that apply to a plan file.
  package func overrides(for path: String) -> [Override] {
    overrides.filter { $0.files.contains { $0.matches(path) } }
  }
}
