/// Writes DEFLATE blocks bit by bit, for streams zlib would never produce (codes of chosen
/// lengths, deliberately invalid matches).
enum HandmadeDeflate {
  struct BitWriter {
    var bytes: [UInt8] = []
    var bit = 0

    /// Appends `count` bits of `value`, lowest first (DEFLATE's order for header fields).
    mutating func write(_ value: Int, bits count: Int) {
      for index in 0..<count {
        if bit == 0 { bytes.append(0) }
        if (value >> index) & 1 == 1 { bytes[bytes.count - 1] |= UInt8(1 << bit) }
        bit = (bit + 1) % 8
      }
    }

    /// Appends a Huffman code, most significant bit first.
    mutating func write(code: Int, length: Int) {
      for index in stride(from: length - 1, through: 0, by: -1) {
        write((code >> index) & 1, bits: 1)
      }
    }
  }

  /// Canonical codes (RFC 1951 §3.2.2) for the given lengths.
  static func codes(_ lengths: [UInt8]) -> [Int] {
    var counts = [Int](repeating: 0, count: 16)
    for length in lengths where length > 0 { counts[Int(length)] += 1 }
    var next = [Int](repeating: 0, count: 16)
    var code = 0
    for length in 1..<16 {
      code = (code + counts[length - 1]) << 1
      next[length] = code
    }
    return lengths.map { length in
      guard length > 0 else { return 0 }
      defer { next[Int(length)] += 1 }
      return next[Int(length)]
    }
  }

  /// One final dynamic block of literals only: the given literal lengths, one distance code,
  /// and a code-length code giving each length 0...15 four bits.
  static func dynamicBlock(literalLengths: [UInt8], symbols: [Int]) -> [UInt8] {
    var writer = BitWriter()
    writer.write(1, bits: 1)
    writer.write(2, bits: 2)
    writer.write(literalLengths.count - 257, bits: 5)
    writer.write(0, bits: 5)  // one distance code
    writer.write(19 - 4, bits: 4)
    let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    for symbol in order { writer.write(symbol < 16 ? 4 : 0, bits: 3) }
    var codeLengthLengths = [UInt8](repeating: 4, count: 16)
    codeLengthLengths += [0, 0, 0]
    let codeLengthCodes = codes(codeLengthLengths)
    for length in literalLengths + [1] {
      writer.write(code: codeLengthCodes[Int(length)], length: 4)
    }
    let literalCodes = codes(literalLengths)
    for symbol in symbols {
      writer.write(code: literalCodes[symbol], length: Int(literalLengths[symbol]))
    }
    return writer.bytes
  }

  /// One final fixed-Huffman block of literal/length symbols; a length symbol is followed by
  /// distance code `distance` (no extra bits are written, so use lengths 257-264).
  static func fixedBlock(_ symbols: [Int], distance: Int) -> [UInt8] {
    var writer = BitWriter()
    writer.write(1, bits: 1)
    writer.write(1, bits: 2)
    for symbol in symbols + [256] {
      switch symbol {
      case 0...143: writer.write(code: 0x30 + symbol, length: 8)
      case 144...255: writer.write(code: 0x190 + symbol - 144, length: 9)
      case 256...279: writer.write(code: symbol - 256, length: 7)
      default: writer.write(code: 0xC0 + symbol - 280, length: 8)
      }
      if symbol > 256 { writer.write(code: distance, length: 5) }
    }
    return writer.bytes
  }
}
