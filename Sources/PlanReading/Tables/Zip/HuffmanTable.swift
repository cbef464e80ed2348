/// A canonical Huffman code (RFC 1951 §3.2.2) ready for decoding.
///
/// Codes up to `fastBits` long decode with one look-up of the next `fastBits` input bits
/// (bit-reversed, as DEFLATE packs codes); the rare longer codes fall back to walking the
/// canonical code one bit at a time over `counts` and `symbols`.
struct HuffmanTable: Sendable {
  static let fastBits = 10
  static let maxBits = 15

  /// Indexed by the next `fastBits` bits: `symbol << 4 | length`, or 0 for "longer code".
  private(set) var fast: [UInt16]
  /// Codes of each length, 0...15 (index 0 unused).
  private(set) var counts: [Int]
  /// Symbols in canonical order: by code length, then by symbol value.
  private(set) var symbols: [UInt16]

  /// Builds the code from each symbol's code length (0 = unused). Over-subscribed lengths are
  /// an error; incomplete codes are allowed (a lone distance code is legal) and any unused bit
  /// pattern fails when met.
  init(lengths: ArraySlice<UInt8>) throws(InflateError) {
    var counts = [Int](repeating: 0, count: Self.maxBits + 1)
    for length in lengths {
      guard length <= Self.maxBits else { throw .invalidCodeLengths("code longer than 15 bits") }
      counts[Int(length)] += 1
    }
    counts[0] = 0
    var left = 1
    for length in 1...Self.maxBits {
      left = (left << 1) - counts[length]
      guard left >= 0 else { throw .invalidCodeLengths("over-subscribed code") }
    }
    var offsets = [Int](repeating: 0, count: Self.maxBits + 2)
    var nextCode = [Int](repeating: 0, count: Self.maxBits + 1)
    var code = 0
    for length in 1...Self.maxBits {
      offsets[length + 1] = offsets[length] + counts[length]
      code = (code + counts[length - 1]) << 1
      nextCode[length] = code
    }
    var symbols = [UInt16](repeating: 0, count: offsets[Self.maxBits + 1])
    var fast = [UInt16](repeating: 0, count: 1 << Self.fastBits)
    for (symbol, length) in zip(0..., lengths) where length > 0 {
      let length = Int(length)
      symbols[offsets[length]] = UInt16(symbol)
      offsets[length] += 1
      guard length <= Self.fastBits else { continue }
      let entry = UInt16(symbol << 4 | length)
      var slot = Self.reversed(nextCode[length], bits: length)
      nextCode[length] += 1
      while slot < fast.count {
        fast[slot] = entry
        slot += 1 << length
      }
    }
    self.fast = fast
    self.counts = counts
    self.symbols = symbols
  }

  init(lengths: [UInt8]) throws(InflateError) { try self.init(lengths: lengths[...]) }

  /// A code with no symbols: every bit pattern fails to decode.
  static let empty = HuffmanTable(
    fast: [UInt16](repeating: 0, count: 1 << fastBits),
    counts: [Int](repeating: 0, count: maxBits + 1), symbols: [])

  private init(fast: [UInt16], counts: [Int], symbols: [UInt16]) {
    self.fast = fast
    self.counts = counts
    self.symbols = symbols
  }

  /// Decodes one symbol from `reader`.
  @inline(__always)
  func decode(_ reader: inout BitReader) throws(InflateError) -> Int {
    reader.refill()
    let entry = Int(fast[reader.peek(Self.fastBits)])
    if entry != 0 {
      reader.drop(entry & 15)
      return entry >> 4
    }
    return try decodeLong(&reader)
  }

  /// Walks the canonical code bit by bit (as zlib's puff does) for codes past the fast table.
  private func decodeLong(_ reader: inout BitReader) throws(InflateError) -> Int {
    var bits = reader.buffer
    var code = 0
    var first = 0
    var index = 0
    for length in 1...Self.maxBits {
      code |= Int(bits & 1)
      bits >>= 1
      let count = counts[length]
      let offset = code - first
      if offset < count {
        // A canonical code never walks below `first`; the guard only keeps hostile tables safe.
        guard offset >= 0 else { throw .invalidSymbol }
        reader.drop(length)
        return Int(symbols[index + offset])
      }
      index += count
      first = (first + count) << 1
      code <<= 1
    }
    throw .invalidSymbol
  }

  private static func reversed(_ code: Int, bits: Int) -> Int {
    var code = code
    var result = 0
    for _ in 0..<bits {
      result = result << 1 | code & 1
      code >>= 1
    }
    return result
  }
}
