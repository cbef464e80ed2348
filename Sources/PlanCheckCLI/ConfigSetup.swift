import Foundation
import PlanModel
import PlanReading
import RuleEngine

/// The configuration of a run: `--config FILE`, else the nearest `.plancheck.json` walking up
/// from the working folder, else defaults.
struct ConfigSetup {
  static let fileName = ".plancheck.json"

  var config = Config()
  /// The config file's folder, against which its relative paths are resolved.
  var directory: String
  var loadOptions = LoadOptions()

  static func resolve(explicit: String?, io: some CommandIO) throws(CLIError) -> ConfigSetup {
    guard
      let path = explicit.map({ PlanInput.absolute($0, in: io.workingDirectory) })
        ?? discover(from: io.workingDirectory)
    else {
      return ConfigSetup(directory: io.workingDirectory)
    }
    let display = explicit ?? relative(path, to: io.workingDirectory)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .file(path: display, message: "no such config file")
    }
    let data = try PlanInput.readFile(path, display: display, kind: "config file")
    let (config, diagnostics) = ConfigLoader.load(bytes: data, file: display)
    var setup = ConfigSetup(config: config, directory: PlanPaths.directory(of: path))
    var problems = diagnostics.filter { $0.severity == .error }
    if let scheme = config.statusScheme {
      let (resolved, schemeDiagnostics) = PlanJSONDecoder.statusScheme(from: scheme, file: display)
      setup.loadOptions.statusScheme = resolved
      problems += schemeDiagnostics.filter { $0.severity == .error }
    }
    guard problems.isEmpty else { throw .diagnostics(problems) }
    setup.loadOptions.dateOrder = config.dateOrder
    setup.loadOptions.columns = config.columns
    return setup
  }

  /// The nearest `.plancheck.json` in the folder or its parents.
  static func discover(from directory: String) -> String? {
    var url = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
    while true {
      let candidate = url.appendingPathComponent(fileName).path
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return nil }
      url = parent
    }
  }

  /// `path` relative to `base` when it lies inside it, for messages and reports.
  static func relative(_ path: String, to base: String) -> String {
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
