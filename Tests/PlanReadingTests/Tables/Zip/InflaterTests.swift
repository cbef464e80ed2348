import Testing

@testable import PlanReading

/// Inflates `bytes` to `size` bytes.
func inflate(_ bytes: [UInt8], size: Int) throws(InflateError) -> [UInt8] {
  try bytes.withUnsafeBufferPointer { (buffer) throws(InflateError) in
    try Inflater.inflate(buffer, expectedSize: size)
  }
}

/// Suites of the XLSX reader, grouped so `swift test --filter XLSX` runs them all.
enum XLSXTests {}

extension XLSXTests {
  struct InflaterTests {
    struct Case: CustomTestStringConvertible, Sendable {
      var name: String
      var sample: DeflateSamples.Sample
      var testDescription: String { name }
    }

    static let samples = [
      Case(name: "fixed Huffman", sample: DeflateSamples.fixed),
      Case(name: "stored", sample: DeflateSamples.stored),
      Case(name: "multi-block dynamic with sync flushes", sample: DeflateSamples.multi),
      Case(name: "dynamic with 11-bit codes", sample: DeflateSamples.long),
    ]

    @Test(arguments: samples)
    func inflatesZlibOutput(_ example: Case) throws {
      let output = try inflate(example.sample.bytes, size: example.sample.size)
      #expect(output.count == example.sample.size)
      #expect(CRC32.checksum(output) == example.sample.crc)
    }

    @Test func fixedSampleReadsBack() throws {
      let output = try inflate(DeflateSamples.fixed.bytes, size: 29)
      #expect(String(decoding: output, as: UTF8.self) == "hello hello hello, plancheck!")
    }

    @Test func crc32MatchesTheCheckValue() {
      #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
      #expect(CRC32.checksum([UInt8]()) == 0)
      // Lengths that are not multiples of four exercise the tail of the sliced loop.
      #expect(CRC32.checksum(Array("12345678".utf8)) == 0x9AE0_DAAF)
    }

    /// A dynamic block written by hand with codes of every length 1...15, so the long-code path
    /// (past the 10-bit fast table) decodes real 15-bit codes.
    @Test func decodesFifteenBitCodes() throws {
      var literalLengths = [UInt8](repeating: 0, count: 257)
      for (offset, letter) in "abcdefghijklmno".utf8.enumerated() {
        literalLengths[Int(letter)] = UInt8(offset + 1)
      }
      literalLengths[256] = 15
      let message = Array("onmlkjihgfedcbaaao".utf8)
      let stream = HandmadeDeflate.dynamicBlock(
        literalLengths: literalLengths, symbols: message.map(Int.init) + [256])
      #expect(try inflate(stream, size: message.count) == message)
    }

    struct Broken: CustomTestStringConvertible, Sendable {
      var name: String
      var bytes: [UInt8]
      var size: Int
      var error: InflateError
      var testDescription: String { name }
    }

    @Test(arguments: [
      Broken(name: "empty input", bytes: [], size: 1, error: .truncated),
      Broken(name: "block type 3", bytes: [0x07], size: 1, error: .invalidBlockType),
      Broken(
        name: "stored length check", bytes: [0x01, 0x05, 0x00, 0x00, 0x00], size: 5,
        error: .storedLengthMismatch),
      Broken(
        name: "stored block past the end", bytes: [0x01, 0x05, 0x00, 0xFA, 0xFF, 0x41], size: 5,
        error: .truncated),
      // Fixed block: literal 'a', then length 3 at distance 2 with only one byte written.
      Broken(
        name: "distance too far", bytes: HandmadeDeflate.fixedBlock([97, 257], distance: 1),
        size: 4, error: .distanceTooFar),
      Broken(
        name: "more output than declared", bytes: DeflateSamples.fixed.bytes, size: 10,
        error: .tooMuchOutput(expected: 10)),
      Broken(
        name: "less output than declared", bytes: DeflateSamples.fixed.bytes, size: 40,
        error: .tooLittleOutput(expected: 40, actual: 29)),
    ])
    func brokenStreamsAreErrors(_ example: Broken) {
      #expect(throws: example.error) { try inflate(example.bytes, size: example.size) }
    }

    /// Every prefix of a real stream fails cleanly: no crash, no hang, no partial success.
    @Test func everyTruncationIsAnError() {
      let sample = DeflateSamples.multi
      let bytes = sample.bytes
      for cut in Array(stride(from: 0, to: bytes.count, by: 23)) + ((bytes.count - 8)..<bytes.count)
      {
        #expect(throws: InflateError.self) { try inflate(Array(bytes[..<cut]), size: sample.size) }
      }
    }

    /// Flipped bits anywhere either still inflate (then the CRC is what catches them) or fail
    /// with an error; they never crash or loop.
    @Test func corruptStreamsNeverCrash() {
      var generator = SeededGenerator(seed: 42)
      for sample in [DeflateSamples.multi, DeflateSamples.long, DeflateSamples.fixed] {
        let bytes = sample.bytes
        for _ in 0..<400 {
          var corrupt = bytes
          for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let index = Int.random(in: 0..<corrupt.count, using: &generator)
            corrupt[index] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
          }
          let output = try? inflate(corrupt, size: sample.size)
          #expect(output == nil || output?.count == sample.size)
        }
      }
    }

    @Test func randomBytesNeverCrash() {
      var generator = SeededGenerator(seed: 7)
      for length in [1, 2, 5, 64, 1000, 20_000] {
        for _ in 0..<20 {
          let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
          _ = try? inflate(bytes, size: 100_000)
        }
      }
    }
  }
}

/// SplitMix64: deterministic randomness for fuzz-style tests.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
