import PlanModel
import Reporting

/// One `--format FMT[:PATH]`: which reporter, and where its output goes (nil = stdout).
struct FormatRequest: Equatable {
  var format: String
  var path: String?

  /// The format a report file's extension names (`.sarif`, `.xml`, `.md`, …), if any; `.json`
  /// is the JSON report (GitLab's is asked for by name).
  static func format(forOutput path: String) -> String? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "json": return "json"
    case "sarif": return "sarif"
    case "xml": return "junit"
    case "md", "markdown": return "markdown"
    case "csv": return "csv"
    case "html", "htm": return "html"
    case "txt": return "text"
    default: return nil
    }
  }

  /// Parses the `--format` values and `--output`; at most one format may go to stdout.
  static func parse(_ values: [String], output: String?, command: String) throws(CLIError)
    -> [FormatRequest]
  {
    var requests: [FormatRequest] = []
    for value in values.isEmpty ? ["text"] : values {
      let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
      let name = parts.first ?? ""
      guard Reporters.named(name) != nil else {
        let names = Reporters.all.map { $0.format }
        let hint = Spelling.suggestion(for: name, among: names)
        throw .usage(
          "unknown format '\(name)'\(hint) (formats: \(names.joined(separator: ", ")))",
          command: command)
      }
      requests.append(FormatRequest(format: name, path: parts.count > 1 ? parts[1] : nil))
    }
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
