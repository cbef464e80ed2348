/// CEL's equality: values of different types are unequal (never an error), ints and doubles
/// compare numerically, lists and maps compare element by element, plan dates by range.
extension Value {
  package func equals(_ other: Value) -> Bool {
    switch (self, other) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.double(let a), .double(let b)): return a == b
    case (.int(let a), .double(let b)), (.double(let b), .int(let a)):
      return Value.numericCompare(a, b) == 0
    case (.string(let a), .string(let b)): return Value.sameCodePoints(a, b)
    case (.date(let a), .date(let b)): return a.same(b)
    case (.duration(let a), .duration(let b)): return a == b
    case (.entity(let a), .entity(let b)): return a == b
    case (.type(let a), .type(let b)): return a == b
    case (.list(let a), .list(let b)):
      guard a.count == b.count else { return false }
      for index in 0..<a.count where !a[index].equals(b[index]) { return false }
      return true
    case (.map(let a), .map(let b)):
      guard a.count == b.count else { return false }
      for (key, value) in zip(a.keys, a.values) {
        guard let match = b[key], match.equals(value) else { return false }
      }
      return true
    default: return false
    }
  }

  /// Orders an int against a double exactly (no rounding of large ints); nil for NaN.
  static func numericCompare(_ a: Int, _ b: Double) -> Int? {
    guard !b.isNaN else { return nil }
    if b >= 9_223_372_036_854_775_808.0 { return -1 }
    if b < -9_223_372_036_854_775_808.0 { return 1 }
    let truncated = Int(b.rounded(.towardZero))
    if a != truncated { return a < truncated ? -1 : 1 }
    let fraction = b - b.rounded(.towardZero)
    return fraction == 0 ? 0 : (fraction > 0 ? -1 : 1)
  }
}

extension Value {
  /// CEL string equality: the same code points, which for valid UTF-8 is the same bytes (not
  /// Swift's canonical equivalence). Lengths first, then the bytes in place.
  static func sameCodePoints(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    let inPlace = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y in x.elementsEqual(y) }
    }
    return (inPlace ?? nil) ?? a.utf8.elementsEqual(b.utf8)
  }
}
