extension MessageTemplate {
  /// How many characters of one hole's text a message shows: a pasted cell of 900
  /// characters buries the point of the finding, and the plan is one click away.
  package static let holeLimit = 80

  /// A hole's text: each string (a cell pasted into the message) clipped; a list keeps every
  /// element, since the list itself is the point ("leads 24 open actions: 3.1.1, …").
  static func text(of value: Value, plans: PlanPair?) -> String {
    switch value {
    case .string: clipped(ValueFormatter.message(value, plans: plans))
    case .list(let list): list.elements.map { text(of: $0, plans: plans) }.joined(separator: ", ")
    default: ValueFormatter.message(value, plans: plans)
    }
  }

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
