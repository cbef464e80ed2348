import PlanModel

/// The keys of every object in the JSON plan format, in canonical (documented) order.
///
/// One list serves the decoder (unknown-key suggestions), the encoder (key order) and the
/// schema test (every key here must be in `Rules/schema/plan.schema.json` and vice versa).
package enum PlanJSONKeys {
  package static let plan = [
    "plancheck", "id", "title", "kind", "organisation", "period", "asOf", "published", "inspection",
    "statusScheme", "dateOrder", "columns", "themes", "recommendations", "actions", "measures",
    "waivers", "sourceTables", "extra",
  ]
  package static let period = ["start", "end"]
  package static let inspection = ["type", "reportReceived", "nextInspection"]
  package static let customScheme = ["name", "labels", "colours"]
  package static let statusLabel = ["label", "class"]
  package static let colouredStatus = ["label", "colour"]
  package static let theme = ["ref", "title"]
  package static let recommendation = ["id", "text", "source", "area", "priority"]
  package static let action = ActionField.allCases.map(\.name) + ["extra"]
  package static let milestone = ["text", "due", "done"]
  package static let measure = [
    "ref", "title", "owner", "frequency", "target", "due", "baseline", "latest", "waivers", "extra",
  ]
  package static let waiver = ["rule", "reason", "until"]
  package static let tableFile = ["file", "sheet", "columns"]
  package static let sourceTable = ["file", "sheet", "headerRow", "columns"]
  package static let sourceColumn = ["header", "field", "reason"]

  /// Each keyed object by its name under `$defs` in the schema (`plan` is the root).
  package static let definitions: [(name: String, keys: [String])] = [
    ("plan", plan), ("period", period), ("inspection", inspection),
    ("customStatusScheme", customScheme), ("statusLabel", statusLabel),
    ("colouredStatus", colouredStatus), ("theme", theme),
    ("recommendation", recommendation), ("action", action), ("milestone", milestone),
    ("measure", measure), ("waiver", waiver), ("tableFile", tableFile),
    ("sourceTable", sourceTable), ("sourceColumn", sourceColumn),
  ]

  /// Action keys to fields, looked up once per member on the hot path of large plans.
  static let actionFields: [String: ActionField] = Dictionary(
    uniqueKeysWithValues: ActionField.allCases.map { ($0.name, $0) })

  /// The status classes a custom scheme may use (`unknown` is what unmatched labels get).
  static let statusClasses = StatusClass.allCases.filter { $0 != .unknown }.map(\.rawValue)
}
