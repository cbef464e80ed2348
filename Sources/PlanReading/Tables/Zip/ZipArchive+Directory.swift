/// Reading the end record, the central directory and local headers.
extension ZipArchive {
  /// Where the central directory is, as the end record gives it.
  struct End {
    var entryCount: Int
    var directoryOffset: Int
    var directorySize: Int
  }

  /// The last end record whose directory fits before it, searching back at most the largest
  /// comment a ZIP can hold.
  func findEnd() throws(PackageError) -> End {
    let count = bytes.count
    guard count >= Self.endRecordSize else { throw .notAnArchive }
    let lowest = max(0, count - Self.endRecordSize - Self.maxCommentBytes)
    var offset = count - Self.endRecordSize
    while offset >= lowest {
      if bytes[offset] == 0x50, u32(offset) == Self.endSignature {
        if let end = try endRecord(at: offset) { return end }
      }
      offset -= 1
    }
    throw .notAnArchive
  }

  /// The end record at `offset`, or nil when its directory does not fit (a signature-like
  /// run of bytes inside a comment or an entry).
  private func endRecord(at offset: Int) throws(PackageError) -> End? {
    let disk = u16(offset + 4)
    let directoryDisk = u16(offset + 6)
    let onDisk = Int(u16(offset + 8))
    let total = Int(u16(offset + 10))
    let size = Int(u32(offset + 12))
    let start = Int(u32(offset + 16))
    if total == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF {
      throw .unsupportedArchive("a ZIP64 archive (over 65,535 entries or 4 GB)")
    }
    guard start + size <= offset else { return nil }
    guard disk == 0, directoryDisk == 0, onDisk == total else {
      throw .unsupportedArchive("a split (multi-disk) archive")
    }
    guard total <= limits.maxEntries else {
      throw .limitExceeded(
        "has \(total) entries, over the limit of \(limits.maxEntries) for a workbook")
    }
    return End(entryCount: total, directoryOffset: start, directorySize: size)
  }

  /// Reads every central directory header into `entries`.
  mutating func readDirectory(_ end: End) throws(PackageError) {
    var offset = end.directoryOffset
    let limit = end.directoryOffset + end.directorySize
    entries.reserveCapacity(end.entryCount)
    for _ in 0..<end.entryCount {
      guard offset + Self.centralHeaderSize <= limit, u32(offset) == Self.centralSignature else {
        throw .corruptArchive("central directory entry \(entries.count + 1) is missing")
      }
      let nameLength = Int(u16(offset + 28))
      let extraLength = Int(u16(offset + 30))
      let commentLength = Int(u16(offset + 32))
      let next = offset + Self.centralHeaderSize + nameLength + extraLength + commentLength
      guard next <= limit else {
        throw .corruptArchive("central directory entry \(entries.count + 1) is truncated")
      }
      let nameStart = offset + Self.centralHeaderSize
      var entry = ZipEntry(
        name: String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self),
        method: u16(offset + 10), flags: u16(offset + 8), crc: u32(offset + 16),
        compressedSize: Int(u32(offset + 20)), uncompressedSize: Int(u32(offset + 24)),
        localHeaderOffset: Int(u32(offset + 42)))
      try applyZIP64(
        &entry, extra: (nameStart + nameLength)..<(nameStart + nameLength + extraLength))
      guard entry.compressedSize <= bytes.count, entry.localHeaderOffset < end.directoryOffset
      else {
        throw .corruptArchive("'\(entry.name)' lies outside the archive")
      }
      if index[Self.key(entry.name)] == nil { index[Self.key(entry.name)] = entries.count }
      entries.append(entry)
      offset = next
    }
  }

  /// Replaces saturated 32-bit sizes and offset with the ZIP64 extra field's 64-bit values.
  private func applyZIP64(_ entry: inout ZipEntry, extra: Range<Int>) throws(PackageError) {
    let saturated = 0xFFFF_FFFF
    guard
      entry.uncompressedSize == saturated || entry.compressedSize == saturated
        || entry.localHeaderOffset == saturated
    else { return }
    var field = extra.lowerBound
    while field + 4 <= extra.upperBound {
      let tag = u16(field)
      let size = Int(u16(field + 2))
      let body = field + 4
      guard body + size <= extra.upperBound else { break }
      if tag == 0x0001 {
        var cursor = body
        func next() throws(PackageError) -> Int {
          guard cursor + 8 <= body + size else {
            throw .corruptArchive("ZIP64 field of '\(entry.name)' is too short")
          }
          let value = u64(cursor)
          cursor += 8
          // Anything past Int.max is certainly past the end of the archive.
          return value > UInt64(Int.max) ? Int.max : Int(value)
        }
        if entry.uncompressedSize == saturated { entry.uncompressedSize = try next() }
        if entry.compressedSize == saturated { entry.compressedSize = try next() }
        if entry.localHeaderOffset == saturated { entry.localHeaderOffset = try next() }
        return
      }
      field = body + size
    }
    throw .corruptArchive("'\(entry.name)' has 32-bit sizes saturated but no ZIP64 field")
  }

  /// Offset of the entry's data, after its local header; the data must fit in the archive.
  func dataStart(of entry: ZipEntry) throws(PackageError) -> Int {
    let offset = entry.localHeaderOffset
    guard offset + Self.localHeaderSize <= bytes.count, u32(offset) == Self.localSignature else {
      throw .corruptArchive("the local header of '\(entry.name)' is missing")
    }
    let start = offset + Self.localHeaderSize + Int(u16(offset + 26)) + Int(u16(offset + 28))
    guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
      throw .corruptArchive("'\(entry.name)' is truncated")
    }
    return start
  }

  // MARK: Little-endian fields (callers check bounds)

  func u16(_ offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  func u32(_ offset: Int) -> UInt32 {
    UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16
  }

  func u64(_ offset: Int) -> UInt64 {
    UInt64(u32(offset)) | UInt64(u32(offset + 4)) << 32
  }
}
