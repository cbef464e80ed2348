import Foundation
import JSONSyntax
import PlanModel

/// Expands command-line paths into plan files: folders recursively (hidden folders and
/// `.build` skipped, symbolic links to folders not followed, so no cycles), sorted.
///
/// A table that a JSON plan found in the same run reads through `"file"` is part of that
/// plan, so it is skipped as a standalone plan, and the search says so.
package struct PlanFileFinder: Sendable {
  /// JSON plans larger than this are not inspected for table references.
  package var maxFileSize: Int

  package init(maxFileSize: Int = LoadOptions().maxFileSize) { self.maxFileSize = maxFileSize }

  package func find(_ paths: [String]) -> PlanFileSearch {
    var search = PlanFileSearch()
    var found: [String] = []
    var walked: Set<String> = []
    for path in paths {
      if path == "-" {
        found.append(path)
      } else if !FileManager.default.fileExists(atPath: path) {
        search.diagnostics.append(
          Diagnostic(
            code: PlanFileReader.code, message: "no such file or directory: '\(path)'",
            span: SourceSpan(file: path)))
      } else if PlanFileFinder.isDirectory(path) {
        var inFolder: [String] = []
        walk(path, into: &inFolder, search: &search)
        found += inFolder
        walked.formUnion(inFolder)
      } else {
        found.append(path)
      }
    }
    var seen: Set<String> = []
    let unique = found.filter { $0 == "-" || seen.insert(PlanPaths.canonical($0)).inserted }
    // Only tables can be skipped as part of a plan, so without one a JSON plan named on the
    // command line needs no parsing here (a large inline plan would be parsed twice); JSON
    // met in folders is always looked at, to tell plans from rule files and schemas.
    let hasTables = unique.contains { PlanFileFormat(path: $0)?.isTable == true }
    let (referenced, notPlans) = inspectJSON(unique, walked: walked, forTables: hasTables)
    for path in unique.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      if notPlans.contains(path) {
        search.skipped.append(
          .init(
            path: path, kind: .notAPlan,
            reason: "JSON with no plan keys (actions, recommendations, period, …) is not a plan"))
      } else if let plan = referenced[PlanPaths.canonical(path)],
        PlanFileFormat(path: path)?.isTable == true
      {
        search.skipped.append(
          .init(path: path, kind: .tableOfPlan, reason: "read as the table of plan '\(plan)'"))
      } else {
        search.files.append(path)
      }
    }
    return search
  }

  /// Adds the plan files under `directory`, in sorted order.
  private func walk(_ directory: String, into found: inout [String], search: inout PlanFileSearch) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      search.diagnostics.append(
        Diagnostic(
          code: PlanFileReader.code, message: "cannot list directory '\(directory)'",
          span: SourceSpan(file: directory)))
      return
    }
    for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      guard !name.hasPrefix("."), name != "node_modules" else { continue }
      let path = PlanPaths.join(directory, name)
      let type =
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type]
        as? FileAttributeType
      if type == .typeDirectory {
        walk(path, into: &found, search: &search)
      } else if type == .typeSymbolicLink, PlanFileFinder.isDirectory(path) {
        search.skipped.append(
          .init(path: path, kind: .link, reason: "symbolic link to a folder is not followed"))
      } else if name.hasPrefix("~$") {
        // Word and Excel keep `~$plan.docx` beside a file while it is open: a lock, not a plan.
        search.skipped.append(
          .init(path: path, kind: .notAPlan, reason: "an Office lock file ('~$'), not a plan"))
      } else if PlanFileFormat(path: name) != nil {
        found.append(path)
      } else {
        search.skipped.append(.init(path: path, kind: .notAPlan, reason: "not a plan file"))
      }
    }
  }

  /// Canonical table path -> the display path of the JSON plan that reads it; and the JSON
  /// files met in folders that are clearly not plans (an object with neither `actions` nor
  /// `plancheck`: rule files, schemas, package.json). A file named on the command line is
  /// always read as a plan, and JSON that does not parse is left for the loader to report.
  private func inspectJSON(_ files: [String], walked: Set<String>, forTables: Bool) -> (
    tables: [String: String], notPlans: Set<String>
  ) {
    var tables: [String: String] = [:]
    var notPlans: Set<String> = []
    for file in files
    where file != "-" && PlanFileFormat(path: file) == .json && (forTables || walked.contains(file))
    {
      guard
        case .success(let bytes) = PlanFileReader.read(
          path: file, displayPath: file, limit: maxFileSize),
        case .success(let root) = JSONParser.parse(bytes, file: file),
        let object = root.objectValue
      else { continue }
      if walked.contains(file), !PlanFileFinder.planKeys.contains(where: { object[$0] != nil }) {
        notPlans.insert(file)
        continue
      }
      for key in ["actions", "measures"] {
        guard let reference = object[key]?.objectValue?["file"]?.stringValue else { continue }
        let table = PlanPaths.join(PlanPaths.directory(of: file), reference)
        tables[PlanPaths.canonical(table)] = file
      }
    }
    return (tables, notPlans)
  }

  /// Keys only a plan has at its top level; a JSON file in a folder with none of them (a rule
  /// file, a schema, package.json) is not read as a plan.
  static let planKeys = [
    "plancheck", "actions", "recommendations", "measures", "themes", "period", "asOf",
    "statusScheme", "organisation",
  ]

  static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}
