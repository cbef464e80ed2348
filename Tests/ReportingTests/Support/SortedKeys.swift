/// Finds object keys out of order in pretty-printed JSON (one member per line, 2-space
/// indent), the layout JSON and SARIF output use: documents are written key by key, so this
/// is what keeps them sorted as the schema documents promise.
enum SortedKeys {
  /// Descriptions of keys that do not sort after the key before them in the same object.
  static func problems(in text: String) -> [String] {
    var previous: [Int: String] = [:]
    var problems: [String] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let indent = line.prefix { $0 == " " }.count
      let body = line.dropFirst(indent)
      // A container opening or closing starts a new object for deeper lines.
      if body.hasPrefix("}") || body.hasPrefix("]") || body.hasSuffix("{") || body.hasSuffix("[") {
        previous = previous.filter { $0.key <= indent }
      }
      guard let key = key(of: body) else { continue }
      if let before = previous[indent], !before.utf8.lexicographicallyPrecedes(key.utf8) {
        problems.append("line \(number + 1): '\(key)' after '\(before)'")
      }
      previous[indent] = key
    }
    return problems
  }

  /// The key of a `"key": value` line, undecoded; nil for other lines.
  private static func key(of body: Substring) -> String? {
    guard body.first == "\"" else { return nil }
    var escaped = false
    for index in body.indices.dropFirst() {
      let character = body[index]
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "\"" {
        let rest = body[body.index(after: index)...]
        return rest.hasPrefix(": ") ? String(body[body.index(after: body.startIndex)..<index]) : nil
      }
    }
    return nil
  }
}
