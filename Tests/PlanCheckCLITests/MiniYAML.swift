import Foundation

/// A reader for the YAML the integration files use (block mappings and sequences, plain and
/// quoted scalars, `|` block scalars, comments), strict about the rest: enough for a test to
/// say the files parse, without a YAML package. Throws on what it does not understand.
enum MiniYAML {
  struct Failure: Error, CustomStringConvertible {
    var line: Int
    var message: String
    var description: String { "line \(line): \(message)" }
  }

  private struct Line {
    var number: Int
    var indent: Int
    var text: String
  }

  static func parse(_ text: String) throws -> Any {
    var lines: [Line] = []
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let line = String(raw)
      if line.contains("\t") { throw Failure(line: offset + 1, message: "tab in indentation") }
      let indent = line.prefix { $0 == " " }.count
      lines.append(Line(number: offset + 1, indent: indent, text: String(line.dropFirst(indent))))
    }
    var reader = Reader(lines: lines)
    reader.skipBlank()
    guard let first = reader.current else { return [String: Any]() }
    let value = try reader.node(indent: first.indent)
    reader.skipBlank()
    if let extra = reader.current {
      throw Failure(line: extra.number, message: "unexpected indentation")
    }
    return value
  }

  private struct Reader {
    var lines: [Line]
    var index = 0

    var current: Line? { index < lines.count ? lines[index] : nil }

    mutating func skipBlank() {
      while let line = current, line.text.isEmpty || line.text.hasPrefix("#") { index += 1 }
    }

    mutating func node(indent: Int) throws -> Any {
      skipBlank()
      guard let line = current else { return "" }
      return line.text.hasPrefix("- ") || line.text == "-"
        ? try sequence(indent: indent) : try mapping(indent: indent)
    }

    mutating func sequence(indent: Int) throws -> [Any] {
      var items: [Any] = []
      while true {
        skipBlank()
        guard let line = current, line.indent == indent, line.text.hasPrefix("- ") else { break }
        let rest = String(line.text.dropFirst(2))
        if MiniYAML.splitKey(rest) != nil {
          // "- key: value": a mapping whose keys sit two columns in.
          lines[index] = Line(number: line.number, indent: indent + 2, text: rest)
          items.append(try mapping(indent: indent + 2))
        } else {
          index += 1
          items.append(try MiniYAML.scalar(rest, line: line.number))
        }
      }
      return items
    }

    mutating func mapping(indent: Int) throws -> [String: Any] {
      var result: [String: Any] = [:]
      while true {
        skipBlank()
        guard let line = current, line.indent == indent else { break }
        guard let (key, value) = MiniYAML.splitKey(line.text) else {
          throw Failure(line: line.number, message: "expected 'key: value'")
        }
        if result[key] != nil { throw Failure(line: line.number, message: "duplicate '\(key)'") }
        index += 1
        if value == "|" || value == "|-" {
          result[key] = blockScalar(deeperThan: indent)
        } else if value.isEmpty {
          skipBlank()
          if let next = current,
            next.indent > indent
              || (next.indent == indent && next.text.hasPrefix("- "))
          {
            result[key] = try node(indent: next.indent)
          } else {
            result[key] = ""
          }
        } else {
          result[key] = try MiniYAML.scalar(value, line: line.number)
        }
      }
      if let line = current, line.indent > indent {
        throw Failure(line: line.number, message: "unexpected indentation")
      }
      return result
    }

    mutating func blockScalar(deeperThan indent: Int) -> String {
      var body: [Line] = []
      while let line = current, line.text.isEmpty || line.indent > indent {
        body.append(line)
        index += 1
      }
      while body.last?.text.isEmpty == true { body.removeLast() }
      let margin = body.filter { !$0.text.isEmpty }.map(\.indent).min() ?? 0
      return body.map {
        $0.text.isEmpty ? "" : String(repeating: " ", count: $0.indent - margin) + $0.text
      }.joined(separator: "\n") + "\n"
    }
  }

  /// `key: value` (value possibly empty); nil when the text is not a mapping entry.
  static func splitKey(_ text: String) -> (String, String)? {
    guard !text.hasPrefix("\""), !text.hasPrefix("'"),
      let colon = text.range(of: ": ")
        ?? (text.hasSuffix(":") ? text.range(of: ":", options: .backwards) : nil)
    else { return nil }
    let key = String(text[..<colon.lowerBound])
    guard !key.isEmpty, !key.contains(where: { " {}$[]".contains($0) }) else { return nil }
    return (key, stripComment(String(text[colon.upperBound...])))
  }

  static func stripComment(_ text: String) -> String {
    var quote: Character?
    var previous: Character = " "
    for (offset, character) in text.enumerated() {
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'", previous == " " {
        quote = character
      } else if character == "#", previous == " " {
        return String(text.prefix(offset)).trimmingCharacters(in: .whitespaces)
      }
      previous = character
    }
    return text.trimmingCharacters(in: .whitespaces)
  }

  static func scalar(_ text: String, line: Int) throws -> Any {
    let value = stripComment(text)
    for quote in ["\"", "'"] where value.hasPrefix(quote) {
      guard value.count >= 2, value.hasSuffix(quote) else {
        throw Failure(line: line, message: "unclosed quote")
      }
      return String(value.dropFirst().dropLast())
    }
    return value
  }
}
