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
