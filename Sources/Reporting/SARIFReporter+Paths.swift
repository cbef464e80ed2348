/// Paths and names in the forms SARIF consumers expect.
extension SARIFReporter {
  /// Unreserved characters and the path delimiters that need no escaping in a URI path.
  /// `:` is left out so a relative path can never be read as a URI scheme.
  private static let allowed: Set<UInt8> = Set(
    Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=@".utf8))

  /// A relative file reference (against `%SRCROOT%`), or a `file://` URI for an absolute path.
  static func artifact(_ file: String) -> ArtifactLocation {
    var path = file.replacingBackslashes()
    while path.hasPrefix("./") { path.removeFirst(2) }
    if path.hasPrefix("/") {
      return ArtifactLocation(uri: "file://" + percentEncoded(path))
    }
    return ArtifactLocation(uri: percentEncoded(path), uriBaseId: baseID)
  }

  /// UTF-8 percent-encoding of everything outside `allowed`.
  static func percentEncoded(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      if allowed.contains(byte) {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        result += byte < 16 ? "%0" + hex : "%" + hex
      }
    }
    return result
  }

  /// `missing-lead` -> `MissingLead`, the rule's `name` in SARIF.
  static func pascalCase(_ id: String) -> String {
    id.split { !$0.isLetter && !$0.isNumber }.map { word in
      word.prefix(1).uppercased() + word.dropFirst()
    }.joined()
  }
}

extension String {
  fileprivate func replacingBackslashes() -> String {
    String(map { $0 == "\\" ? "/" : $0 })
  }
}
