/// Writes a ZIP archive of stored (uncompressed) entries: how the fuzz targets and their corpus
/// replay wrap a fuzzed XML part into a document, so mutations reach the part's reader rather
/// than stopping at the archive's checksums.
package enum StoredZipWriter {
  package static func archive(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    for entry in entries {
      let offset = UInt32(truncatingIfNeeded: out.count)
      let name = Array(entry.name.utf8)
      let crc = entry.data.withUnsafeBufferPointer { CRC32.checksum($0) }
      let size = UInt32(truncatingIfNeeded: entry.data.count)
      let nameLength = UInt16(truncatingIfNeeded: name.count)
      out += le(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
      out += le(crc) + le(size) + le(size) + le16(nameLength) + le16(0) + name + entry.data
      central += le(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
      central += le(crc) + le(size) + le(size) + le16(nameLength) + le16(0) + le16(0) + le16(0)
      central += le16(0) + le(0) + le(offset) + name
    }
    let count = UInt16(truncatingIfNeeded: entries.count)
    let directory = UInt32(truncatingIfNeeded: out.count)
    out += central
    out += le(0x0605_4B50) + le16(0) + le16(0) + le16(count) + le16(count)
    out += le(UInt32(truncatingIfNeeded: central.count)) + le(directory) + le16(0)
    return out
  }

  private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }

  private static func le(_ value: UInt32) -> [UInt8] {
    le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16))
  }
}
