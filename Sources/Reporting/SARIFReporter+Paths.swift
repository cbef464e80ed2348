import JSONSyntax

/// Paths and names in the forms SARIF consumers expect.
extension SARIFReporter {
  /// An `artifactLocation`: a URI, relative to `uriBaseId` when there is one.
  struct ArtifactLocation {
    var uri: String
    var uriBaseId: String?
  }

  /// Unreserved characters and the path delimiters that need no escaping in a URI path.
  /// `:` is left out so a relative path can never be read as a URI scheme.
  private static let allowed: Set<UInt8> = Set(
    Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=@".utf8))

  /// A relative file reference (against `%SRCROOT%`), or a `file://` URI for an absolute path.
  static func artifact(_ file: String) -> ArtifactLocation {
    // Most paths have no backslash; only those pay for the per-character rewrite.
    var path = file.utf8.contains(UInt8(ascii: "\\")) ? file.replacingBackslashes() : file
    while path.hasPrefix("./") { path.removeFirst(2) }
    if path.hasPrefix("/") {
      return ArtifactLocation(uri: "file://" + percentEncoded(path))
    }
    return ArtifactLocation(uri: percentEncoded(path), uriBaseId: baseID)
  }

  static func writeArtifact(_ file: String, to json: inout JSONStreamWriter) {
    let artifact = artifact(file)
    json.field("uri", artifact.uri)
    json.field("uriBaseId", ifPresent: artifact.uriBaseId)
  }

  /// UTF-8 percent-encoding of everything outside `allowed`.
  static func percentEncoded(_ path: String) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(path.utf8.count)
    for byte in path.utf8 {
      if allowed.contains(byte) {
        result.append(byte)
      } else {
        result.append(UInt8(ascii: "%"))
        result.append(hexDigit(byte >> 4))
        result.append(hexDigit(byte & 0x0F))
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Uppercase hex digit of a value below 16, as RFC 3986 recommends.
  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
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
