import PlanModel

/// The plan files found under the paths given, in a deterministic order, and what was left
/// out and why.
package struct PlanFileSearch: Sendable {
  /// A file that was found but is not checked as a plan of its own.
  package struct Skipped: Sendable, Hashable {
    package var path: String
    package var reason: String
  }

  /// Display paths (as the user spelt the folder), sorted; `-` stands for standard input.
  package var files: [String] = []
  package var skipped: [Skipped] = []
  /// Paths that do not exist or cannot be listed.
  package var diagnostics: [Diagnostic] = []

  package init() {}
}
