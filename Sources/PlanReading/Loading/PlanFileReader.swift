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
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return fail("cannot read '\(displayPath)': permission denied or unreadable")
    }
    defer { try? handle.close() }
    do {
      let data = try handle.read(upToCount: limit + 1) ?? Data()
      guard data.count <= limit else {
        return fail("'\(displayPath)' grew past the \(describe(limit)) limit while being read")
      }
      return .success([UInt8](data))
    } catch {
      return fail("cannot read '\(displayPath)': \(error.localizedDescription)")
    }
  }

  /// Follows symbolic links (all of them), since `attributesOfItem` describes a link itself.
  private static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }

  private static func describe(_ bytes: Int) -> String {
    bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "\(bytes) bytes"
  }
}
