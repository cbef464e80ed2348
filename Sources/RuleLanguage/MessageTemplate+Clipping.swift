import PlanModel

extension MessageTemplate {
  /// How many characters of one hole's text a message shows: a pasted cell of 900
  /// characters buries the point of the finding, and the plan is one click away.
  package static let holeLimit = 80

  /// How a hole's text is cut: at a word when one ends in the last quarter, with no separator
  /// left dangling before the "…".
  package static let holeClip = ClipRule(
    limit: holeLimit, breaks: .whitespace, minimumKept: holeLimit * 3 / 4,
    dropsDanglingSeparators: true)

  /// A hole's text: each string (a cell pasted into the message) clipped; a list keeps every
  /// element, since the list itself is the point ("leads 24 open actions: 3.1.1, …").
  static func text(of value: Value, plans: PlanPair?) -> String {
    switch value {
    case .string: PlanText.clipped(ValueFormatter.message(value, plans: plans), holeClip)
    case .list(let list): list.elements.map { text(of: $0, plans: plans) }.joined(separator: ", ")
    default: ValueFormatter.message(value, plans: plans)
    }
  }
}
