import JSONSyntax

/// The one JSON encoding every JSON-based format uses: sorted keys, pretty printed,
/// slashes unescaped, so output is byte-for-byte reproducible and diffs well.
package enum JSONOutput {
  package static func encode(_ value: some Encodable) -> String {
    JSONValueEncoder.text(value)
  }
}
