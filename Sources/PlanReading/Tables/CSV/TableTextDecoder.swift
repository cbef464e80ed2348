import PlanModel

/// Turns the bytes of a table file into UTF-8, whatever the spreadsheet saved.
///
/// Handles UTF-8 with or without BOM, UTF-16 LE/BE (with BOM, or sniffed from NUL patterns),
/// and Windows-1252 (any invalid UTF-8), which is decoded with an info notice. Refuses empty
/// and binary files with an error rather than producing a table of garbage.
enum TableTextDecoder {
  /// UTF-8 bytes ready to tokenize, or the diagnostic that makes the file unreadable.
  struct Decoded {
    var bytes: [UInt8]
    var notices: [Diagnostic] = []
  }

  static func decode(_ input: [UInt8], file: String) -> Result<Decoded, Diagnostic> {
    let start = SourceSpan(file: file, line: 1, column: 1)
    var bytes: [UInt8]
    switch encoding(of: input) {
    case .utf8(let bomLength):
      // Without a BOM the input is used as is: no copy of a large file.
      bytes = bomLength == 0 ? input : Array(input.dropFirst(bomLength))
    case .utf16(let bigEndian, let bomLength):
      bytes = UTF16Transcoder.utf8(from: input, skipping: bomLength, bigEndian: bigEndian)
    }
    if bytes.allSatisfy(isBlank) {
      return .failure(Diagnostic(code: "csv-empty", message: "empty file", span: start))
    }
    if let reason = binaryReason(bytes) {
      return .failure(
        Diagnostic(
          code: "csv-binary", message: "not a text table (\(reason)); export it as CSV or TSV",
          span: start))
    }
    var decoded = Decoded(bytes: bytes)
    if !UTF8Encoding.isValid(bytes) {
      decoded.bytes = Windows1252.utf8(from: bytes)
      decoded.notices.append(
        Diagnostic(
          code: "csv-windows-1252", severity: .info,
          message: "decoded as Windows-1252; save as UTF-8 to silence this", span: start))
    }
    return .success(decoded)
  }

  private enum Encoding {
    case utf8(bomLength: Int)
    case utf16(bigEndian: Bool, bomLength: Int)
  }

  private static func encoding(of bytes: [UInt8]) -> Encoding {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8(bomLength: 3) }
    if bytes.starts(with: [0xFF, 0xFE]) { return .utf16(bigEndian: false, bomLength: 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return .utf16(bigEndian: true, bomLength: 2) }
    return sniffUTF16(bytes) ?? .utf8(bomLength: 0)
  }

  /// BOM-less UTF-16 of mostly ASCII text has a NUL in every other byte.
  private static func sniffUTF16(_ bytes: [UInt8]) -> Encoding? {
    let sample = bytes.prefix(512)
    guard sample.count >= 8 else { return nil }
    var evenNul = 0
    var oddNul = 0
    for (offset, byte) in sample.enumerated() where byte == 0 {
      if offset % 2 == 0 { evenNul += 1 } else { oddNul += 1 }
    }
    let half = sample.count / 2
    if oddNul * 10 >= half * 9, evenNul == 0 { return .utf16(bigEndian: false, bomLength: 0) }
    if evenNul * 10 >= half * 9, oddNul == 0 { return .utf16(bigEndian: true, bomLength: 0) }
    return nil
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// Why the bytes look binary, or nil: a known container signature, or more than 5% control
  /// bytes (NUL and the C0 controls other than tab, newlines, form feed and escape) in the first
  /// 64 KiB, and at least 8 of them. A stray NUL in a text export stays text.
  private static func binaryReason(_ bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "looks like a ZIP or XLSX workbook" }
    if bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) { return "looks like a PDF" }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "looks like a legacy Office file" }
    let sample = bytes.prefix(65_536)
    var control = 0
    for byte in sample where byte < 0x20 || byte == 0x7F {
      switch byte {
      case 0x09, 0x0A, 0x0C, 0x0D, 0x1B: continue
      default: control += 1
      }
    }
    return control >= 8 && control * 20 > sample.count ? "binary content" : nil
  }
}
