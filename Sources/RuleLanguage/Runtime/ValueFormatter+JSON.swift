import PlanModel

/// JSON for `plancheck eval --json`.
extension ValueFormatter {
  /// A JSON value: maps as objects with string keys, non-finite doubles as "NaN",
  /// "Infinity" and "-Infinity", dates as ISO earliest days (or their text when undated),
  /// durations as ISO 8601, entities as objects of their own fields.
  package static func json(_ value: Value, plans: PlanPair?) -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .double(let d):
      if d.isNaN { return "\"NaN\"" }
      if d.isInfinite { return d > 0 ? "\"Infinity\"" : "\"-Infinity\"" }
      return "\(d)"
    case .string(let s): return quoted(s)
    case .date(let d): return quoted(d.earliest?.iso ?? d.text)
    case .duration(let d): return quoted(Formatting.duration(d))
    case .list(let list):
      return "[" + list.elements.map { json($0, plans: plans) }.joined(separator: ", ") + "]"
    case .map(let map):
      let entries = zip(map.keys, map.values).map { key, value in
        "\(quoted(keyText(key))): \(json(value, plans: plans))"
      }
      return "{" + entries.joined(separator: ", ") + "}"
    case .entity(let ref): return entity(ref, plans: plans)
    case .type(let t): return quoted(t.name)
    }
  }

  private static func keyText(_ key: MapKey) -> String {
    switch key {
    case .bool(let b): b ? "true" : "false"
    case .int(let i): String(i)
    case .string(let s): s
    }
  }

  /// An entity's own fields (not its relations, which would pull in the whole plan).
  private static func entity(_ ref: EntityHandle, plans: PlanPair?) -> String {
    guard let plans else { return quoted(text(.entity(ref))) }
    var entries = ["\"kind\": \(quoted(ref.kind.name))"]
    for field in EntitySchema.of(ref.kind).fields where !field.name.contains(".") {
      switch field.type {
      case .entity, .list(.entity): continue
      default:
        entries.append("\(quoted(field.name)): \(json(field.read(plans, ref), plans: plans))")
      }
    }
    return "{" + entries.joined(separator: ", ") + "}"
  }

  /// The one-line `--json` document for a result.
  package static func jsonDocument(_ result: Result<Value, EvalError>, plans: PlanPair?) -> String {
    switch result {
    case .success(let value):
      return
        "{\"value\": \(json(value, plans: plans)), \"type\": \(quoted(value.typeName.jsonName))}"
    case .failure(let error):
      return "{\"error\": \(quoted(error.message))}"
    }
  }
}
