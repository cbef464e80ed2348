@testable import PlanReading

/// Builds small ZIP archives in tests: stored entries (or given raw deflate data), so archive
/// layouts can be written and broken on purpose without binary fixture files.
struct TestZip {
  struct Entry {
    var name: String
    var data: [UInt8]
    /// Raw DEFLATE data for `data`; nil stores it.
    var deflated: [UInt8]?
    var flags: UInt16 = 0
    /// Write the sizes and offset as ZIP64 (0xFFFFFFFF plus a ZIP64 extra field).
    var zip64 = false
  }

  var entries: [Entry] = []
  var comment: [UInt8] = []

  mutating func add(_ name: String, _ text: String) {
    entries.append(Entry(name: name, data: Array(text.utf8)))
  }

  /// The archive bytes: local headers and data, central directory, end record.
  func bytes() -> [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    for entry in entries {
      let offset = out.count
      let stored = entry.deflated ?? entry.data
      let method: UInt16 = entry.deflated == nil ? 0 : 8
      let crc = CRC32.checksum(entry.data)
      let name = Array(entry.name.utf8)
      out += le32(0x0403_4B50) + le16(20) + le16(entry.flags) + le16(method) + le16(0) + le16(0)
      out += le32(crc) + le32(UInt32(stored.count)) + le32(UInt32(entry.data.count))
      out += le16(UInt16(name.count)) + le16(0) + name + stored
      var extra: [UInt8] = []
      if entry.zip64 {
        extra =
          le16(1) + le16(24) + le64(UInt64(entry.data.count)) + le64(UInt64(stored.count))
          + le64(UInt64(offset))
      }
      let small = { (value: Int) in entry.zip64 ? UInt32.max : UInt32(value) }
      central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(entry.flags) + le16(method)
      central += le16(0) + le16(0) + le32(crc) + le32(small(stored.count))
      central += le32(small(entry.data.count)) + le16(UInt16(name.count))
      central += le16(UInt16(extra.count)) + le16(0) + le16(0) + le16(0) + le32(0)
      central += le32(small(offset)) + name + extra
    }
    let directoryOffset = out.count
    out += central
    out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count))
    out += le16(UInt16(entries.count)) + le32(UInt32(central.count))
    out += le32(UInt32(directoryOffset)) + le16(UInt16(comment.count)) + comment
    return out
  }
}

func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }
func le64(_ value: UInt64) -> [UInt8] {
  le32(UInt32(value & 0xFFFF_FFFF)) + le32(UInt32(value >> 32))
}
