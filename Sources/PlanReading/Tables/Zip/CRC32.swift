/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) as ZIP stores it for every entry.
///
/// Slicing-by-4 over the bytes: four table look-ups per 32-bit word, so checking a sheet of
/// hundreds of megabytes stays a small fraction of inflating it.
enum CRC32 {
  /// The checksum of `bytes`.
  static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    var index = 0
    let count = bytes.count
    tables.withUnsafeBufferPointer { table in
      while index + 4 <= count {
        crc ^=
          UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16
          | UInt32(bytes[index + 3]) << 24
        crc =
          table[768 + Int(crc & 0xFF)] ^ table[512 + Int((crc >> 8) & 0xFF)]
          ^ table[256 + Int((crc >> 16) & 0xFF)] ^ table[Int(crc >> 24)]
        index += 4
      }
      while index < count {
        crc = table[Int((crc ^ UInt32(bytes[index])) & 0xFF)] ^ (crc >> 8)
        index += 1
      }
    }
    return ~crc
  }

  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { checksum($0) }
  }

  /// Four 256-entry tables back to back: the byte table, then each shifted by one more byte.
  private static let tables: [UInt32] = {
    var tables = [UInt32](repeating: 0, count: 1024)
    for byte in 0..<256 {
      var crc = UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
      tables[byte] = crc
    }
    for slice in 1..<4 {
      for byte in 0..<256 {
        let previous = tables[(slice - 1) * 256 + byte]
        tables[slice * 256 + byte] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
      }
    }
    return tables
  }()
}
