/// A half-open range of UTF-8 byte offsets into an expression's source.
///
/// Offsets rather than line and column keep tokens small; `SourceText` turns them into the
/// 1-based line and column that diagnostics show.
package struct SourceRange: Sendable, Hashable {
  package var start: Int
  package var end: Int

  package init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// The smallest range covering both.
  package func union(_ other: SourceRange) -> SourceRange {
    SourceRange(min(start, other.start), max(end, other.end))
  }
}

/// An expression's source with its line starts, so offsets map to lines, columns and excerpts.
package struct SourceText: Sendable {
  package let text: String
  private let bytes: [UInt8]
  private let lineStarts: [Int]

  package init(_ text: String) {
    self.text = text
    bytes = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    lineStarts = starts
  }

  /// 1-based line and column (columns count UTF-8 bytes, as `MarkedText` does).
  package func position(of offset: Int) -> (line: Int, column: Int) {
    let clamped = min(max(0, offset), bytes.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    return (low + 1, clamped - lineStarts[low] + 1)
  }

  /// The source line holding `range.start`, and a caret line under the offending column.
  package func excerpt(at range: SourceRange) -> String {
    let (line, column) = position(of: range.start)
    let start = lineStarts[line - 1]
    var end = start
    while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") {
      end += 1
    }
    let lineText = String(decoding: bytes[start..<end], as: UTF8.self)
    let prefixEnd = min(start + column - 1, end)
    let prefix = String(decoding: bytes[start..<prefixEnd], as: UTF8.self)
    let pad = prefix.map { $0 == "\t" ? "\t" : " " }.joined()
    let width = max(
      1, String(decoding: bytes[prefixEnd..<min(range.end, end)], as: UTF8.self).count)
    return lineText + "\n" + pad + "^" + String(repeating: "~", count: width - 1)
  }
}
