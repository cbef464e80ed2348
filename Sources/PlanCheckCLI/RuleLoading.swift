import Foundation
import PlanModel
import RuleEngine

/// Loads the rules of a run: the shipped catalogue (unless `--no-default-rules`), then rule
/// files and folders from config and `--rules`. Any problem stops the run (exit 2).
enum RuleLoading {
  static func load(
    defaults: Bool, paths: [(path: String, base: String, display: String)]
  ) throws(CLIError) -> RuleSet {
    var definitions: [RuleDefinition] = []
    var diagnostics: [Diagnostic] = []
    if defaults {
      let builtin = BuiltinRules.load()
      definitions += builtin.rules
      diagnostics += builtin.diagnostics
    }
    for entry in paths {
      let full = PlanInput.absolute(entry.path, in: entry.base)
      for (file, display) in try ruleFiles(at: full, display: entry.display) {
        let data = try PlanInput.readFile(file, display: display, kind: "rule file")
        let loaded = RuleFileLoader.load(bytes: data, file: display)
        definitions += loaded.rules
        diagnostics += loaded.diagnostics
      }
    }
    let (set, compileDiagnostics) = RuleSet.compile(definitions)
    diagnostics += compileDiagnostics
    let errors = diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else { throw .diagnostics(errors) }
    return set
  }

  /// A rule file, or every `*.json` under a folder (sorted, so runs are deterministic).
  private static func ruleFiles(at path: String, display: String) throws(CLIError) -> [(
    String, String
  )] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .file(path: display, message: "no such rule file or folder")
    }
    guard isDirectory.boolValue else { return [(path, display)] }
    let enumerator = FileManager.default.enumerator(atPath: path)
    var files: [String] = []
    while let name = enumerator?.nextObject() as? String {
      if name.hasSuffix(".json"),
        !name.split(separator: "/").contains(where: { $0.hasPrefix(".") || $0 == "schema" })
      {
        files.append(name)
      }
    }
    return files.sorted().map {
      (PlanInput.absolute($0, in: path), display.hasSuffix("/") ? display + $0 : display + "/" + $0)
    }
  }
}
