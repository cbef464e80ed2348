/// Text forms of values: CEL-like literals (for `plancheck eval` and error messages), message
/// text (for templates), and one-line JSON (for `plancheck eval --json`).
package enum ValueFormatter {
  /// A CEL-like literal: strings quoted, dates as `date('…')` or their text and range.
  package static func text(_ value: Value) -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .double(let d):
      if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return "\(Int(d)).0" }
      return Formatting.double(d)
    case .string(let s): return quoted(s)
    case .date(let d):
      if d.kind == .day, let day = d.earliest, d.text == day.iso { return "date('\(day.iso)')" }
      guard let e = d.earliest, let l = d.latest else {
        return "\(quoted(d.text)) (\(d.kind.rawValue))"
      }
      return "\(quoted(d.text)) (\(d.kind.rawValue) \(e.iso)..\(l.iso))"
    case .duration(let d):
      switch (d.months, d.days) {
      case (0, let days): return "days(\(days))"
      case (let months, 0): return "months(\(months))"
      case (let months, let days): return "months(\(months)) + days(\(days))"
      }
    case .list(let list): return "[" + list.elements.map(text).joined(separator: ", ") + "]"
    case .map(let map):
      let entries = zip(map.keys, map.values).map { "\(text($0.value)): \(text($1))" }
      return "{" + entries.joined(separator: ", ") + "}"
    case .entity(let ref):
      return "\(ref.kind.rawValue) #\(ref.index)" + (ref.version == .previous ? " (previous)" : "")
    case .type(let t): return t.name
    }
  }

  /// Text for message templates: strings as they are, dates as the plan wrote them, lists
  /// joined with ", ", entities by their ref (or id, or text).
  package static func message(_ value: Value, plans: PlanPair?) -> String {
    switch value {
    case .null: return "null"
    case .string(let s): return s
    case .double(let d): return Formatting.double(d)
    case .date(let d):
      // "6 months" means nothing on its own in a message: say which day it came to.
      if d.kind == .relative, let day = d.latest { return "\(d.displayText) (\(day.iso))" }
      return d.displayText
    case .duration(let d): return Formatting.duration(d)
    case .list(let list):
      return list.elements.map { message($0, plans: plans) }.joined(separator: ", ")
    case .entity(let ref):
      guard let plans else { return text(value) }
      return label(ref, plans)
    default: return text(value)
    }
  }

  /// How an entity is named in a message.
  static func label(_ ref: EntityHandle, _ plans: PlanPair) -> String {
    if case .string(let s)? = EntitySchema.of(ref.kind).label?.read(plans, ref), !s.isEmpty {
      return s
    }
    return "\(ref.kind.rawValue) #\(ref.index + 1)"
  }

  static func quoted(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
