import Foundation

/// Path arithmetic on display paths (as the user wrote them), kept apart from file access.
package enum PlanPaths {
  /// The last path component without its extension: `plans/luton.csv` -> `luton`.
  package static func stem(of path: String) -> String {
    let name = lastComponent(of: path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }

  package static func lastComponent(of path: String) -> String {
    let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
    return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
  }

  /// The directory part, or "" for a bare file name.
  package static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `relative` joined to `directory`, unless it is absolute.
  package static func join(_ directory: String, _ relative: String) -> String {
    if relative.hasPrefix("/") || directory.isEmpty { return relative }
    return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
  }

  /// The default plan id: the folder name for `plan.json`, else the file stem.
  package static func defaultPlanID(for path: String) -> String {
    if path == "-" { return "stdin" }
    if lastComponent(of: path).lowercased() == "plan.json" {
      let folder = lastComponent(of: directory(of: path))
      if !folder.isEmpty, folder != ".", folder != "/" { return folder }
      let absolute = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
      return absolute.lastPathComponent.isEmpty ? "plan" : absolute.lastPathComponent
    }
    return stem(of: path)
  }

  /// A canonical absolute form, for telling whether two spellings name the same file.
  package static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
