/// The registry of output formats, in the order `--help` lists them.
package enum Reporters {
  package static let all: [any Reporter.Type] = [
    TextReporter.self,
    JSONReporter.self,
    JUnitReporter.self,
    SARIFReporter.self,
    GitHubReporter.self,
    MarkdownReporter.self,
    CSVReporter.self,
    HTMLReporter.self,
    GitLabReporter.self,
  ]

  /// The reporter for a `--format` name, matched exactly (names are lowercase).
  package static func named(_ format: String) -> (any Reporter.Type)? {
    all.first { $0.format == format }
  }
}
