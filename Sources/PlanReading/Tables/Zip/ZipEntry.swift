/// One file in a ZIP archive, as its central directory describes it.
struct ZipEntry: Sendable, Equatable {
  var name: String
  /// 0 = stored, 8 = deflate; anything else is refused when extracted.
  var method: UInt16
  var flags: UInt16
  var crc: UInt32
  var compressedSize: Int
  var uncompressedSize: Int
  /// Offset of the entry's local file header.
  var localHeaderOffset: Int

  var isEncrypted: Bool { flags & 0x0001 != 0 || flags & 0x0040 != 0 }
}
