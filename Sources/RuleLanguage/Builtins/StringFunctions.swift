/// CEL's string functions, on code points and bytes rather than grapheme clusters, as CEL
/// defines them (so `size('é')` counts code points).
enum StringFunctions {
  static func size(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    switch a {
    case .string(let s): .int(s.unicodeScalars.count)
    case .list(let l): .int(l.count)
    case .map(let m): .int(m.count)
    default: throw .noOverload("size", a)
    }
  }

  static func strings(_ name: String, _ a: Value, _ b: Value) throws(EvalError) -> (
    String, String
  ) {
    guard case .string(let x) = a, case .string(let y) = b else { throw .noOverload(name, a, b) }
    return (x, y)
  }

  static func contains(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError)
    -> Value
  {
    let (x, y) = try strings("contains", a, b)
    return .bool(find(Array(y.utf8), in: Array(x.utf8)))
  }

  static func startsWith(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError)
    -> Value
  {
    let (x, y) = try strings("startsWith", a, b)
    return .bool(x.utf8.starts(with: y.utf8))
  }

  static func endsWith(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError)
    -> Value
  {
    let (x, y) = try strings("endsWith", a, b)
    return .bool(x.utf8.reversed().starts(with: y.utf8.reversed()))
  }

  /// Substring search on bytes (UTF-8 is self-synchronising, so byte matches are code point
  /// matches).
  static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0]
      && haystack[start..<(start + needle.count)].elementsEqual(needle)
    {
      return true
    }
    return false
  }

  static func lowerAscii(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    guard case .string(let s) = a else { throw .noOverload("lowerAscii", a) }
    guard s.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return a }
    return .string(
      String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self))
  }

  static func upperAscii(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    guard case .string(let s) = a else { throw .noOverload("upperAscii", a) }
    return .string(
      String(decoding: s.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0 }, as: UTF8.self))
  }

  /// Removes leading and trailing Unicode White_Space.
  static func trim(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    guard case .string(let s) = a else { throw .noOverload("trim", a) }
    // Printable ASCII at both ends: nothing to trim, and no Unicode lookups.
    if let first = s.utf8.first, let last = s.utf8.last, (0x21..<0x7F).contains(first),
      (0x21..<0x7F).contains(last)
    {
      return a
    }
    let scalars = s.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return .string("") }
    return .string(String(scalars[first...last]))
  }

  /// Splits on a separator; an empty separator splits into code points.
  static func split(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError) -> Value {
    let (x, separator) = try strings("split", a, b)
    var parts: [String] = []
    if separator.isEmpty {
      parts = x.unicodeScalars.map { String($0) }
    } else {
      let bytes = Array(x.utf8)
      let sep = Array(separator.utf8)
      var start = 0
      var index = 0
      while index + sep.count <= bytes.count {
        if bytes[index..<(index + sep.count)].elementsEqual(sep) {
          parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
          index += sep.count
          start = index
        } else {
          index += 1
        }
      }
      parts.append(String(decoding: bytes[start...], as: UTF8.self))
    }
    try ctx.allocate(parts.count)
    return .list(.strings(parts))
  }

  static func distinct(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    guard case .list(let list) = a else { throw .noOverload("distinct", a) }
    var seen: Set<String> = []
    var result: [String] = []
    for index in 0..<list.count {
      guard case .string(let s) = list[index] else {
        throw EvalError(
          "distinct: list element \(index) is \(list[index].typeName.name), not string")
      }
      if seen.insert(s).inserted {
        result.append(s)
        try ctx.allocate(s.utf8.count / 64 + 1)
      }
    }
    return .list(.strings(result))
  }

  static func join(_ ctx: inout EvalContext, _ a: Value) throws(EvalError) -> Value {
    try join(&ctx, a, .string(""))
  }

  static func join(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError) -> Value {
    guard case .list(let list) = a, case .string(let separator) = b else {
      throw .noOverload("join", a, b)
    }
    var result = ""
    for index in 0..<list.count {
      guard case .string(let s) = list[index] else {
        throw EvalError("join: list element \(index) is \(list[index].typeName.name), not string")
      }
      if index > 0 { result += separator }
      result += s
      try ctx.allocate((s.utf8.count + separator.utf8.count) / 64)
    }
    return .string(result)
  }
}
