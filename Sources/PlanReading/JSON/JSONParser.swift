import PlanModel

/// Strict RFC 8259 JSON parser over bytes that records the line and column of every value and
/// every object key.
///
/// - Columns are 1-based and count UTF-8 bytes, so they match what compilers and editors
///   such as Vim and VS Code's "column (bytes)" show, and stay cheap to compute.
/// - Rejected: trailing commas, comments, NaN/Infinity, leading zeros, control characters in
///   strings, invalid UTF-8 in strings, duplicate keys, and lone surrogates in `\u` escapes
///   (an error, not U+FFFD: a plan file with broken escapes was not written by a JSON tool
///   and should be fixed rather than silently altered).
/// - Accepted: a leading UTF-8 byte order mark (column 1 is the byte after it).
/// - Nesting deeper than `maxDepth` is an error; the parser keeps its own stack, so no input
///   can overflow the thread's stack.
package enum JSONParser {
  /// Deep enough for any plan, shallow enough that recursive consumers (`==`, deinit) are safe.
  package static let defaultMaxDepth = 512

  /// Parses a whole document. Errors are diagnostics with code `json-syntax`, `file` and the
  /// position where the input stopped making sense.
  package static func parse(
    _ bytes: [UInt8], file: String, maxDepth: Int = defaultMaxDepth
  ) -> Result<JSONValue, Diagnostic> {
    let depth = min(max(maxDepth, 1), 4096)
    let result = bytes.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer: buffer, maxDepth: depth)
      return scanner.parseDocument()
    }
    return result.mapError { error in
      Diagnostic(
        code: "json-syntax", message: error.message,
        span: SourceSpan(file: file, line: error.line, column: error.column))
    }
  }
}

/// Where and why parsing stopped; turned into a `Diagnostic` at the API boundary.
struct JSONSyntaxError: Error, Sendable {
  var message: String
  var line: Int
  var column: Int
}
