import Foundation
import Reporting

/// Finds the files among a run's candidates that plancheck itself wrote (reports and
/// baselines), by their content, so they are skipped rather than checked as plans.
enum WrittenReports {
  /// The format that wrote the file at `path`, or nil when it is not a plancheck report.
  static func format(of path: String) -> String? {
    // Only regular files: opening a FIFO to read would wait for a writer forever.
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
      let handle = FileHandle(forReadingAtPath: path)
    else { return nil }
    defer { try? handle.close() }
    let window = ReportSignature.window
    guard let head = try? handle.read(upToCount: window), !head.isEmpty else { return nil }
    var tail = head
    if head.count == window, let size = try? handle.seekToEnd(), size > UInt64(window) {
      try? handle.seek(toOffset: size - UInt64(window))
      tail = (try? handle.read(upToCount: window)) ?? Data()
    }
    return ReportSignature.format(head: Array(head), tail: Array(tail))
  }
}
