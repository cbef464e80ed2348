/// A ZIP archive held in memory (APPNOTE 6.3): its central directory, and entries extracted on
/// demand with every size, ratio and CRC checked (see `ZipLimits`).
///
/// Supports what workbook writers produce: stored and deflated entries, data descriptors, and
/// ZIP64 extra fields on entries. Refuses encryption, split archives and the ZIP64 end record,
/// which is only needed past 65,535 entries or 4 GB, both far beyond the limits anyway.
struct ZipArchive: Sendable {
  let bytes: [UInt8]
  let limits: ZipLimits
  var entries: [ZipEntry] = []
  /// Uncompressed bytes handed out so far, against `limits.maxTotalBytes`.
  private(set) var bytesExtracted = 0
  var index: [String: Int] = [:]

  static let endSignature: UInt32 = 0x0605_4B50
  static let centralSignature: UInt32 = 0x0201_4B50
  static let localSignature: UInt32 = 0x0403_4B50
  static let endRecordSize = 22
  static let centralHeaderSize = 46
  static let localHeaderSize = 30
  /// The end record's comment is at most 65,535 bytes, which bounds the backward search.
  static let maxCommentBytes = 65_535

  init(bytes: [UInt8], limits: ZipLimits = .standard) throws(PackageError) {
    self.bytes = bytes
    self.limits = limits
    let end = try findEnd()
    try readDirectory(end)
  }

  /// The entry named `name` (case-insensitive, as OPC part names are), or nil.
  func entry(named name: String) -> ZipEntry? {
    index[Self.key(name)].map { entries[$0] }
  }

  /// The entry's uncompressed bytes, checked against the limits, its size and its CRC.
  mutating func extract(_ entry: ZipEntry) throws(PackageError) -> [UInt8] {
    try checkLimits(entry)
    let start = try dataStart(of: entry)
    let output: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.uncompressedSize else {
        throw .corruptEntry(name: entry.name, reason: "stored sizes differ")
      }
      output = Array(bytes[start..<(start + entry.compressedSize)])
    case 8:
      do {
        output = try bytes.withUnsafeBufferPointer { buffer throws(InflateError) in
          let input = UnsafeBufferPointer(rebasing: buffer[start..<(start + entry.compressedSize)])
          return try Inflater.inflate(input, expectedSize: entry.uncompressedSize)
        }
      } catch {
        throw .corruptEntry(name: entry.name, reason: error.description)
      }
    default:
      throw .unsupportedArchive("compression method \(entry.method) for '\(entry.name)'")
    }
    guard CRC32.checksum(output) == entry.crc else {
      throw .corruptEntry(name: entry.name, reason: "CRC-32 mismatch")
    }
    bytesExtracted += output.count
    return output
  }

  /// Extracts the entry named `name`, or returns nil when the archive has none.
  mutating func extract(named name: String) throws(PackageError) -> [UInt8]? {
    guard let entry = entry(named: name) else { return nil }
    return try extract(entry)
  }

  static func key(_ name: String) -> String {
    var name = name.lowercased()
    if name.contains("\\") { name = name.replacing("\\", with: "/") }
    while name.hasPrefix("/") { name.removeFirst() }
    return name
  }

  // MARK: Limits

  private func checkLimits(_ entry: ZipEntry) throws(PackageError) {
    if entry.isEncrypted {
      throw .unsupportedArchive("encryption ('\(entry.name)' is password-protected)")
    }
    let size = entry.uncompressedSize
    guard size <= limits.maxEntryBytes else {
      throw .limitExceeded(
        "declares \(Self.describe(size)) for '\(entry.name)', over the "
          + "\(Self.describe(limits.maxEntryBytes)) limit for one part")
    }
    guard size <= limits.maxTotalBytes - bytesExtracted else {
      throw .limitExceeded(
        "would inflate to more than \(Self.describe(limits.maxTotalBytes)) in total")
    }
    if size > limits.ratioFloorBytes, size / max(entry.compressedSize, 1) > limits.maxRatio {
      throw .limitExceeded(
        "declares \(Self.describe(size)) for '\(entry.name)' from "
          + "\(Self.describe(entry.compressedSize)), a compression ratio over "
          + "\(limits.maxRatio):1")
    }
  }

  static func describe(_ bytes: Int) -> String {
    bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "\(bytes) bytes"
  }
}
