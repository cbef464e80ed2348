/// Word splitting and the small vocabularies of `MilestoneScanner`.
extension MilestoneScanner {
  static let units: Set<String> = [
    "day", "days", "week", "weeks", "wk", "wks", "month", "months", "mth", "mths", "year", "years",
  ]

  static let recurringWords: Set<String> = [
    "annual", "annually", "yearly", "monthly", "quarterly", "weekly", "termly", "fortnightly",
    "bi-monthly", "six-monthly", "ongoing", "on-going",
  ]

  static let monthNames: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "spring", "summer", "autumn", "winter",
  ]

  private static let bullets: Set<Character> = ["•", "▪", "❖", "●", "■", "➢", "►", "◦", "○"]

  /// Splits on whitespace; the first word of each line or bullet item is marked.
  static func words(of text: String) -> [Word] {
    var words: [Word] = []
    for line in text.split(whereSeparator: \.isNewline) {
      for item in line.split(whereSeparator: { bullets.contains($0) }) {
        var pieces = item.split(whereSeparator: \.isWhitespace)
        if let first = pieces.first, first == "-" || first == "*" { pieces.removeFirst() }
        for (offset, piece) in pieces.enumerated() {
          words.append(Word(text: String(piece), startsItem: offset == 0, bare: bare(piece)))
        }
      }
    }
    return words
  }

  private static func bare(_ piece: Substring) -> String {
    var text = piece.lowercased()
    while let last = text.last, ":,;.".contains(last) { text.removeLast() }
    return text
  }

  func isSeparator(_ index: Int) -> Bool {
    index < words.count && ["-", "–", "—", ":"].contains(words[index].text)
  }

  func isDash(_ index: Int) -> Bool {
    index < words.count && ["-", "–", "—", "to"].contains(words[index].text.lowercased())
  }

  func hasTrailingColon(_ index: Int) -> Bool {
    index < words.count && words[index].text.count > 1 && words[index].text.hasSuffix(":")
  }

  func isMonthName(_ index: Int) -> Bool {
    index < words.count && MilestoneScanner.monthNames.contains(words[index].bare)
  }

  /// "2023", "2023/24".
  func isYear(_ index: Int) -> Bool {
    guard index < words.count else { return false }
    let parts = words[index].bare.split(separator: "/", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, first.hasPrefix("19") || first.hasPrefix("20"),
      first.allSatisfy(\.isNumber)
    else { return false }
    return parts.count == 1
      || (parts.count == 2 && (1...4).contains(parts[1].count) && parts[1].allSatisfy(\.isNumber))
  }

  /// Drops a trailing colon and surrounding spaces.
  func trimmed(_ text: String) -> String {
    var text = Substring(text)
    while let last = text.last, last == ":" || last == " " { text.removeLast() }
    return String(text)
  }

  /// "31/03/2024", "31/3/24", "05/04/23", "2024-03-31".
  static func looksLikeNumericDate(_ text: String) -> Bool {
    let slash = text.split(separator: "/", omittingEmptySubsequences: false)
    if slash.count == 3 {
      return slash.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
        && slash[0].count <= 2 && slash[1].count <= 2 && [2, 4].contains(slash[2].count)
    }
    let dash = text.split(separator: "-", omittingEmptySubsequences: false)
    return dash.count == 3 && dash[0].count == 4 && dash[1].count == 2 && dash[2].count == 2
      && dash.allSatisfy { $0.allSatisfy(\.isNumber) }
  }
}
