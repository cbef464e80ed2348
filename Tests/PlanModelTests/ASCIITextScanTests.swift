import PlanModel
import Testing

/// The eight-bytes-at-a-time scans agree with a byte-by-byte search at every start offset,
/// whatever the alignment, the match position or the bytes around it.
struct ASCIITextScanTests {
  /// Deterministic pseudo-random bytes drawn from `alphabet`.
  static func bytes(_ count: Int, seed: UInt64, alphabet: [UInt8]) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return alphabet[Int(state >> 33) % alphabet.count]
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5])
  func firstIndexMatchesAByteSearch(seed: UInt64) {
    // Mostly plain text with the searched bytes rare, and bytes one away from them (0x2B and
    // 0x2D beside ',', 0x0B beside '\n'), which a wrong bit trick would confuse.
    let alphabet =
      Array("abcdefghij klmnop".utf8) + [0x2B, 0x2D, 0x0B, 0x0C, 0xC3, 0xA9, 0x00, 0xFF]
    let text = ASCIITextScanTests.bytes(700, seed: seed, alphabet: alphabet + [0x2C, 0x0A, 0x0D])
    text.withUnsafeBufferPointer { buffer in
      for start in 0...buffer.count {
        let expected =
          buffer[start...].firstIndex { $0 == 0x2C || $0 == 0x0A || $0 == 0x0D } ?? buffer.count
        let found = ASCIIText.firstIndex(of: 0x2C, 0x0A, 0x0D, in: buffer, from: start)
        if found != expected {
          Issue.record("from \(start): found \(found), expected \(expected)")
          return
        }
      }
    }
  }

  @Test func firstIndexFindsEveryPositionInAWord() {
    for position in 0..<20 {
      var text = [UInt8](repeating: UInt8(ascii: "x"), count: 20)
      text[position] = UInt8(ascii: "\"")
      let found = text.withUnsafeBufferPointer {
        ASCIIText.firstIndex(of: 0x22, 0x0A, 0x0D, in: $0, from: 0)
      }
      #expect(found == position)
    }
    let none = [UInt8](repeating: 0x41, count: 19).withUnsafeBufferPointer {
      ASCIIText.firstIndex(of: 0x22, 0x0A, 0x0D, in: $0, from: 3)
    }
    #expect(none == 19)
  }

  @Test(arguments: [7, 8, 9])
  func firstNonASCIIMatchesAByteSearch(seed: UInt64) {
    let alphabet = Array("plain text, 0123456789".utf8) + [0x7F]
    var text = ASCIITextScanTests.bytes(300, seed: seed, alphabet: alphabet)
    for offset in stride(from: Int(seed) * 3, to: text.count, by: 37) { text[offset] = 0xC3 }
    text.withUnsafeBufferPointer { buffer in
      for start in 0...buffer.count {
        let expected = buffer[start...].firstIndex { $0 >= 0x80 } ?? buffer.count
        #expect(ASCIIText.firstNonASCII(in: buffer, from: start) == expected)
      }
    }
  }
}
