import Foundation

/// Parsers for the compound cells plans write: milestone lists, recommendation references and
/// plain lists. Shared by the CSV, XLSX and JSON readers, so a plan reads the same whatever
/// its format.
package enum CellParsers {
  /// Splits a milestone cell into milestones, each with the due text as written.
  ///
  /// A due marker is a relative period ("3 months:", "6 months -", "1 Month:"), a recurring
  /// word with a colon ("Annual:", "Monthly:"), a month or month range ("April 2024",
  /// "April - July 2023"), a quarter ("Q3 2023/24:") or a numeric date ("31/03/2024:"). Markers
  /// count at the start of the cell or of a line/bullet, when followed by a separator (`:` or
  /// `-`), and, for month markers, anywhere in a cell that starts with one; so "(July 2023)"
  /// inside a milestone's text stays text. Text with no marker (before the first one, or a whole
  /// cell such as "Revised training delivered to all staff") becomes a milestone with due `""`:
  /// keeping it lets rules see that the action has a milestone without a date. Line breaks and
  /// bullets (•, ▪, ❖, leading `-`/`*`) separate milestones too.
  package static func milestones(in text: String) -> [(text: String, due: String)] {
    MilestoneScanner.milestones(in: text)
  }

  /// The recommendation ids a cell cites: "Recommendation 1,5,6,8,11" -> 1, 5, 6, 8, 11;
  /// "Recs 3 & 7" -> 3, 7; "R1, R2" -> R1, R2 (`Plan.key(forRecommendation:)` matches "R1" to
  /// "1"); "1." -> 1; "1-3" -> 1, 2, 3; "ALL" (or "All recommendations") -> ALL, which
  /// `Plan.link()` expands. Words without digits are dropped; ids keep their first-seen order.
  package static func recommendationIDs(in text: String) -> [String] {
    let tokens = splitTokens(text)
    if tokens.contains(where: { $0.lowercased() == "all" }) { return ["ALL"] }
    var ids: [String] = []
    var seen: Set<String> = []
    for token in tokens {
      for id in expand(token) where seen.insert(id).inserted { ids.append(id) }
    }
    return ids
  }

  /// Splits a list cell (depends-on refs, related plans) on `;`, `,`, line breaks and bullets;
  /// items are trimmed and empty ones dropped.
  package static func list(in text: String) -> [String] {
    let separators: Set<Character> = [";", ",", "\n", "\r", "\r\n", "•", "▪", "❖", "●"]
    return text.split(whereSeparator: { separators.contains($0) })
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
  }

  /// Tokens of letters, digits and hyphens.
  private static func splitTokens(_ text: String) -> [String] {
    text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") })
      .map(String.init)
      .filter { !$0.isEmpty }
  }

  /// One token's ids: itself if it holds a digit, a numeric range ("1-3", "R1-R3"), or
  /// nothing for words such as "Recommendation" and "and".
  private static func expand(_ token: String) -> [String] {
    let parts = token.split(separator: "-").map(String.init)
    if parts.count == 2, let range = numericRange(parts[0], parts[1]) { return range }
    return parts.filter { $0.contains(where: \.isNumber) }
  }

  private static func numericRange(_ from: String, _ to: String) -> [String]? {
    let prefix = String(from.prefix(while: \.isLetter))
    let toPrefix = String(to.prefix(while: \.isLetter))
    guard toPrefix.isEmpty || toPrefix == prefix,
      let low = Int(from.dropFirst(prefix.count)), let high = Int(to.dropFirst(toPrefix.count)),
      low <= high, high - low <= 50
    else { return nil }
    return (low...high).map { "\(prefix)\($0)" }
  }
}
