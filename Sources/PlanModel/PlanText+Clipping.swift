/// How `PlanText.clipped` cuts a text that is longer than its limit.
///
/// The cut is made at `limit - 1` characters, so the closing "…" keeps the result within the
/// limit; it then moves back to a better place when the rule allows one.
package struct ClipRule: Sendable, Hashable {
  /// The most characters the clipped text has, its closing "…" included.
  package var limit: Int
  /// Where the cut may move back to so as not to split a word: nowhere (`none`), the last
  /// space, or the last whitespace character of any kind.
  package var breaks: Breaks
  /// The fewest characters a cut at a break keeps; a break earlier than this is not taken.
  package var minimumKept: Int
  /// Whether to stop after the last whole sentence (". ") that ends past half the limit,
  /// closing with ". …", before looking for a break.
  package var sentences: Bool
  /// Whether to drop the whitespace and separators (",;:-–") left dangling at the cut.
  package var dropsDanglingSeparators: Bool

  package enum Breaks: Sendable, Hashable {
    case none
    case spaces
    case whitespace
  }

  package init(
    limit: Int, breaks: Breaks = .none, minimumKept: Int = 0, sentences: Bool = false,
    dropsDanglingSeparators: Bool = false
  ) {
    self.limit = limit
    self.breaks = breaks
    self.minimumKept = minimumKept
    self.sentences = sentences
    self.dropsDanglingSeparators = dropsDanglingSeparators
  }
}

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
