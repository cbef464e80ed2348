/// Parses the part of ICU's pattern syntax the built-in engine reproduces exactly; anything
/// else throws `RegexUnsupported` and is left to ICU.
///
/// Accepted: literals, `.`, `^`, `$`, classes (`[a-z]`, `[^\s0-9]`), `\d \D \w \W \s \S \v \b
/// \B`, escaped punctuation, `\xHH`, `\x{H…}`, `\uHHHH`, `\t \n \r \f \e \a`, `( )`, `(?: )`,
/// `|`, `* + ? {n} {n,} {n,m}` and their lazy forms, and `(?i)` at the very start (ASCII case
/// folding; the matcher defers non-ASCII subjects to ICU).
struct RegexParser {
  /// The pattern's scalars, by value.
  let scalars: [UInt32]
  var index = 0
  /// `(?i)` opened the pattern.
  var caseInsensitive = false
  /// Open groups; deep nesting is left to ICU rather than risking the stack.
  private var depth = 0
  private static let maxDepth = 100

  /// The pattern's tree and whether it ignores case.
  static func parse(_ pattern: String) throws(RegexUnsupported) -> (RegexNode, Bool) {
    var parser = RegexParser(scalars: pattern.unicodeScalars.map(\.value))
    if parser.scalars.starts(with: "(?i)".unicodeScalars.map(\.value)) {
      parser.caseInsensitive = true
      parser.index = 4
    }
    // ICU refuses an empty pattern.
    guard parser.index < parser.scalars.count else { throw RegexUnsupported() }
    let node = try parser.alternation()
    guard parser.index == parser.scalars.count else { throw RegexUnsupported() }
    return (node, parser.caseInsensitive)
  }

  var current: UInt32? { index < scalars.count ? scalars[index] : nil }

  func peek(_ offset: Int) -> UInt32? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private mutating func alternation() throws(RegexUnsupported) -> RegexNode {
    var branches = [try concatenation()]
    while current == ascii("|") {
      index += 1
      branches.append(try concatenation())
    }
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  private mutating func concatenation() throws(RegexUnsupported) -> RegexNode {
    var items: [RegexNode] = []
    while let scalar = current, scalar != ascii("|"), scalar != ascii(")") {
      let atom = try self.atom()
      items.append(try quantified(atom))
    }
    switch items.count {
    case 0: return .empty
    case 1: return items[0]
    default: return .concatenation(items)
    }
  }

  private mutating func atom() throws(RegexUnsupported) -> RegexNode {
    guard let scalar = current else { throw RegexUnsupported() }
    index += 1
    switch scalar {
    case ascii("("): return try group()
    case ascii("["): return try characterClass()
    case ascii("."): return .any
    case ascii("^"): return .assertion(.start)
    case ascii("$"): return .assertion(.end)
    case ascii("\\"): return try escape()
    case ascii("*"), ascii("+"), ascii("?"), ascii("{"), ascii("}"), ascii("]"):
      throw RegexUnsupported()
    default: return try literal(scalar)
    }
  }

  /// After `(`: a plain or `(?:` group up to its `)`.
  private mutating func group() throws(RegexUnsupported) -> RegexNode {
    if current == ascii("?") {
      guard peek(1) == ascii(":") else { throw RegexUnsupported() }
      index += 2
    }
    depth += 1
    guard depth <= RegexParser.maxDepth else { throw RegexUnsupported() }
    let inside = try alternation()
    guard current == ascii(")") else { throw RegexUnsupported() }
    index += 1
    depth -= 1
    return inside
  }

  /// A literal scalar, folded to a two-letter set under `(?i)`.
  func literal(_ scalar: UInt32) throws(RegexUnsupported) -> RegexNode {
    guard caseInsensitive else { return .scalar(scalar) }
    guard scalar < 0x80 else { throw RegexUnsupported() }
    return RegexCharSet.otherCase(scalar) == nil ? .scalar(scalar) : .set(.caseless(scalar))
  }

  /// `atom` followed by any quantifier.
  private mutating func quantified(_ atom: RegexNode) throws(RegexUnsupported) -> RegexNode {
    guard let scalar = current else { return atom }
    let bounds: (Int, Int?)
    switch scalar {
    case ascii("*"): bounds = (0, nil)
    case ascii("+"): bounds = (1, nil)
    case ascii("?"): bounds = (0, 1)
    case ascii("{"): bounds = try counted()
    default: return atom
    }
    if case .assertion = atom { throw RegexUnsupported() }
    if scalar != ascii("{") { index += 1 }
    // A lazy quantifier finds the same matches; a possessive one may not.
    if current == ascii("?") { index += 1 }
    if let next = current, [ascii("*"), ascii("+"), ascii("?"), ascii("{")].contains(next) {
      throw RegexUnsupported()
    }
    return .repetition(atom, min: bounds.0, max: bounds.1)
  }

  /// `{n}`, `{n,}` or `{n,m}`, consumed.
  private mutating func counted() throws(RegexUnsupported) -> (Int, Int?) {
    index += 1
    let low = try number()
    var high: Int? = low
    if current == ascii(",") {
      index += 1
      high = current == ascii("}") ? nil : try number()
    }
    guard current == ascii("}") else { throw RegexUnsupported() }
    index += 1
    if let high, high < low { throw RegexUnsupported() }
    return (low, high)
  }

  /// Decimal digits, at most 1,000 (vetting refuses larger counts anyway).
  private mutating func number() throws(RegexUnsupported) -> Int {
    var value = 0
    var digits = 0
    while let scalar = current, scalar >= ascii("0"), scalar <= ascii("9") {
      value = value * 10 + Int(scalar - ascii("0"))
      digits += 1
      index += 1
      guard value <= 1_000 else { throw RegexUnsupported() }
    }
    guard digits > 0 else { throw RegexUnsupported() }
    return value
  }
}

/// An ASCII character's scalar value.
func ascii(_ character: Unicode.Scalar) -> UInt32 { character.value }
