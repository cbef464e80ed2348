/// CEL's strings extension (cel-go `ext.Strings`): positions count code points, as CEL's do.
enum StringExtensions {
  /// Code-point index of the first occurrence of `b` in `a`, or -1; `""` is found at 0.
  static func indexOf(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError) -> Value {
    let (text, needle) = try StringFunctions.strings("indexOf", a, b)
    return .int(position(of: needle, in: text, last: false))
  }

  /// Code-point index of the last occurrence of `b` in `a`, or -1.
  static func lastIndexOf(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError)
    -> Value
  {
    let (text, needle) = try StringFunctions.strings("lastIndexOf", a, b)
    return .int(position(of: needle, in: text, last: true))
  }

  /// `s.substring(start)`: the code points from `start` to the end.
  static func substringFrom(_ ctx: inout EvalContext, _ a: Value, _ b: Value) throws(EvalError)
    -> Value
  {
    guard case .string(let text) = a, case .int(let start) = b else {
      throw .noOverload("substring", a, b)
    }
    let count = ascii(text) { $0.count } ?? text.unicodeScalars.count
    return try substring(text, start, count)
  }

  /// `s.substring(start, end)`: code points `start ..< end`; out of range is an error.
  static func substringRange(_ ctx: inout EvalContext, _ a: Value, _ b: Value, _ c: Value)
    throws(EvalError) -> Value
  {
    guard case .string(let text) = a, case .int(let start) = b, case .int(let end) = c else {
      throw .noOverload("substring", a, b, c)
    }
    return try substring(text, start, end)
  }

  /// `s.replace(old, new)`: every occurrence.
  static func replace(_ ctx: inout EvalContext, _ a: Value, _ b: Value, _ c: Value)
    throws(EvalError) -> Value
  {
    guard case .string(let text) = a, case .string(let old) = b, case .string(let new) = c else {
      throw .noOverload("replace", a, b, c)
    }
    guard !old.isEmpty else { return .string(text) }
    try ctx.allocate(text.utf8.count / 64 + 1)
    return .string(text.replacing(old, with: new))
  }

  /// `body` over the bytes of `text` when it is all ASCII (code points are then bytes, and
  /// positions need no array of scalars); nil otherwise.
  private static func ascii<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
    let result: R?? = text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { $0 < 0x80 } ? body(bytes) : nil
    }
    return result ?? nil
  }

  private static func substring(_ text: String, _ start: Int, _ end: Int) throws(EvalError) -> Value
  {
    let fast: String?? = ascii(text) { bytes in
      guard start >= 0, end <= bytes.count, start <= end else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    if let fast, let result = fast { return .string(result) }
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, end <= scalars.count, start <= end else {
      throw EvalError(
        "substring(\(start), \(end)) is out of range for a string of \(scalars.count) code points")
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[start..<end])
    return .string(String(result))
  }

  private static func position(of needle: String, in text: String, last: Bool) -> Int {
    let fast: Int?? = ascii(text) { hay in
      ascii(needle) { pin in
        guard !pin.isEmpty else { return last ? hay.count : 0 }
        guard pin.count <= hay.count else { return -1 }
        let starts = 0...(hay.count - pin.count)
        let match = { (start: Int) in
          UnsafeBufferPointer(rebasing: hay[start..<(start + pin.count)]).elementsEqual(pin)
        }
        return (last ? starts.reversed().first(where: match) : starts.first(where: match)) ?? -1
      }
    }
    if let fast, let result = fast { return result }
    let hay = Array(text.unicodeScalars)
    let pin = Array(needle.unicodeScalars)
    guard !pin.isEmpty else { return last ? hay.count : 0 }
    guard pin.count <= hay.count else { return -1 }
    let starts = Array(0...(hay.count - pin.count))
    for start in last ? starts.reversed() : starts
    where hay[start..<(start + pin.count)].elementsEqual(pin) {
      return start
    }
    return -1
  }
}
