extension PlanText {
  /// `text` cut to at most `rule.limit` characters, ending in "…"; unchanged when it fits.
  package static func clipped(_ text: String, _ rule: ClipRule) -> String {
    // Counting bytes is O(1) and bytes are never fewer than characters: short texts (nearly
    // all of them) return here without counting characters.
    guard text.utf8.count > rule.limit, text.count > rule.limit else { return text }
    var kept = text.prefix(max(0, rule.limit - 1))
    if rule.sentences, let stop = lastSentenceStop(in: kept),
      kept.distance(from: kept.startIndex, to: stop) > rule.limit / 2
    {
      return kept[..<stop] + ". …"
    }
    let lastBreak: Substring.Index? =
      switch rule.breaks {
      case .none: nil
      case .spaces: kept.lastIndex(of: " ")
      case .whitespace: kept.lastIndex(where: \.isWhitespace)
      }
    if let lastBreak, kept.distance(from: kept.startIndex, to: lastBreak) >= rule.minimumKept {
      kept = kept[..<lastBreak]
    }
    if rule.dropsDanglingSeparators {
      while let last = kept.last, last.isWhitespace || ",;:-–".contains(last) {
        kept = kept.dropLast()
      }
    }
    return kept + "…"
  }

  /// The index of the full stop of the last ". " in `text`.
  private static func lastSentenceStop(in text: Substring) -> Substring.Index? {
    var index = text.endIndex
    var following: Character?
    while index > text.startIndex {
      index = text.index(before: index)
      let character = text[index]
      if character == ".", following == " " { return index }
      following = character
    }
    return nil
  }
}
