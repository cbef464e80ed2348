import PlanModel

/// A parsed JSON value with the position of its first byte, so plan readers can point
/// diagnostics and findings at the exact line and column.
///
/// Columns count UTF-8 bytes from 1, the way compilers and `MarkedText` count them.
/// Numbers keep their source text, so nothing is lost to rounding before a reader decides
/// what the number means.
package struct JSONValue: Sendable, Hashable {
  package enum Kind: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number exactly as written (RFC 8259 grammar).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
  }

  package var kind: Kind
  package var position: SourcePosition

  package init(_ kind: Kind, position: SourcePosition = .unknown) {
    self.kind = kind
    self.position = position
  }

  package static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
  package static func bool(_ value: Bool) -> JSONValue { JSONValue(.bool(value)) }
  package static func number(_ value: Int) -> JSONValue { JSONValue(.number(String(value))) }
  package static func array(_ elements: [JSONValue]) -> JSONValue { JSONValue(.array(elements)) }
  package static func object(_ members: [(String, JSONValue)]) -> JSONValue {
    JSONValue(.object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) })))
  }

  package var stringValue: String? {
    if case .string(let text) = kind { return text }
    return nil
  }

  package var objectValue: JSONObject? {
    if case .object(let object) = kind { return object }
    return nil
  }

  package var arrayValue: [JSONValue]? {
    if case .array(let elements) = kind { return elements }
    return nil
  }

  package var boolValue: Bool? {
    if case .bool(let value) = kind { return value }
    return nil
  }

  /// The number's source text, if this is a number.
  package var numberText: String? {
    if case .number(let text) = kind { return text }
    return nil
  }

  /// The number as a double (large exponents become infinity, as in every JSON reader).
  package var doubleValue: Double? { numberText.flatMap { Double($0) } }

  /// The number as an integer, when written without fraction or exponent and in range.
  package var intValue: Int? { numberText.flatMap { Int($0) } }

  /// The JSON type name used in diagnostics ("expected a string, found an array").
  package var typeName: String {
    switch kind {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}

/// One `"key": value` pair of an object, with the key's own position.
package struct JSONMember: Sendable, Hashable {
  package var key: String
  package var keyPosition: SourcePosition
  package var value: JSONValue

  package init(key: String, keyPosition: SourcePosition = .unknown, value: JSONValue) {
    self.key = key
    self.keyPosition = keyPosition
    self.value = value
  }
}

/// A JSON object's members in source order; keys are unique (the parser rejects duplicates).
package struct JSONObject: Sendable, Hashable {
  package var members: [JSONMember]

  package init(_ members: [JSONMember] = []) { self.members = members }

  /// The member named `key`; a linear scan, since plan objects are small.
  package func member(_ key: String) -> JSONMember? { members.first { $0.key == key } }

  package subscript(key: String) -> JSONValue? { member(key)?.value }

  package var keys: [String] { members.map(\.key) }
}

extension JSONValue {
  /// Follows object keys and array offsets ("actions", "0", "lead"); nil when a step is missing.
  package func value(at path: [String]) -> JSONValue? {
    var current = self
    for step in path {
      if let object = current.objectValue, let next = object[step] {
        current = next
      } else if let array = current.arrayValue, let offset = Int(step),
        array.indices.contains(offset)
      {
        current = array[offset]
      } else {
        return nil
      }
    }
    return current
  }
}
