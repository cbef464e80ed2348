/// `--color`: colour the text report when writing to a terminal, always, or never.
enum ColorChoice: String, CaseIterable, Sendable {
  case auto, always, never
}

/// `rules --format`.
enum RuleDocsFormat: String, CaseIterable, Sendable {
  case text, json, markdown
}

/// One `eval --param name=json`.
struct ParamAssignment: Sendable, Equatable {
  var name: String
  /// The value's text: JSON, or else taken as a string.
  var json: String

  static func parse(_ text: String) -> Result<ParamAssignment, OptionValueProblem> {
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2 else {
      return .failure(OptionValueProblem(message: "--param must be name=json, not '\(text)'"))
    }
    return .success(ParamAssignment(name: parts[0], json: parts[1]))
  }
}
