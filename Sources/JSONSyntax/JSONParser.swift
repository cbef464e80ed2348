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

/// An array value of the root object that `JSONParser.parse(_:file:deferring:)` skimmed
/// instead of building; `JSONParser.forEachElement` parses it one element at a time, so a plan
/// with a million inline actions never holds a million parsed objects at once.
package struct DeferredArray: Sendable {
  let start: Int
  let line: Int
  let lineStart: Int
  /// Where the array starts.
  package let position: SourcePosition
  /// How many elements the skim saw (a capacity hint; exact for valid JSON).
  package let count: Int
}

extension JSONParser {
  /// Like `parse(_:file:maxDepth:)`, but the arrays under `keys` of the root object are
  /// skimmed: the tree holds an empty array at their place, and `deferred` says where they are.
  /// With `objects`, an object under such a key is skimmed too and left as an empty object
  /// (the rule loader skips the shipped rules' examples this way; `forEachElement` reads
  /// arrays only). The skim only matches brackets; a syntax error inside such an array is
  /// reported by `forEachElement`. Either way, an error from this pair is the one `parse`
  /// would give.
  package static func parse(
    _ bytes: [UInt8], file: String, deferring keys: Set<String>, objects: Bool = false,
    maxDepth: Int = defaultMaxDepth
  ) -> Result<(root: JSONValue, deferred: [String: DeferredArray]), Diagnostic> {
    let depth = min(max(maxDepth, 1), 4096)
    let result = bytes.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer: buffer, maxDepth: depth)
      scanner.deferredKeys = keys
      scanner.deferObjects = objects
      return scanner.parseDocument().map { ($0, scanner.deferred) }
    }
    switch result {
    case .success(let parsed): return .success(parsed)
    case .failure:
      // The skim may stop somewhere else than a full parse would: ask the full parse.
      return parse(bytes, file: file, maxDepth: maxDepth).map { ($0, [:]) }
    }
  }

  /// Hands each element of a deferred array to `body`, in order; on a syntax error, returns the
  /// diagnostic `parse` gives for the whole document (elements before it were handed over).
  package static func forEachElement(
    of array: DeferredArray, in bytes: [UInt8], file: String,
    maxDepth: Int = defaultMaxDepth, _ body: (JSONValue) -> Void
  ) -> Diagnostic? {
    let depth = min(max(maxDepth, 1), 4096)
    let failed = bytes.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer: buffer, maxDepth: depth)
      scanner.index = array.start
      scanner.line = array.line
      scanner.lineStart = array.lineStart
      scanner.depthOffset = 2
      do throws(JSONSyntaxError) {
        try scanner.parseElements(body)
        return false
      } catch {
        return true
      }
    }
    guard failed else { return nil }
    switch parse(bytes, file: file, maxDepth: maxDepth) {
    case .failure(let diagnostic): return diagnostic
    case .success:
      return Diagnostic(
        code: "json-syntax", message: "the array could not be read element by element",
        span: SourceSpan(file: file, position: array.position))
    }
  }
}

/// Where and why parsing stopped; turned into a `Diagnostic` at the API boundary.
struct JSONSyntaxError: Error, Sendable {
  var message: String
  var line: Int
  var column: Int
}
