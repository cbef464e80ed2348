import PlanModel

/// Word splitting and the word tests of `MilestoneScanner`, on bytes.
extension MilestoneScanner {
  /// Bullet characters that start a milestone item: • ▪ ❖ ● ■ ➢ ► ◦ ○.
  static let bullets: Set<UInt32> = [
    0x2022, 0x25AA, 0x2756, 0x25CF, 0x25A0, 0x27A2, 0x25BA, 0x25E6, 0x25CB,
  ]

  /// Splits on white space; the first word of each line or bullet item is marked (a leading
  /// `-` or `*` of an item is dropped).
  static func words(of bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
    var words: [Word] = []
    words.reserveCapacity(bytes.count / 5 + 1)
    var index = 0
    var offsetInItem = 0
    var droppedDash = false
    func newItem() {
      offsetInItem = 0
      droppedDash = false
    }
    while index < bytes.count {
      if bytes[index] >= 0x80, let (scalar, length) = ASCIIText.scalar(bytes, at: index),
        bullets.contains(scalar)
      {
        newItem()
        index += length
        continue
      }
      let newline = ASCIIText.newlineLength(bytes, at: index)
      if newline > 0 {
        newItem()
        index += newline
        continue
      }
      let space = ASCIIText.whitespaceLength(bytes, at: index)
      if space > 0 {
        index += space
        continue
      }
      let start = index
      while index < bytes.count, !endsWord(bytes, at: index) {
        index += bytes[index] < 0x80 ? 1 : max(ASCIIText.scalar(bytes, at: index)?.1 ?? 1, 1)
      }
      index = min(index, bytes.count)
      if offsetInItem == 0, !droppedDash, index - start == 1,
        bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "*")
      {
        droppedDash = true
        continue
      }
      words.append(word(bytes, start..<index, startsItem: offsetInItem == 0))
      offsetInItem += 1
    }
    return words
  }

  private static func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 { return ASCIIText.isWhitespace(byte) }
    if ASCIIText.whitespaceLength(bytes, at: index) > 0 { return true }
    guard let (scalar, _) = ASCIIText.scalar(bytes, at: index) else { return false }
    return bullets.contains(scalar) || scalar == 0x2028 || scalar == 0x2029
  }

  private static func word(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, startsItem: Bool
  )
    -> Word
  {
    var bareEnd = range.upperBound
    while bareEnd > range.lowerBound {
      let last = bytes[bareEnd - 1]
      guard
        last == UInt8(ascii: ":") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
          || last == UInt8(ascii: ".")
      else { break }
      bareEnd -= 1
    }
    let bare = range.lowerBound..<bareEnd
    var meaning = DateWord.other
    if !bare.isEmpty, bare.allSatisfy({ ASCIIText.isLetter(bytes[$0]) }),
      let key = DateWord.key(UnsafeBufferPointer(rebasing: bytes[bare]))
    {
      meaning = DateWord.lookup(key)
    }
    return Word(
      start: range.lowerBound, end: range.upperBound, bareEnd: bareEnd, startsItem: startsItem,
      meaning: meaning)
  }

  // MARK: - Word tests

  /// The word as written.
  func text(_ index: Int) -> String {
    ASCIIText.string(bytes, words[index].start..<words[index].end)
  }

  /// The words at `indices`, as written, joined by single spaces.
  func joined(_ indices: Range<Int>) -> String {
    guard let first = indices.first, let last = indices.last else { return "" }
    // Usually the words sit one space apart in the cell: then the text is one slice.
    if (first..<last).allSatisfy({
      words[$0 + 1].start - words[$0].end == 1 && bytes[words[$0].end] == 0x20
    }) {
      return ASCIIText.string(bytes, words[first].start..<words[last].end)
    }
    var out: [UInt8] = []
    for index in indices {
      if !out.isEmpty { out.append(0x20) }
      out.append(
        contentsOf: UnsafeBufferPointer(rebasing: bytes[words[index].start..<words[index].end]))
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The word's value when it is ASCII digits and nothing else (at most 1000: larger
  /// values are never a period).
  func number(_ index: Int) -> Int? {
    let word = words[index]
    var value = 0
    for offset in word.start..<word.end {
      guard ASCIIText.isDigit(bytes[offset]) else { return nil }
      value = min(value * 10 + Int(bytes[offset] - 0x30), 1000)
    }
    return value
  }

  /// "Annual", "Monthly", "Ongoing", "Bi-monthly", "On-going": a recurring or ongoing date
  /// word, alone or after a hyphenated prefix ("six-monthly"), or hyphenated whole.
  func isRecurring(_ index: Int) -> Bool {
    let word = words[index]
    if word.meaning == .recurring || word.meaning == .ongoing { return true }
    let bare = word.start..<word.bareEnd
    guard let dash = bare.last(where: { bytes[$0] == UInt8(ascii: "-") }), dash > bare.lowerBound,
      bare.allSatisfy({ ASCIIText.isLetter(bytes[$0]) || bytes[$0] == UInt8(ascii: "-") })
    else { return false }
    let tail = (dash + 1)..<bare.upperBound
    if let key = DateWord.key(UnsafeBufferPointer(rebasing: bytes[tail])),
      [.recurring, .ongoing].contains(DateWord.lookup(key))
    {
      return true
    }
    let letters = bare.filter { bytes[$0] != UInt8(ascii: "-") }.map { bytes[$0] }
    guard let key = DateWord.key(letters) else { return false }
    return [.recurring, .ongoing].contains(DateWord.lookup(key))
  }

  func isSeparator(_ index: Int) -> Bool {
    guard index < words.count else { return false }
    return isDashMark(index) || isText(index, ":")
  }

  func isDash(_ index: Int) -> Bool {
    guard index < words.count else { return false }
    return isDashMark(index)
      || ASCIIText.equalsFolded(bytes, words[index].start..<words[index].end, "to")
  }

  /// "-", "–" or "—" alone.
  private func isDashMark(_ index: Int) -> Bool {
    isText(index, "-") || isText(index, "–") || isText(index, "—")
  }

  private func isText(_ index: Int, _ expected: StaticString) -> Bool {
    let word = words[index]
    guard word.end - word.start == expected.utf8CodeUnitCount else { return false }
    return expected.withUTF8Buffer { expected in
      (0..<expected.count).allSatisfy { bytes[word.start + $0] == expected[$0] }
    }
  }

  func hasTrailingColon(_ index: Int) -> Bool {
    guard index < words.count else { return false }
    let word = words[index]
    return word.end - word.start > 1 && bytes[word.end - 1] == UInt8(ascii: ":")
  }

  /// A month or season name ("Jan", "September", "Autumn", "Fall"), or "winter", which the
  /// date parser reads as filler but plans write as a due ("Winter 2024: review").
  func isMonthName(_ index: Int) -> Bool {
    guard index < words.count else { return false }
    let word = words[index]
    switch word.meaning {
    case .month, .season: return true
    default: return ASCIIText.equalsFolded(bytes, word.start..<word.bareEnd, "winter")
    }
  }

  /// "2023", "2023/24".
  func isYear(_ index: Int) -> Bool {
    guard index < words.count else { return false }
    let word = words[index]
    let bare = word.start..<word.bareEnd
    guard bare.count >= 4,
      bytes[bare.lowerBound] == UInt8(ascii: "1") || bytes[bare.lowerBound] == UInt8(ascii: "2"),
      (0..<4).allSatisfy({ ASCIIText.isDigit(bytes[bare.lowerBound + $0]) })
    else { return false }
    let century = (bytes[bare.lowerBound], bytes[bare.lowerBound + 1])
    guard
      century == (UInt8(ascii: "1"), UInt8(ascii: "9"))
        || century == (UInt8(ascii: "2"), UInt8(ascii: "0"))
    else { return false }
    if bare.count == 4 { return true }
    let rest = (bare.lowerBound + 5)..<bare.upperBound
    return bytes[bare.lowerBound + 4] == UInt8(ascii: "/") && (1...4).contains(rest.count)
      && rest.allSatisfy { ASCIIText.isDigit(bytes[$0]) }
  }

  /// The word without trailing colons and spaces.
  func trimmed(_ index: Int) -> String {
    var end = words[index].end
    while end > words[index].start, bytes[end - 1] == UInt8(ascii: ":") { end -= 1 }
    return ASCIIText.string(bytes, words[index].start..<end)
  }

  /// Drops a trailing colon and surrounding spaces.
  static func trimmed(_ text: String) -> String {
    var text = Substring(text)
    while let last = text.utf8.last, last == UInt8(ascii: ":") || last == 0x20 {
      text = text.dropLast()
    }
    return String(text)
  }

  /// "31/03/2024", "31/3/24", "05/04/23", "2024-03-31".
  func looksLikeNumericDate(_ index: Int) -> Bool {
    let word = words[index]
    let bare = word.start..<word.bareEnd
    var parts: [Int] = []  // lengths of the digit runs
    var separator: UInt8 = 0
    var run = 0
    for offset in bare {
      let byte = bytes[offset]
      if ASCIIText.isDigit(byte) {
        run += 1
      } else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") {
        guard separator == 0 || separator == byte else { return false }
        separator = byte
        parts.append(run)
        run = 0
      } else {
        return false
      }
    }
    parts.append(run)
    guard parts.count == 3 else { return false }
    if separator == UInt8(ascii: "/") {
      return parts.allSatisfy { $0 > 0 } && parts[0] <= 2 && parts[1] <= 2
        && (parts[2] == 2 || parts[2] == 4)
    }
    return parts == [4, 2, 2]
  }
}
