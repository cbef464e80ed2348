/// A DEFLATE (RFC 1951) decoder for ZIP entries: stored, fixed-Huffman and dynamic-Huffman
/// blocks, writing into a buffer of exactly the entry's declared size.
///
/// Safe on hostile input: output past `expectedSize` is an error (a zip bomb cannot grow
/// memory), every loop either writes output, consumes input bits, or stops, and reading past the
/// end of the input is detected (`BitReader.overrun`) rather than looping on invented zeros.
struct Inflater {
  var reader: BitReader
  private let output: UnsafeMutableBufferPointer<UInt8>
  private var produced = 0

  private init(input: UnsafeBufferPointer<UInt8>, output: UnsafeMutableBufferPointer<UInt8>) {
    reader = BitReader(input)
    self.output = output
  }

  /// Inflates `input`, which must decode to exactly `expectedSize` bytes.
  static func inflate(_ input: UnsafeBufferPointer<UInt8>, expectedSize: Int)
    throws(InflateError) -> [UInt8]
  {
    var failure: InflateError?
    let result = [UInt8](unsafeUninitializedCapacity: expectedSize) { buffer, count in
      var inflater = Inflater(input: input, output: buffer)
      do throws(InflateError) {
        try inflater.run()
        count = inflater.produced
      } catch {
        failure = error
        count = 0
      }
    }
    if let failure { throw failure }
    guard result.count == expectedSize else {
      throw .tooLittleOutput(expected: expectedSize, actual: result.count)
    }
    return result
  }

  private mutating func run() throws(InflateError) {
    var final = false
    while !final {
      final = reader.bits(1) == 1
      switch reader.bits(2) {
      case 0: try storedBlock()
      case 1: try codes(literals: Self.fixedLiterals, distances: Self.fixedDistances)
      case 2:
        let (literals, distances) = try dynamicTables()
        try codes(literals: literals, distances: distances)
      default: throw .invalidBlockType
      }
      guard !reader.overrun else { throw .truncated }
    }
  }

  private mutating func storedBlock() throws(InflateError) {
    let start = try reader.alignToByte()
    let input = reader.input
    guard start + 4 <= input.count else { throw .truncated }
    let length = Int(input[start]) | Int(input[start + 1]) << 8
    let check = Int(input[start + 2]) | Int(input[start + 3]) << 8
    guard length == ~check & 0xFFFF else { throw .storedLengthMismatch }
    let from = start + 4
    guard length <= input.count - from else { throw .truncated }
    guard length <= output.count - produced else { throw .tooMuchOutput(expected: output.count) }
    for offset in 0..<length { output[produced + offset] = input[from + offset] }
    produced += length
    reader.resume(at: from + length)
  }

  /// Decodes literal/length and distance symbols until the end-of-block symbol.
  private mutating func codes(literals: HuffmanTable, distances: HuffmanTable)
    throws(InflateError)
  {
    let limit = output.count
    while true {
      guard !reader.overrun else { throw .truncated }
      let symbol = try literals.decode(&reader)
      if symbol < 256 {
        guard produced < limit else { throw .tooMuchOutput(expected: limit) }
        output[produced] = UInt8(truncatingIfNeeded: symbol)
        produced += 1
        continue
      }
      if symbol == 256 { return }
      let lengthCode = symbol - 257
      guard lengthCode < 29 else { throw .invalidSymbol }
      let length = Self.lengthBase[lengthCode] + reader.bits(Self.lengthExtra[lengthCode])
      let distanceCode = try distances.decode(&reader)
      guard distanceCode < 30 else { throw .invalidSymbol }
      let distance = Self.distanceBase[distanceCode] + reader.bits(Self.distanceExtra[distanceCode])
      guard distance <= produced else { throw .distanceTooFar }
      guard length <= limit - produced else { throw .tooMuchOutput(expected: limit) }
      // Byte by byte on purpose: a match may overlap the bytes it produces (run-length).
      var from = produced - distance
      let end = produced + length
      while produced < end {
        output[produced] = output[from]
        produced += 1
        from += 1
      }
    }
  }
}
