import PlanModel

/// Scores a column header against every action field by the words it uses, so headers nobody
/// listed as an alias still map: "What will it do?" and "Specific Actions" to the action text,
/// "Who is responsible" to the lead, "What will impact be and how measured" to the measure.
///
/// A header is cut into lower-case words (punctuation, "?", brackets and "(s)" dropped, plurals
/// folded: "Actions" is "action"). Each field has cue words and phrases with weights; a header
/// scores the sum of the cues it contains. The header's head noun — its last word before any
/// bracket or preposition ("Action *owner*", "*Evidence* of impact", "Milestones (expected
/// progress)") — adds a bonus to the fields it cues, which settles "Action owner" (lead) against
/// "Action" (title). Negative cues keep "Risk rating" out of the status and "Original due date"
/// out of the end date. Headers of more than eight words are prose and score half.
package enum HeaderScorer {
  /// The least score that maps a header without help from the column's contents.
  package static let threshold = 3.0
  static let headBonus = 1.5

  /// One field's score for a header and the cue words that gave it.
  package struct Score: Sendable, Equatable {
    package var field: ActionField
    package var value: Double
    package var cues: [String]
  }

  struct Cue {
    var words: [String]
    var weight: Double
  }

  /// Scores above zero, best first (ties in field order).
  package static func scores(_ header: String) -> [Score] {
    let words = self.words(header)
    guard !words.isEmpty, words.count <= 16 else { return [] }
    let head = headWord(header)
    var result: [Score] = []
    for (field, cues) in table {
      var score = Score(field: field, value: 0, cues: [])
      for cue in cues where contains(words, cue.words) {
        score.value += cue.weight
        if cue.weight > 0 { score.cues.append(cue.words.joined(separator: " ")) }
        if cue.weight > 0, cue.words.count == 1, cue.words[0] == head {
          score.value += headBonus
        }
      }
      if words.count > 8 { score.value /= 2 }
      if score.value > 0 { result.append(score) }
    }
    return result.sorted {
      $0.value != $1.value ? $0.value > $1.value : $0.field.rawValue < $1.field.rawValue
    }
  }

  /// The best field when it reaches the threshold.
  package static func best(_ header: String) -> Score? {
    guard let top = scores(header).first, top.value >= threshold else { return nil }
    return top
  }

  /// Lower-case, plural-folded words of letters and digits; a lone "s" (from "(s)") is dropped.
  static func words(_ text: String) -> [String] {
    HeaderAliases.key(for: text).split(separator: " ").compactMap { word in
      word == "s" ? nil : stem(word)
    }
  }

  /// Folds a plural: "activities" → "activity", "actions" → "action"; "status", "progress"
  /// and short words stay.
  static func stem(_ word: Substring) -> String {
    if word.count > 4, word.hasSuffix("ies") { return word.dropLast(3) + "y" }
    if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") {
      return String(word.dropLast())
    }
    return String(word)
  }

  static let prepositions: Set<String> = [
    "to", "for", "of", "against", "in", "by", "on", "with", "from", "at", "and", "or",
  ]

  /// The head noun: the last word before a bracket, a dash or a colon, and before the first
  /// preposition that is not the header's first word.
  static func headWord(_ header: String) -> String? {
    let cut =
      header.split(
        omittingEmptySubsequences: true, whereSeparator: { "([:–—".contains($0) }
      ).first.map(String.init) ?? header
    let words = self.words(cut)
    guard !words.isEmpty else { return nil }
    var end = words.count
    for index in 1..<max(1, words.count) where prepositions.contains(words[index]) {
      end = index
      break
    }
    return words[end - 1]
  }

  private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
    guard phrase.count <= words.count else { return false }
    for start in 0...(words.count - phrase.count)
    where words[start] == phrase[0] && Array(words[start..<start + phrase.count]) == phrase {
      return true
    }
    return false
  }

  /// Cues per field as people write them; stemmed into `table` once.
  static let cues: [(ActionField, [(String, Double)])] = [
    (
      .ref,
      [
        ("ref", 5), ("reference", 4), ("no", 4), ("nos", 4), ("number", 3), ("id", 4),
        ("code", 1), ("item", 2), ("num", 4), ("budget", -4), ("cost", -4), ("finance", -4),
        ("risk", -3), ("page", -3),
      ]
    ),
    (
      .title,
      [
        ("action", 4), ("activity", 4), ("task", 4), ("what", 2), ("do", 2),
        ("intervention", 3), ("initiative", 3), ("deliverable", 3), ("description", 3),
        ("commitment", 4), ("specific", 1), ("step", 2), ("change", 2), ("how will we", 1),
        ("what will we do", 5), ("what we will do", 5), ("what are we going to do", 5),
        ("how we will do", 4), ("how will we do", 4), ("response", 3),
      ]
    ),
    (
      .objective,
      [
        ("objective", 4), ("aim", 4), ("goal", 4), ("priority", 3), ("purpose", 3),
        ("outcome", 2), ("achieve", 3), ("why", 3), ("desired", 1), ("intended", 1),
        ("ambition", 3), ("area", -1), ("issue", 2), ("problem", 2),
      ]
    ),
    (
      .measure,
      [
        ("measure", 4), ("measurement", 4), ("measured", 4), ("measurable", 4), ("kpi", 4),
        ("indicator", 4), ("success", 4), ("criteria", 3), ("impact", 3), ("target", 2),
        ("expected", 2), ("result", 3), ("difference", 3), ("output", 2), ("know", 2),
        ("how will we know", 5), ("how we will know", 5), ("expected outcome", 5),
        ("expected impact", 5), ("what will success look like", 5), ("monitoring", 3),
        ("monitor", 2), ("date", -2),
      ]
    ),
    (
      .lead,
      [
        ("lead", 4), ("owner", 4), ("owned", 3), ("ownership", 4), ("responsible", 4),
        ("responsibility", 4), ("accountable", 4), ("accountability", 4), ("officer", 3),
        ("who", 4), ("whom", 4), ("person", 2), ("contact", 2), ("manager", 2), ("sro", 4),
        ("champion", 2), ("lead agency", 2), ("resp", 3), ("date", -3), ("time", -3),
      ]
    ),
    (
      .start,
      [
        ("start", 4), ("from", 2), ("begin", 4), ("beginning", 4), ("commence", 4),
        ("commencement", 4), ("date", 1), ("actual", -5),
      ]
    ),
    (
      .end,
      [
        ("end", 4), ("due", 4), ("deadline", 4), ("timescale", 4), ("timeframe", 4),
        ("timeline", 3), ("time", 2), ("completion", 3), ("finish", 3), ("when", 3), ("by", 1),
        ("date", 1), ("target date", 4), ("complete by", 4), ("original", -5),
        ("baseline", -5), ("actual", -5), ("start", -3), ("revised", 1),
      ]
    ),
    (
      .status,
      [
        ("status", 4), ("rag", 5), ("brag", 5), ("rating", 3), ("confidence", 3),
        ("red amber green", 5), ("r a g", 5), ("risk", -4), ("priority", -2),
      ]
    ),
    (
      .milestones,
      [
        ("milestone", 5), ("expected progress", 4), ("interim", 2), ("key date", 4),
        ("checkpoint", 4), ("stage", 2), ("phasing", 3),
      ]
    ),
    (
      .recommendations,
      [
        ("recommendation", 5), ("rec", 4), ("ofsted", 4), ("inspection", 3), ("finding", 3),
        ("area for improvement", 7), ("area for development", 6), ("afi", 4),
        ("requirement", 2), ("improve", 3), ("need to improve", 3),
      ]
    ),
    (
      .progress,
      [
        ("progress", 4), ("update", 4), ("comment", 3), ("commentary", 4), ("note", 2),
        ("narrative", 3), ("position", 2), ("current position", 4), ("report", 2),
        ("q1", 2), ("quarter", 2), ("quarterly", 2), ("monthly", 1), ("latest", 2),
        ("expected progress", -4),
      ]
    ),
    (
      .updated,
      [
        ("last updated", 6), ("date of update", 6), ("updated", 4), ("update date", 6),
        ("last update", 6),
        ("date updated", 6), ("last reviewed", 5), ("review date", 4), ("date of last", 4),
      ]
    ),
    (.evidence, [("evidence", 5), ("proof", 3), ("source of evidence", 3)]),
    (
      .links,
      [
        ("link", 4), ("url", 4), ("related", 2), ("document", 2), ("detailed action plan", 6),
        ("related plan", 5), ("hyperlink", 4),
      ]
    ),
    (
      .theme,
      [
        ("theme", 4), ("section", 3), ("area", 2), ("workstream", 4), ("work stream", 4),
        ("priority", 2), ("judgement", 3), ("judgement area", 3),
        ("strand", 4), ("pillar", 4), ("domain", 3), ("category", 3), ("heading", 2),
        ("key area", 5), ("priority area", 5), ("focus area", 5), ("kloe", 4),
        ("key line of enquiry", 4),
      ]
    ),
    (
      .dependsOn,
      [("depend", 4), ("dependency", 4), ("dependent", 4), ("predecessor", 4), ("prerequisite", 3)]
    ),
    (
      .baselineEnd,
      [
        ("original", 3), ("baseline", 3), ("original due", 6), ("original end", 6),
        ("original deadline", 6), ("original target", 6), ("original completion", 6),
        ("baseline end", 6), ("baseline date", 5), ("planned end", 4),
      ]
    ),
    (
      .actualStart,
      [("actual start", 8), ("date started", 6), ("started on", 6), ("actual commencement", 8)]
    ),
    (
      .actualEnd,
      [
        ("actual end", 8), ("actual completion", 8), ("date completed", 8),
        ("completed date", 8), ("completed on", 7), ("date closed", 6), ("actual finish", 8),
      ]
    ),
  ]

  /// Cues with their words stemmed, plus the "qualified ref" phrases: "Ofsted ref" and
  /// "Recommendation no." name recommendations, "KPI ref" a measure, not the action's ref.
  static let table: [(ActionField, [Cue])] = {
    var table = cues.map { field, list in
      (field, list.map { Cue(words: words($0.0), weight: $0.1) })
    }
    let refWords = ["ref", "reference", "no", "number", "id"]
    let qualified: [(ActionField, [String], Double)] = [
      (.recommendations, ["ofsted", "inspection", "recommendation", "rec", "finding"], 8),
      (.measure, ["kpi", "measure", "indicator", "pi"], 7),
    ]
    for (field, qualifiers, weight) in qualified {
      guard let slot = table.firstIndex(where: { $0.0 == field }) else { continue }
      for qualifier in qualifiers {
        for ref in refWords { table[slot].1.append(Cue(words: [qualifier, ref], weight: weight)) }
      }
    }
    return table
  }()
}
