/// A map value with keys in insertion order (so output is deterministic). Small maps, such as
/// records, search linearly; larger ones keep a hash index.
package struct MapValue: Sendable {
  package private(set) var keys: [MapKey] = []
  package private(set) var values: [Value] = []
  private var index: [MapKey: Int]?

  package init() {}

  package init(_ entries: [(String, Value)]) {
    for (key, value) in entries { _ = insert(.string(key), value) }
  }

  package var count: Int { keys.count }

  /// Adds an entry; false when the key is already present.
  package mutating func insert(_ key: MapKey, _ value: Value) -> Bool {
    guard self[key] == nil else { return false }
    keys.append(key)
    values.append(value)
    if index != nil {
      index?[key] = keys.count - 1
    } else if keys.count > 8 {
      var built: [MapKey: Int] = [:]
      for (position, k) in keys.enumerated() { built[k] = position }
      index = built
    }
    return true
  }

  package subscript(key: MapKey) -> Value? {
    if let index { return index[key].map { values[$0] } }
    for position in keys.indices where keys[position] == key { return values[position] }
    return nil
  }

  package subscript(string key: String) -> Value? { self[.string(key)] }
}

/// The key types CEL maps allow here: bool, int and string.
package enum MapKey: Sendable, Hashable {
  case bool(Bool)
  case int(Int)
  case string(String)

  /// The key a value looks up; an integral double finds the int key, as CEL's numeric
  /// equality says it should.
  package init?(_ value: Value) {
    switch value {
    case .bool(let b): self = .bool(b)
    case .int(let i): self = .int(i)
    case .string(let s): self = .string(s)
    case .double(let d):
      guard d.rounded() == d, let i = Int(exactly: d) else { return nil }
      self = .int(i)
    default: return nil
    }
  }

  package var value: Value {
    switch self {
    case .bool(let b): .bool(b)
    case .int(let i): .int(i)
    case .string(let s): .string(s)
    }
  }
}
