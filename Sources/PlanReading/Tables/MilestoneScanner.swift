/// Finds due markers in a milestone cell; see `CellParsers.milestones(in:)` for the grammar.
struct MilestoneScanner {
  /// A whitespace-separated word, and whether it starts a line or bullet item.
  struct Word {
    var text: String
    var startsItem: Bool
    /// Lower-cased, without a trailing `:` or `,`.
    var bare: String
  }

  private struct Marker {
    var due: String
    /// Words consumed, separator included.
    var length: Int
    var isMonth: Bool
    var aside: String = ""
  }

  let words: [Word]

  init(text: String) { words = MilestoneScanner.words(of: text) }

  func scan() -> [(text: String, due: String)] {
    var result: [(text: String, due: String, aside: String)] = []
    var current: [String] = []
    var monthStyle = false
    var index = 0
    func flush() {
      guard var last = result.popLast() else { return }
      last.text = (current + (last.aside.isEmpty ? [] : [last.aside])).joined(separator: " ")
      result.append(last)
      current = []
    }
    while index < words.count {
      if let marker = marker(at: index, monthStyle: monthStyle) {
        flush()
        if result.isEmpty, marker.isMonth { monthStyle = true }
        result.append((text: "", due: marker.due, aside: marker.aside))
        index += marker.length
        continue
      }
      if result.isEmpty || (words[index].startsItem && !current.isEmpty) {
        flush()
        result.append((text: "", due: "", aside: ""))
      }
      current.append(words[index].text)
      index += 1
    }
    flush()
    return result.filter { !$0.text.isEmpty || !$0.due.isEmpty }.map { ($0.text, $0.due) }
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
    guard index + 1 < words.count, let amount = Int(words[index].bare), amount > 0,
      amount < 1000, words[index].text.allSatisfy(\.isNumber),
      MilestoneScanner.units.contains(words[index + 1].bare)
    else { return nil }
    let due = "\(words[index].text) \(trimmed(words[index + 1].text))"
    if hasTrailingColon(index + 1) { return Marker(due: due, length: 2, isMonth: false) }
    if isSeparator(index + 2) { return Marker(due: due, length: 3, isMonth: false) }
    if let aside = parenthetical(from: index + 2) {
      return Marker(due: due, length: aside.length, isMonth: false, aside: aside.text)
    }
    return atItemStart ? Marker(due: due, length: 2, isMonth: false) : nil
  }

  /// "Annual:", "Monthly:" — only with a colon, since the words are common in prose.
  private func recurring(at index: Int) -> Marker? {
    guard MilestoneScanner.recurringWords.contains(words[index].bare), hasTrailingColon(index)
    else { return nil }
    return Marker(due: trimmed(words[index].text), length: 1, isMonth: false)
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
    let due = words[index..<end].map(\.text).joined(separator: " ")
    if hasTrailingColon(end - 1) {
      return Marker(due: trimmed(due), length: end - index, isMonth: true)
    }
    if isSeparator(end) { return Marker(due: due, length: end - index + 1, isMonth: true) }
    return allowBare ? Marker(due: due, length: end - index, isMonth: true) : nil
  }

  /// "Q3 2023/24:", "31/03/2024:", "2024-03-31 -", or the same at an item start.
  private func dated(at index: Int, atItemStart: Bool) -> Marker? {
    var end = index + 1
    let bare = words[index].bare
    if bare.count == 2, bare.first == "q", let quarter = Int(bare.dropFirst()),
      (1...4).contains(quarter), isYear(index + 1)
    {
      end += 1
    } else if !MilestoneScanner.looksLikeNumericDate(bare) {
      return nil
    }
    let due = trimmed(words[index..<end].map(\.text).joined(separator: " "))
    if hasTrailingColon(end - 1) { return Marker(due: due, length: end - index, isMonth: false) }
    if isSeparator(end) { return Marker(due: due, length: end - index + 1, isMonth: false) }
    return atItemStart ? Marker(due: due, length: end - index, isMonth: false) : nil
  }

  /// "(Jan 2024):" after a relative period: the words inside, and how far the marker reaches.
  private func parenthetical(from index: Int) -> (text: String, length: Int)? {
    guard index < words.count, words[index].text.hasPrefix("(") else { return nil }
    var end = index
    while end < words.count, end < index + 6 {
      let text = words[end].text
      if text.hasSuffix("):") {
        return (
          words[index...end].map(\.text).joined(separator: " ").dropLast().description,
          end - index + 3
        )
      }
      if text.hasSuffix(")") {
        guard isSeparator(end + 1) else { return nil }
        return (words[index...end].map(\.text).joined(separator: " "), end - index + 4)
      }
      end += 1
    }
    return nil
  }
}
