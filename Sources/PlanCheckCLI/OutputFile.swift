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
    try stream(to: path, relativeTo: directory) { _ in bytes }
  }

  /// Writes what `produce` hands to its drain as it goes, then the bytes it returns; like
  /// `write(bytes:)`, into a temporary file renamed over `path` once complete.
  package static func stream(
    to path: String, relativeTo directory: String,
    _ produce: (@escaping (inout [UInt8]) -> Void) -> [UInt8]
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
      // A FIFO or device is written straight through: renaming would replace the node.
      default: return try write(produce, into: url.path, flags: O_WRONLY, path: path)
      }
    }
    let pid = ProcessInfo.processInfo.processIdentifier
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(pid).tmp")
    do {
      try write(produce, into: temporary.path, flags: O_WRONLY | O_CREAT | O_TRUNC, path: path)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
    guard rename(temporary.path, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw .file(path: path, message: "cannot write: \(reason)")
    }
  }

  /// Opens `target` and writes the chunks `produce` drains, then what it returns.
  private static func write(
    _ produce: (@escaping (inout [UInt8]) -> Void) -> [UInt8], into target: String,
    flags: Int32, path: String
  ) throws(CLIError) {
    let descriptor = open(target, flags | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .file(path: path, message: "cannot write: \(String(cString: strerror(errno)))")
    }
    let sink = ChunkSink(descriptor: descriptor)
    var rest = produce { chunk in sink.write(&chunk) }
    sink.write(&rest)
    let closed = close(descriptor) == 0
    if let failure = sink.failure ?? (closed ? nil : String(cString: strerror(errno))) {
      throw .file(path: path, message: "cannot write: \(failure)")
    }
  }
}

/// Writes chunks to a file descriptor, remembering the first failure (later chunks are
/// dropped: the file is incomplete and will not be renamed into place).
private final class ChunkSink {
  let descriptor: Int32
  private(set) var failure: String?

  init(descriptor: Int32) { self.descriptor = descriptor }

  /// Writes `chunk` whole and empties it.
  func write(_ chunk: inout [UInt8]) {
    defer { chunk.removeAll(keepingCapacity: true) }
    guard failure == nil else { return }
    chunk.withUnsafeBytes { raw in
      guard var next = raw.baseAddress else { return }
      var left = raw.count
      while left > 0 {
        let written = Foundation.write(descriptor, next, left)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else {
          failure = String(cString: strerror(errno))
          return
        }
        next += written
        left -= written
      }
    }
  }
}
