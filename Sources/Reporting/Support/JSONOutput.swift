import Foundation

/// The one JSON encoding every JSON-based format uses: sorted keys, pretty printed,
/// slashes unescaped, so output is byte-for-byte reproducible and diffs well.
package enum JSONOutput {
  package static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8)
    else {
      // Only non-finite doubles can fail here, and the documents hold none.
      return "{}\n"
    }
    return text + "\n"
  }
}
