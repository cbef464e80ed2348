import Foundation
import PlanModel

/// Reads a plan or table file into memory, refusing what is not a readable regular file of
/// sensible size, so a directory, FIFO or huge file is a diagnostic and never a hang or crash.
package enum PlanFileReader {
  package static let code = "plan-file"

  /// `kind` names the file in messages ("plan file", "config file", "rule file").
  package static func read(
    path: String, displayPath: String, limit: Int, kind: String = "plan file"
  ) -> Result<[UInt8], Diagnostic> {
    let fail = { (message: String) in
      Result<[UInt8], Diagnostic>.failure(
        Diagnostic(code: code, message: message, span: SourceSpan(file: displayPath)))
    }
    let attributes: [FileAttributeKey: Any]
    do {
      attributes = try FileManager.default.attributesOfItem(atPath: resolved(path))
    } catch {
      return fail("cannot read '\(displayPath)': no such file")
    }
    let type = attributes[.type] as? FileAttributeType
    if type == .typeDirectory {
      return fail("'\(displayPath)' is a directory; expected a \(kind)")
    }
    guard type == .typeRegular else {
      return fail(
        "'\(displayPath)' is not a regular file (a FIFO, socket or device); refusing to read it")
    }
    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    guard size <= limit else {
      return fail(
        "'\(displayPath)' is \(describe(size)), over the \(describe(limit)) limit for \(kind)s")
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      return fail("cannot read '\(displayPath)': permission denied or unreadable")
    }
    defer { close(descriptor) }
    // Straight into the array the readers use: no `Data` copy of a file that may be 250 MB.
    // One byte more than the size tells a file that grew while being read.
    guard var bytes = readChunk(descriptor, capacity: min(size, limit) + 1) else {
      return fail("cannot read '\(displayPath)': \(String(cString: strerror(errno)))")
    }
    while bytes.count > size, bytes.count <= limit {
      guard let more = readChunk(descriptor, capacity: min(limit + 1 - bytes.count, 1 << 20))
      else {
        return fail("cannot read '\(displayPath)': \(String(cString: strerror(errno)))")
      }
      if more.isEmpty { break }
      bytes += more
    }
    guard bytes.count <= limit else {
      return fail("'\(displayPath)' grew past the \(describe(limit)) limit while being read")
    }
    return .success(bytes)
  }

  /// Up to `capacity` bytes, fewer at end of file; nil on a read error.
  private static func readChunk(_ descriptor: Int32, capacity: Int) -> [UInt8]? {
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: max(capacity, 0)) { buffer, initialized in
      initialized = 0
      guard let base = buffer.baseAddress else { return }
      while initialized < buffer.count {
        let count = Foundation.read(descriptor, base + initialized, buffer.count - initialized)
        if count < 0, errno == EINTR { continue }
        if count < 0 { failed = true }
        if count <= 0 { break }
        initialized += count
      }
    }
    return failed ? nil : bytes
  }

  /// Follows symbolic links (all of them), since `attributesOfItem` describes a link itself.
  private static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }

  private static func describe(_ bytes: Int) -> String {
    bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "\(bytes) bytes"
  }
}
