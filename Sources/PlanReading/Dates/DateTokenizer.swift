/// Splits the UTF-8 bytes of a date cell into tokens, skipping whitespace and HTML tags.
enum DateTokenizer {
  private static let maxValue = 1_000_000_000

  static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [DateToken] {
    var tokens: [DateToken] = []
    tokens.reserveCapacity(12)
    var index = 0
    var spaced = true
    while index < bytes.count {
      let byte = bytes[index]
      if isDigit(byte) {
        index = number(bytes, from: index, spaced: spaced, into: &tokens)
      } else if isLetter(byte) {
        index = word(bytes, from: index, spaced: spaced, into: &tokens)
      } else if byte <= 32 || byte == 127 {
        index += 1
        spaced = true
        continue
      } else if byte == UInt8(ascii: "<"), let end = tagEnd(bytes, from: index) {
        index = end
        spaced = true
        continue
      } else if byte < 128 {
        tokens.append(DateToken(kind: .mark(byte), spaced: spaced))
        index += 1
      } else {
        index = nonASCII(bytes, from: index, spaced: &spaced, into: &tokens)
        continue
      }
      spaced = false
    }
    return tokens
  }

  private static func number(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, spaced: Bool,
    into tokens: inout [DateToken]
  ) -> Int {
    var index = start
    var value = 0
    while index < bytes.count, isDigit(bytes[index]) {
      value = min(value * 10 + Int(bytes[index] - 48), maxValue)
      index += 1
    }
    var token = DateToken(kind: .number, value: value, digits: index - start, spaced: spaced)
    // "31st": swallow the suffix, but not the start of a word ("3months").
    if index + 1 < bytes.count, DateWord.lookup(suffixKey(bytes, index)) == .ordinalSuffix,
      index + 2 >= bytes.count || !isLetter(bytes[index + 2])
    {
      token.ordinal = true
      index += 2
    }
    tokens.append(token)
    return index
  }

  private static func word(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, spaced: Bool,
    into tokens: inout [DateToken]
  ) -> Int {
    var index = start
    while index < bytes.count, isLetter(bytes[index]) { index += 1 }
    let meaning = DateWord.key(bytes[start..<index]).map(DateWord.lookup) ?? .other
    // "1 st October" (OCR): a lone suffix after a day number belongs to it.
    if meaning == .ordinalSuffix, let last = tokens.last, last.kind == .number,
      last.digits <= 2, !last.ordinal
    {
      tokens[tokens.count - 1].ordinal = true
      return index
    }
    tokens.append(DateToken(kind: .word(meaning), spaced: spaced))
    return index
  }

  /// Dashes (en, em, minus) become `-`, no-break spaces are spaces, anything else is `other`.
  private static func nonASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, spaced: inout Bool,
    into tokens: inout [DateToken]
  ) -> Int {
    var end = start + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    let length = end - start
    if length == 2, bytes[start] == 0xC2, bytes[start + 1] == 0xA0 {
      spaced = true
      return end
    }
    let isDash =
      length == 3
      && ((bytes[start] == 0xE2 && bytes[start + 1] == 0x80
        && (0x90...0x95).contains(bytes[start + 2]))
        || (bytes[start] == 0xE2 && bytes[start + 1] == 0x88 && bytes[start + 2] == 0x92))
    tokens.append(DateToken(kind: isDash ? .mark(UInt8(ascii: "-")) : .other, spaced: spaced))
    spaced = false
    return end
  }

  /// The index after the `>` closing an HTML tag that starts at `start`, if it looks like one.
  private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    let next = start + 1
    guard next < bytes.count, isLetter(bytes[next]) || bytes[next] == UInt8(ascii: "/") else {
      return nil
    }
    var index = next
    while index < bytes.count, index - start < 200 {
      if bytes[index] == UInt8(ascii: ">") { return index + 1 }
      index += 1
    }
    return nil
  }

  private static func suffixKey(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
    guard isLetter(bytes[index]), isLetter(bytes[index + 1]) else { return 0 }
    return DateWord.key(bytes[index..<index + 2]) ?? 0
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

  private static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= 97 && lower <= 122
  }
}
