extension MessageTemplate {
  /// How many characters of one hole's text a message shows: a pasted cell of 900
  /// characters buries the point of the finding, and the plan is one click away.
  package static let holeLimit = 80

  /// `text` cut to about `holeLimit` characters at a word boundary, ending in "…".
  package static func clipped(_ text: String) -> String {
    guard text.utf8.count > holeLimit, text.count > holeLimit else { return text }
    var kept = text.prefix(holeLimit - 1)
    if let space = kept.lastIndex(where: \.isWhitespace),
      kept.distance(from: kept.startIndex, to: space) >= holeLimit * 3 / 4
    {
      kept = kept[..<space]
    }
    while let last = kept.last, last.isWhitespace || ",;:-–".contains(last) {
      kept = kept.dropLast()
    }
    return kept + "…"
  }
}
