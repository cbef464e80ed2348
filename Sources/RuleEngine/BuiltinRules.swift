import PlanModel

/// The shipped rule catalogue, built into the binary from `Rules/` (see Scripts/embed-rules).
package enum BuiltinRules {
  /// Parses every shipped rule file. Problems here are bugs in `Rules/`, reported like any
  /// rule file's, with the `Rules/...` path. The examples are parsed only when asked for
  /// (`RuleExamples`), since only `plancheck test` runs them; `eagerExamples` parses them now,
  /// so their problems are among the diagnostics.
  package static func load(eagerExamples: Bool = false) -> (
    rules: [RuleDefinition], diagnostics: [Diagnostic]
  ) {
    var rules: [RuleDefinition] = []
    var diagnostics: [Diagnostic] = []
    for file in files {
      let loaded =
        eagerExamples
        ? RuleFileLoader.load(bytes: Array(file.contents.utf8), file: file.path)
        : RuleFileLoader.load(contentsDeferringExamples: file.contents, file: file.path)
      rules += loaded.rules
      diagnostics += loaded.diagnostics
    }
    return (rules, diagnostics)
  }

  /// The embedded files, for the test that proves they equal `Rules/`.
  package static var embeddedFiles: [(path: String, contents: String)] { files }
}
