/// Dynamic block headers and the fixed tables of RFC 1951 §3.2.5-3.2.7.
extension Inflater {
  /// Reads a dynamic block's code-length code, then the literal/length and distance codes.
  mutating func dynamicTables() throws(InflateError) -> (HuffmanTable, HuffmanTable) {
    let literalCount = reader.bits(5) + 257
    let distanceCount = reader.bits(5) + 1
    let codeLengthCount = reader.bits(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else {
      throw .invalidCodeLengths("too many length or distance codes")
    }
    var codeLengths = [UInt8](repeating: 0, count: 19)
    for index in 0..<codeLengthCount {
      codeLengths[Self.codeLengthOrder[index]] = UInt8(reader.bits(3))
    }
    let codeLengthTable = try HuffmanTable(lengths: codeLengths)
    let total = literalCount + distanceCount
    var lengths = [UInt8](repeating: 0, count: total)
    var index = 0
    while index < total {
      guard !reader.overrun else { throw .truncated }
      let symbol = try codeLengthTable.decode(&reader)
      var value: UInt8 = 0
      let repeats: Int
      switch symbol {
      case 0...15:
        lengths[index] = UInt8(symbol)
        index += 1
        continue
      case 16:
        guard index > 0 else { throw .invalidCodeLengths("repeat with no previous length") }
        value = lengths[index - 1]
        repeats = 3 + reader.bits(2)
      case 17: repeats = 3 + reader.bits(3)
      case 18: repeats = 11 + reader.bits(7)
      default: throw .invalidSymbol
      }
      guard repeats <= total - index else { throw .invalidCodeLengths("repeat past the end") }
      for offset in 0..<repeats { lengths[index + offset] = value }
      index += repeats
    }
    guard lengths[256] != 0 else { throw .invalidCodeLengths("no end-of-block code") }
    return (
      try HuffmanTable(lengths: lengths[0..<literalCount]),
      try HuffmanTable(lengths: lengths[literalCount...])
    )
  }

  static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

  static let lengthBase = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  static let lengthExtra = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  static let distanceBase = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  static let distanceExtra = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
    13, 13,
  ]

  /// The fixed literal/length code: 8, 9, 7 and 8 bits for the four symbol ranges.
  static let fixedLiterals: HuffmanTable = {
    var lengths = [UInt8](repeating: 8, count: 288)
    for symbol in 144..<256 { lengths[symbol] = 9 }
    for symbol in 256..<280 { lengths[symbol] = 7 }
    // Complete by construction, so building cannot fail.
    return (try? HuffmanTable(lengths: lengths)) ?? .empty
  }()

  /// The fixed distance code: 32 five-bit codes (30 and 31 are decoded, then refused).
  static let fixedDistances: HuffmanTable =
    (try? HuffmanTable(lengths: [UInt8](repeating: 5, count: 32))) ?? .empty
}
