import PlanModel

/// The plan files found under the paths given, in a deterministic order, and what was left
/// out and why.
package struct PlanFileSearch: Sendable {
  /// A file that was found but is not checked as a plan of its own.
  package struct Skipped: Sendable, Hashable {
    /// Why: a table a plan in this run reads, something that is not a plan, or a link.
    package enum Kind: Sendable, Hashable {
      case tableOfPlan, notAPlan, link
    }
    package var path: String
    package var kind: Kind
    package var reason: String
  }

  /// Display paths (as the user spelt the folder), sorted; `-` stands for standard input.
  package var files: [String] = []
  package var skipped: [Skipped] = []
  /// Paths that do not exist or cannot be listed.
  package var diagnostics: [Diagnostic] = []

  package init() {}
}
