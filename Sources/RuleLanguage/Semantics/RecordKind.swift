/// Groups of fields that are values rather than entities: an action's status, a plan's period
/// and inspection, and waivers. At run time they are maps; the checker knows their fields.
package enum RecordKind: String, Sendable, Hashable, CaseIterable {
  case status, period, inspection, waiver

  package var fields: [(name: String, type: ExprType)] {
    switch self {
    case .status:
      [
        ("label", .string), ("class", .string), ("isOpen", .bool), ("colour", .string),
        ("colourClass", .string), ("isColourOnly", .bool),
      ]
    case .period: [("start", .date), ("end", .date)]
    case .inspection: [("type", .string), ("reportReceived", .date), ("nextInspection", .date)]
    case .waiver: [("rule", .string), ("reason", .string), ("until", .date), ("used", .bool)]
    }
  }

  package func fieldType(_ name: String) -> ExprType? {
    fields.first { $0.name == name }?.type
  }
}
