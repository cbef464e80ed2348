import PlanModel

/// Finds due markers in a milestone cell; see `CellParsers.milestones(in:)` for the grammar.
///
/// Works on the cell's UTF-8 bytes: words are byte ranges (split at white space, line breaks
/// and bullets as `Character` would split them), compared with ASCII case folding, and the
/// month, season, unit and recurring words are the date parser's own (`DateWord`), so a due
/// phrase the date parser reads is a due marker here too.
struct MilestoneScanner {
  /// A whitespace-separated word, and whether it starts a line or bullet item.
  struct Word {
    var start: Int
    var end: Int
    /// The end without trailing `:`, `,`, `;` or `.` (the word's "bare" form, compared with
    /// case folded).
    var bareEnd: Int
    var startsItem: Bool
    /// The date word the bare form is, or `.other`.
    var meaning: DateWord
  }

  private struct Marker {
    var due: String
    /// Words consumed, separator included.
    var length: Int
    var isMonth: Bool
    var aside: String = ""
  }

  let bytes: UnsafeBufferPointer<UInt8>
  let words: [Word]

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    words = MilestoneScanner.words(of: bytes)
  }

  /// The milestones of `text`: (text, due as written).
  static func milestones(in text: String) -> [(text: String, due: String)] {
    var text = text
    return text.withUTF8 { MilestoneScanner(bytes: $0).scan() }
  }

  func scan() -> [(text: String, due: String)] {
    var result: [(text: String, due: String)] = []
    // The milestone being read (its due and parenthetical aside) and its words so far, which
    // are always consecutive.
    var open: (due: String, aside: String)?
    var current: Range<Int>?
    var started = false
    var monthStyle = false
    var index = 0
    func flush() {
      guard let entry = open else { return }
      var text = current.map(joined) ?? ""
      if !entry.aside.isEmpty { text += text.isEmpty ? entry.aside : " " + entry.aside }
      if !text.isEmpty || !entry.due.isEmpty { result.append((text, entry.due)) }
      current = nil
    }
    while index < words.count {
      if let marker = marker(at: index, monthStyle: monthStyle) {
        flush()
        if !started, marker.isMonth { monthStyle = true }
        started = true
        open = (marker.due, marker.aside)
        index += marker.length
        continue
      }
      if !started || (words[index].startsItem && current != nil) {
        flush()
        started = true
        open = ("", "")
      }
      current = (current?.lowerBound ?? index)..<(index + 1)
      index += 1
    }
    flush()
    return result
  }

  // MARK: - Markers

  private func marker(at index: Int, monthStyle: Bool) -> Marker? {
    let atItemStart = index == 0 || words[index].startsItem
    if let marker = relative(at: index, atItemStart: atItemStart) { return marker }
    if let marker = recurring(at: index) { return marker }
    if let marker = month(at: index, allowBare: atItemStart || monthStyle) { return marker }
    return dated(at: index, atItemStart: atItemStart)
  }

  /// "3 months:", "6 months -", "9 months (Jan 2024):", or "3 months" at an item start.
  private func relative(at index: Int, atItemStart: Bool) -> Marker? {
    guard index + 1 < words.count, let amount = number(index), amount > 0, amount < 1000,
      case .unit = words[index + 1].meaning
    else { return nil }
    let due = text(index) + " " + trimmed(index + 1)
    if hasTrailingColon(index + 1) { return Marker(due: due, length: 2, isMonth: false) }
    if isSeparator(index + 2) { return Marker(due: due, length: 3, isMonth: false) }
    if let aside = parenthetical(from: index + 2) {
      return Marker(due: due, length: aside.length, isMonth: false, aside: aside.text)
    }
    return atItemStart ? Marker(due: due, length: 2, isMonth: false) : nil
  }

  /// "Annual:", "Monthly:" — only with a colon, since the words are common in prose.
  private func recurring(at index: Int) -> Marker? {
    guard isRecurring(index), hasTrailingColon(index) else { return nil }
    return Marker(due: trimmed(index), length: 1, isMonth: false)
  }

  /// "April 2024", "April - July 2023", "Nov 2018 – Mar 2019", each optionally followed by a
  /// separator.
  private func month(at index: Int, allowBare: Bool) -> Marker? {
    guard isMonthName(index) else { return nil }
    var end = index + 1
    if isYear(end) { end += 1 }
    if isDash(end), isMonthName(end + 1), isYear(end + 2) {
      end += 3
    } else if end == index + 1 {
      return nil
    }
    let due = joined(index..<end)
    if hasTrailingColon(end - 1) {
      return Marker(due: MilestoneScanner.trimmed(due), length: end - index, isMonth: true)
    }
    if isSeparator(end) { return Marker(due: due, length: end - index + 1, isMonth: true) }
    return allowBare ? Marker(due: due, length: end - index, isMonth: true) : nil
  }

  /// "Q3 2023/24:", "31/03/2024:", "2024-03-31 -", or the same at an item start.
  private func dated(at index: Int, atItemStart: Bool) -> Marker? {
    var end = index + 1
    let word = words[index]
    if word.bareEnd - word.start == 2, ASCIIText.lower(bytes[word.start]) == UInt8(ascii: "q"),
      (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(bytes[word.start + 1]), isYear(index + 1)
    {
      end += 1
    } else if !looksLikeNumericDate(index) {
      return nil
    }
    let due = MilestoneScanner.trimmed(joined(index..<end))
    if hasTrailingColon(end - 1) { return Marker(due: due, length: end - index, isMonth: false) }
    if isSeparator(end) { return Marker(due: due, length: end - index + 1, isMonth: false) }
    return atItemStart ? Marker(due: due, length: end - index, isMonth: false) : nil
  }

  /// "(Jan 2024):" after a relative period: the words inside, and how far the marker reaches.
  private func parenthetical(from index: Int) -> (text: String, length: Int)? {
    guard index < words.count, bytes[words[index].start] == UInt8(ascii: "(") else { return nil }
    var end = index
    while end < words.count, end < index + 6 {
      let word = words[end]
      let last = bytes[word.end - 1]
      if last == UInt8(ascii: ":"), word.end - word.start >= 2,
        bytes[word.end - 2] == UInt8(ascii: ")")
      {
        var text = joined(index..<(end + 1))
        text.removeLast()
        return (text, end - index + 3)
      }
      if last == UInt8(ascii: ")") {
        guard isSeparator(end + 1) else { return nil }
        return (joined(index..<(end + 1)), end - index + 4)
      }
      end += 1
    }
    return nil
  }
}
