import Foundation

/// Writes reports atomically: a temporary file in the same folder, then rename(2), so a reader
/// never sees half a report and a failed run leaves any earlier report untouched.
///
/// A symbolic link is followed, so the report replaces the file it points to and the link
/// stays. A path that is a FIFO or a device (`-o /dev/null`, `-o /dev/stdout`) is written
/// straight through: renaming over it would replace the device node itself.
package enum OutputFile {
  package static func write(
    _ text: String, to path: String, relativeTo directory: String
  ) throws(CLIError) {
    try write(bytes: Array(text.utf8), to: path, relativeTo: directory)
  }

  /// Writes UTF-8 bytes (a rendered report) without copying them.
  package static func write(
    bytes: [UInt8], to path: String, relativeTo directory: String
  ) throws(CLIError) {
    let base = URL(fileURLWithPath: directory, isDirectory: true)
    let url = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
      .resolvingSymlinksInPath()
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw .file(path: path, message: "cannot write: folder '\(folder.path)' does not exist")
    }
    var info = stat()
    if stat(url.path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFDIR: throw .file(path: path, message: "cannot write: it is a folder")
      default: return try writeThrough(bytes, to: url, path: path)
      }
    }
    let pid = ProcessInfo.processInfo.processIdentifier
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(pid).tmp")
    do {
      try withData(bytes) { try $0.write(to: temporary) }
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

  /// Writes into an existing FIFO or device without replacing it.
  private static func writeThrough(_ bytes: [UInt8], to url: URL, path: String) throws(CLIError) {
    guard let handle = FileHandle(forWritingAtPath: url.path) else {
      throw .file(path: path, message: "cannot write: cannot open it for writing")
    }
    defer { try? handle.close() }
    do {
      try withData(bytes) { try handle.write(contentsOf: $0) }
    } catch {
      throw .file(path: path, message: "cannot write: \(error.localizedDescription)")
    }
  }

  /// Lends `bytes` to `body` as `Data` without copying them; `body` must not keep the `Data`.
  private static func withData(_ bytes: [UInt8], _ body: (Data) throws -> Void) rethrows {
    try bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress, !raw.isEmpty else { return try body(Data()) }
      let data = Data(
        bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count,
        deallocator: .none)
      try body(data)
    }
  }
}
