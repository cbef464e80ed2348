extension Milestone {
  /// How findings name the milestone after its action: its first eight words.
  package var name: String { Milestone.leadingWords(text) }

  /// The first `count` white-space-separated words of `text`, joined by single spaces (split
  /// on bytes, as `split(whereSeparator: \.isWhitespace)` splits).
  package static func leadingWords(_ text: String, count: Int = 8) -> String {
    var text = text
    return text.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(min(bytes.count, 120))
      var words = 0
      var index = 0
      var inWord = false
      while index < bytes.count {
        let space = ASCIIText.whitespaceLength(bytes, at: index)
        if space > 0 {
          if inWord {
            words += 1
            if words == count { break }
          }
          inWord = false
          index += space
          continue
        }
        if !inWord, words > 0 { out.append(0x20) }
        inWord = true
        let length = bytes[index] < 0x80 ? 1 : ASCIIText.scalar(bytes, at: index)?.1 ?? 1
        let end = min(index + length, bytes.count)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        index = end
      }
      return String(decoding: out, as: UTF8.self)
    }
  }
}
