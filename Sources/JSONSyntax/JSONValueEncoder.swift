/// Encodes `Encodable` values to a `JSONValue` with object keys sorted, then to text with
/// `JSONWriter`: deterministic output from `Codable` structs, without Foundation's
/// JSONEncoder (an order of magnitude slower on large reports).
///
/// Nil optionals are omitted, as `encodeIfPresent` does; non-finite doubles are written as
/// strings ("NaN", "Infinity", "-Infinity").
package enum JSONValueEncoder {
  package static func encode(_ value: some Encodable) -> JSONValue {
    let box = Box()
    do {
      try value.encode(to: ValueEncoder(box: box, codingPath: []))
    } catch {
      return JSONValue(.string("encoding failed: \(error)"))
    }
    return box.value?.json ?? JSONValue(.null)
  }

  /// Pretty, sorted-key JSON text with a trailing newline.
  package static func text(_ value: some Encodable) -> String { JSONWriter.write(encode(value)) }

  /// A value under construction: objects and arrays stay mutable until the end.
  final class Node {
    enum Kind {
      case scalar(JSONValue)
      case object([String: Node])
      case array([Node])
    }
    var kind: Kind
    init(_ kind: Kind) { self.kind = kind }

    var json: JSONValue {
      switch kind {
      case .scalar(let value): return value
      case .object(let members):
        let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        return JSONValue(
          .object(JSONObject(sorted.map { JSONMember(key: $0.key, value: $0.value.json) })))
      case .array(let items): return JSONValue(.array(items.map(\.json)))
      }
    }
  }

  final class Box {
    var value: Node?
  }

  static func scalar(_ value: some Encodable) -> JSONValue? {
    switch value {
    case let v as String: return JSONValue(.string(v))
    case let v as Bool: return JSONValue(.bool(v))
    case let v as Int: return JSONValue(.number(String(v)))
    case let v as Int64: return JSONValue(.number(String(v)))
    case let v as Int32: return JSONValue(.number(String(v)))
    case let v as UInt64: return JSONValue(.number(String(v)))
    case let v as Double: return double(v)
    case let v as Float: return double(Double(v))
    default: return nil
    }
  }

  static func double(_ v: Double) -> JSONValue {
    guard v.isFinite else {
      return JSONValue(.string(v.isNaN ? "NaN" : v < 0 ? "-Infinity" : "Infinity"))
    }
    if v == v.rounded(), abs(v) < 1e15 { return JSONValue(.number(String(Int(v)))) }
    return JSONValue(.number("\(v)"))
  }
}

private struct ValueEncoder: Encoder {
  let box: JSONValueEncoder.Box
  var codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let node: JSONValueEncoder.Node
    if let existing = box.value, case .object = existing.kind {
      node = existing
    } else {
      node = JSONValueEncoder.Node(.object([:]))
      box.value = node
    }
    return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    let node = JSONValueEncoder.Node(.array([]))
    box.value = node
    return UnkeyedContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleContainer(box: box, codingPath: codingPath)
  }
}

/// Encodes a nested value: a scalar directly, anything else through its own `encode(to:)`.
private func encodedNode(for value: some Encodable, codingPath: [any CodingKey]) throws
  -> JSONValueEncoder.Node
{
  if let scalar = JSONValueEncoder.scalar(value) { return JSONValueEncoder.Node(.scalar(scalar)) }
  let box = JSONValueEncoder.Box()
  try value.encode(to: ValueEncoder(box: box, codingPath: codingPath))
  return box.value ?? JSONValueEncoder.Node(.scalar(JSONValue(.null)))
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: JSONValueEncoder.Node
  var codingPath: [any CodingKey]

  private func set(_ key: Key, _ child: JSONValueEncoder.Node) { set(key.stringValue, child) }

  /// Takes the members out before changing them, so the dictionary is not copied.
  private func set(_ name: String, _ child: JSONValueEncoder.Node) {
    guard case .object(var members) = node.kind else { return }
    node.kind = .object([:])
    members[name] = child
    node.kind = .object(members)
  }

  mutating func encodeNil(forKey key: Key) throws { set(key, .init(.scalar(JSONValue(.null)))) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    set(key, try encodedNode(for: value, codingPath: codingPath + [key]))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let child = JSONValueEncoder.Node(.object([:]))
    set(key, child)
    return KeyedEncodingContainer(
      KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = JSONValueEncoder.Node(.array([]))
    set(key, child)
    return UnkeyedContainer(node: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    superEncoder(named: key.stringValue)
  }

  private func superEncoder(named name: String) -> any Encoder {
    let box = JSONValueEncoder.Box()
    let child = JSONValueEncoder.Node(.object([:]))
    box.value = child
    set(name, child)
    return ValueEncoder(box: box, codingPath: codingPath)
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let node: JSONValueEncoder.Node
  var codingPath: [any CodingKey]
  var count: Int {
    if case .array(let items) = node.kind { return items.count }
    return 0
  }

  private func append(_ child: JSONValueEncoder.Node) {
    guard case .array(var items) = node.kind else { return }
    node.kind = .array([])
    items.append(child)
    node.kind = .array(items)
  }

  mutating func encodeNil() throws { append(.init(.scalar(JSONValue(.null)))) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    append(try encodedNode(for: value, codingPath: codingPath))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = JSONValueEncoder.Node(.object([:]))
    append(child)
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = JSONValueEncoder.Node(.array([]))
    append(child)
    return UnkeyedContainer(node: child, codingPath: codingPath)
  }

  mutating func superEncoder() -> any Encoder {
    let box = JSONValueEncoder.Box()
    let child = JSONValueEncoder.Node(.object([:]))
    box.value = child
    append(child)
    return ValueEncoder(box: box, codingPath: codingPath)
  }
}

private struct SingleContainer: SingleValueEncodingContainer {
  let box: JSONValueEncoder.Box
  var codingPath: [any CodingKey]

  mutating func encodeNil() throws { box.value = .init(.scalar(JSONValue(.null))) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    box.value = try encodedNode(for: value, codingPath: codingPath)
  }
}
