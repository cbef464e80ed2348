import JSONSyntax
import PlanModel

/// Builds a JSON object in a fixed key order, leaving out empty values, so encoders read as
/// a list of keys.
struct JSONObjectBuilder {
  private(set) var members: [JSONMember] = []

  var value: JSONValue { JSONValue(.object(JSONObject(members))) }
  var isEmpty: Bool { members.isEmpty }

  mutating func add(_ key: String, _ value: JSONValue) {
    members.append(JSONMember(key: key, value: value))
  }

  mutating func text(_ key: String, _ text: String) {
    if !text.isEmpty { add(key, .string(text)) }
  }

  /// A plan date as the plan wrote it.
  mutating func date(_ key: String, _ date: PlanDate) { text(key, date.text) }

  mutating func list(_ key: String, _ items: [String]) {
    if !items.isEmpty { add(key, .array(items.map(JSONValue.string))) }
  }

  /// Written only when true: false is the default everywhere in the format.
  mutating func flag(_ key: String, _ flag: Bool) {
    if flag { add(key, .bool(true)) }
  }

  mutating func object(_ key: String, _ builder: JSONObjectBuilder) {
    if !builder.isEmpty { add(key, builder.value) }
  }

  mutating func array(_ key: String, _ elements: [JSONValue]) {
    if !elements.isEmpty { add(key, .array(elements)) }
  }
}
