import PlanModel
import Reporting

/// One `--format FMT[:PATH]`: which reporter, and where its output goes (nil = stdout).
struct FormatRequest: Equatable, Sendable {
  var format: String
  var path: String?

  init(format: String, path: String? = nil) {
    self.format = format
    self.path = path
  }

  /// Report file extensions and the format each names, for `--output` without `--format`;
  /// `.json` is the JSON report (GitLab's is asked for by name).
  static let byExtension: [(extension: String, format: String)] = [
    ("json", "json"), ("sarif", "sarif"), ("xml", "junit"), ("md", "markdown"),
    ("markdown", "markdown"), ("csv", "csv"), ("html", "html"), ("htm", "html"), ("txt", "text"),
  ]

  /// The format a report file's extension names (`.sarif`, `.xml`, `.md`, …), if any.
  static func format(forOutput path: String) -> String? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    let name = path[path.index(after: dot)...].lowercased()
    return byExtension.first { $0.extension == name }?.format
  }

  /// One `--format` value: a reporter's name, then `:PATH` to write it to a file.
  static func request(_ value: String) -> Result<FormatRequest, OptionValueProblem> {
    let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
    let name = parts.first ?? ""
    guard Reporters.named(name) != nil else {
      let names = Reporters.all.map { $0.format }
      let hint = Spelling.suggestion(for: name, among: names)
      return .failure(
        OptionValueProblem(
          message: "unknown format '\(name)'\(hint) (formats: \(names.joined(separator: ", ")))"))
    }
    return .success(FormatRequest(format: name, path: parts.count > 1 ? parts[1] : nil))
  }

  /// Sends `--output` to the one request without its own path; at most one request may go to
  /// standard output.
  static func route(_ requests: [FormatRequest], output: String?, command: String)
    throws(CLIError) -> [FormatRequest]
  {
    var requests = requests
    if let output {
      let unrouted = requests.indices.filter { requests[$0].path == nil }
      guard unrouted.count == 1, let only = unrouted.first else {
        throw .usage("--output needs exactly one --format without its own :PATH", command: command)
      }
      requests[only].path = output
    }
    guard requests.filter({ $0.path == nil }).count <= 1 else {
      throw .usage(
        "only one format can go to standard output; give the others a path (--format junit:out.xml)",
        command: command)
    }
    return requests
  }
}
