import Foundation
import JSONSyntax
import PlanModel

/// Typed access to members, reporting wrong types at the key's line and column.
extension PlanJSONDecoder {
  static let unknownKeyCode = "plan-unknown-key"
  static let typeCode = "plan-type"
  static let valueCode = "plan-value"
  static let tableCode = "plan-table"

  /// RFC 6901 escaping of one reference token: `~` -> `~0`, `/` -> `~1`.
  static func escape(_ key: String) -> String {
    guard key.contains("~") || key.contains("/") else { return key }
    return key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
  }

  mutating func report(
    _ message: String, at position: SourcePosition, pointer: String, code: String,
    severity: Severity = .error
  ) {
    diagnostics.append(
      Diagnostic(
        code: code, severity: severity, message: message,
        span: SourceSpan(file: file, position: position, pointer: pointer)))
  }

  mutating func unknownKey(
    _ member: JSONMember, pointer: String, among keys: [String], in what: String
  ) {
    let hint = Spelling.suggestion(for: member.key, among: keys)
    report(
      "unknown key '\(member.key)' in \(what)\(hint)", at: member.keyPosition, pointer: pointer,
      code: PlanJSONDecoder.unknownKeyCode)
  }

  /// `pointer` is an autoclosure (here and in the typed accessors) so the hot path of large
  /// plans builds no pointer strings unless something is wrong.
  mutating func typeError(
    _ member: JSONMember, pointer: @autoclosure () -> String, expected: String
  ) {
    report(
      "'\(member.key)' must be \(expected), found \(member.value.typeName)", at: member.keyPosition,
      pointer: pointer(), code: PlanJSONDecoder.typeCode)
  }

  mutating func invalidValue(
    _ member: JSONMember, pointer: String, _ value: String, among: [String]
  ) {
    let hint = Spelling.suggestion(for: value, among: among)
    let choices = among.joined(separator: ", ")
    report(
      "invalid '\(member.key)' value '\(value)'\(hint) (expected one of: \(choices))",
      at: member.keyPosition, pointer: pointer, code: PlanJSONDecoder.valueCode)
  }

  /// Text from a string, or a number's text ("ref": 3); null means "not given".
  mutating func text(_ member: JSONMember, pointer: @autoclosure () -> String) -> String? {
    switch member.value.kind {
    case .string(let text): return text
    case .number(let text): return text
    case .null: return nil
    default:
      typeError(member, pointer: pointer(), expected: "a string")
      return nil
    }
  }

  /// A plan date read with the plan's date order; missing when absent or mistyped.
  mutating func date(_ member: JSONMember, pointer: @autoclosure () -> String) -> PlanDate {
    guard let text = text(member, pointer: pointer()) else { return .missing }
    let dates = self.dates
    return caches.dates.value(for: text) { dates.parse($0) }
  }

  mutating func bool(_ member: JSONMember, pointer: @autoclosure () -> String) -> Bool? {
    switch member.value.kind {
    case .bool(let flag): return flag
    case .null: return nil
    default:
      typeError(member, pointer: pointer(), expected: "true or false")
      return nil
    }
  }

  mutating func object(_ member: JSONMember, pointer: String) -> JSONObject? {
    if let object = member.value.objectValue { return object }
    if case .null = member.value.kind { return nil }
    typeError(member, pointer: pointer, expected: "an object")
    return nil
  }

  /// A list of texts: an array of strings (or numbers), or one spreadsheet-style cell that
  /// `split` breaks up.
  mutating func textList(
    _ member: JSONMember, pointer: String, split: (String) -> [String] = CellParsers.list
  ) -> [String] {
    switch member.value.kind {
    case .string(let cell): return split(cell)
    case .null: return []
    case .array(let elements):
      var items: [String] = []
      for (offset, element) in elements.enumerated() {
        let item = JSONMember(key: member.key, keyPosition: element.position, value: element)
        if let text = text(item, pointer: pointer + "/\(offset)") { items.append(text) }
      }
      return items
    default:
      typeError(member, pointer: pointer, expected: "an array of strings or a string")
      return []
    }
  }

  /// Each element of an array member decoded by `decode`, which gets the element and its
  /// pointer; elements it rejects (nil) are left out.
  mutating func decodeArray<T>(
    _ member: JSONMember, pointer: String, _ decode: (inout Self, JSONValue, String) -> T?
  ) -> [T] {
    guard let elements = member.value.arrayValue else {
      if case .null = member.value.kind { return [] }
      typeError(member, pointer: pointer, expected: "an array")
      return []
    }
    var items: [T] = []
    items.reserveCapacity(elements.count)
    for (offset, element) in elements.enumerated() {
      if let item = decode(&self, element, pointer + "/\(offset)") { items.append(item) }
    }
    return items
  }

  /// The object of an array element, or a type error at the element.
  mutating func elementObject(_ value: JSONValue, pointer: String, what: String) -> JSONObject? {
    if let object = value.objectValue { return object }
    report(
      "each \(what) must be an object, found \(value.typeName)", at: value.position,
      pointer: pointer, code: PlanJSONDecoder.typeCode)
    return nil
  }

  /// A string-to-string map such as `columns`.
  mutating func stringMap(_ member: JSONMember, pointer: String) -> [String: String] {
    guard let object = object(member, pointer: pointer) else { return [:] }
    var map: [String: String] = [:]
    for inner in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(inner.key)
      if let text = text(inner, pointer: path) { map[inner.key] = text }
    }
    return map
  }

  /// A `columns` map: header → field name, each name checked where it is written (a
  /// configuration error, exit 2, with a suggestion), so the table reader sees only good ones.
  mutating func columnsMap(_ member: JSONMember, pointer: String) -> [String: String] {
    var map = stringMap(member, pointer: pointer)
    guard let object = member.value.objectValue else { return map }
    for inner in object.members {
      guard let name = map[inner.key], !ColumnOverrides.fieldNames.contains(name), name != "ignore"
      else { continue }
      map[inner.key] = nil
      report(
        "unknown field '\(name)' for column '\(inner.key)' in columns"
          + Spelling.suggestion(for: name, among: ColumnOverrides.fieldNames)
          + " (fields: \(ColumnOverrides.fieldNames.joined(separator: ", ")))",
        at: inner.value.position, pointer: pointer + "/" + PlanJSONDecoder.escape(inner.key),
        code: ColumnOverrides.unknownFieldCode)
    }
    return map
  }

  /// `extra`: any keys, values kept as text (booleans as `true`/`false`, null as empty).
  mutating func extra(_ member: JSONMember, pointer: String) -> [ExtraField] {
    guard let object = object(member, pointer: pointer) else { return [] }
    var fields: [ExtraField] = []
    for inner in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(inner.key)
      switch inner.value.kind {
      case .bool(let flag):
        fields.append(ExtraField(name: inner.key, value: flag ? "true" : "false"))
      case .null: fields.append(ExtraField(name: inner.key, value: ""))
      default:
        if let text = text(inner, pointer: path) {
          fields.append(ExtraField(name: inner.key, value: text))
        }
      }
    }
    return fields
  }
}
