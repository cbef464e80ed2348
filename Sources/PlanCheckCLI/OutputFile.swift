import Foundation

/// Writes reports atomically: a temporary file in the same folder, then rename(2), so a reader
/// never sees half a report and a failed run leaves any earlier report untouched.
package enum OutputFile {
  package static func write(
    _ text: String, to path: String, relativeTo directory: String
  ) throws(CLIError) {
    let base = URL(fileURLWithPath: directory, isDirectory: true)
    let url = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw .file(path: path, message: "cannot write: folder '\(folder.path)' does not exist")
    }
    let pid = ProcessInfo.processInfo.processIdentifier
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(pid).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .file(path: path, message: "cannot write: \(error.localizedDescription)")
    }
    guard rename(temporary.path, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw .file(path: path, message: "cannot write: \(reason)")
    }
  }
}
