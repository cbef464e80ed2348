extension RegexParser {
  /// What an escape stands for.
  enum EscapeItem {
    case scalar(UInt32)
    case member(RegexCharSet.Member)
    case assertion(RegexAssertion)
  }

  /// After `\` outside a class.
  mutating func escape() throws(RegexUnsupported) -> RegexNode {
    switch try escapeItem() {
    case .scalar(let value): return try literal(value)
    case .member(let member):
      return .set(RegexCharSet(ranges: [], members: [member], negated: false))
    case .assertion(let assertion): return .assertion(assertion)
    }
  }

  /// After `[`: the class up to its `]`. ICU's set syntax beyond plain members and ranges
  /// (nested sets, `&&`, `--`, `[:name:]`, `{string}`, `]` first) is left to ICU.
  mutating func characterClass() throws(RegexUnsupported) -> RegexNode {
    try vetClassText()
    let negated = current == ascii("^")
    if negated { index += 1 }
    var ranges: [ClosedRange<UInt32>] = []
    var members: [RegexCharSet.Member] = []
    var first = true
    while true {
      guard let scalar = current else { throw RegexUnsupported() }
      if scalar == ascii("]") {
        guard !first else { throw RegexUnsupported() }
        index += 1
        break
      }
      defer { first = false }
      if scalar == ascii("-") {
        guard first || peek(1) == ascii("]") else { throw RegexUnsupported() }
        ranges.append(scalar...scalar)
        index += 1
        continue
      }
      switch try classItem() {
      case .member(let member): members.append(member)
      case .scalar(let low): ranges.append(try rangeFrom(low))
      case .assertion: throw RegexUnsupported()
      }
    }
    if caseInsensitive, ranges.contains(where: { $0.upperBound >= 0x80 }) {
      throw RegexUnsupported()
    }
    let set = RegexCharSet(
      ranges: ranges, members: members, negated: negated, caseInsensitive: caseInsensitive)
    return .set(set)
  }

  /// `low`, or `low-high` when a range follows.
  private mutating func rangeFrom(_ low: UInt32) throws(RegexUnsupported) -> ClosedRange<UInt32> {
    guard current == ascii("-"), let after = peek(1), after != ascii("]") else {
      return low...low
    }
    index += 1
    guard case .scalar(let high) = try classItem(), low <= high else { throw RegexUnsupported() }
    return low...high
  }

  /// One member of a class: a literal or an escape.
  private mutating func classItem() throws(RegexUnsupported) -> EscapeItem {
    guard let scalar = current, scalar != ascii("[") else { throw RegexUnsupported() }
    index += 1
    return scalar == ascii("\\") ? try escapeItem() : .scalar(scalar)
  }

  /// Refuses class text whose meaning in ICU's set syntax is not a plain union.
  private func vetClassText() throws(RegexUnsupported) {
    var position = index
    if peek(0) == ascii(":") { throw RegexUnsupported() }
    if peek(0) == ascii("^") { position += 1 }
    let start = position
    let special: Set<UInt32> = [ascii("["), ascii("{"), ascii("}")]
    while position < scalars.count {
      let scalar = scalars[position]
      let next = position + 1 < scalars.count ? scalars[position + 1] : nil
      if scalar == ascii("\\") {
        // `\x{…}` is one escape, braces included.
        let braced =
          next == ascii("x") && position + 2 < scalars.count
          && scalars[position + 2] == ascii("{")
        position += 2
        while braced, position < scalars.count, scalars[position] != ascii("}") { position += 1 }
        if braced { position += 1 }
        continue
      }
      if scalar == ascii("]"), position != start { return }
      if special.contains(scalar) { throw RegexUnsupported() }
      if (scalar == ascii("&") || scalar == ascii("-")), next == scalar { throw RegexUnsupported() }
      position += 1
    }
  }

  /// After `\`: ICU's meaning, for the escapes the engine reproduces.
  mutating func escapeItem() throws(RegexUnsupported) -> EscapeItem {
    guard let letter = current else { throw RegexUnsupported() }
    index += 1
    switch letter {
    case ascii("d"), ascii("D"):
      return .member(.init(escape: .digit, negated: letter != ascii("d")))
    case ascii("s"), ascii("S"):
      return .member(.init(escape: .space, negated: letter != ascii("s")))
    case ascii("w"), ascii("W"): return .member(.init(escape: .word, negated: letter != ascii("w")))
    case ascii("v"): return .member(.init(escape: .verticalSpace, negated: false))
    case ascii("b"): return .assertion(.wordBoundary)
    case ascii("B"): return .assertion(.notWordBoundary)
    case ascii("t"): return .scalar(0x09)
    case ascii("n"): return .scalar(0x0A)
    case ascii("f"): return .scalar(0x0C)
    case ascii("r"): return .scalar(0x0D)
    case ascii("a"): return .scalar(0x07)
    case ascii("e"): return .scalar(0x1B)
    case ascii("x"): return .scalar(try hexEscape())
    case ascii("u"): return .scalar(try hexDigits(exactly: 4))
    default:
      guard RegexParser.isEscapablePunctuation(letter) else { throw RegexUnsupported() }
      return .scalar(letter)
    }
  }

  /// After `\x`: two hex digits, or one to six in braces.
  private mutating func hexEscape() throws(RegexUnsupported) -> UInt32 {
    guard current == ascii("{") else { return try hexDigits(exactly: 2) }
    index += 1
    var value: UInt32 = 0
    var digits = 0
    while let scalar = current, scalar != ascii("}") {
      guard let digit = RegexParser.hexValue(scalar), digits < 6 else { throw RegexUnsupported() }
      value = value * 16 + digit
      digits += 1
      index += 1
    }
    guard current == ascii("}"), digits > 0 else { throw RegexUnsupported() }
    index += 1
    return try RegexParser.validScalar(value)
  }

  private mutating func hexDigits(exactly count: Int) throws(RegexUnsupported) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<count {
      guard let scalar = current, let digit = RegexParser.hexValue(scalar) else {
        throw RegexUnsupported()
      }
      value = value * 16 + digit
      index += 1
    }
    return try RegexParser.validScalar(value)
  }

  private static func validScalar(_ value: UInt32) throws(RegexUnsupported) -> UInt32 {
    guard Unicode.Scalar(value) != nil else { throw RegexUnsupported() }
    return value
  }

  private static func hexValue(_ scalar: UInt32) -> UInt32? {
    switch scalar {
    case ascii("0")...ascii("9"): scalar - ascii("0")
    case ascii("a")...ascii("f"): scalar - ascii("a") + 10
    case ascii("A")...ascii("F"): scalar - ascii("A") + 10
    default: nil
    }
  }

  /// ASCII punctuation, which a backslash makes literal.
  private static func isEscapablePunctuation(_ scalar: UInt32) -> Bool {
    (0x21...0x2F).contains(scalar) || (0x3A...0x40).contains(scalar)
      || (0x5B...0x60).contains(scalar) || (0x7B...0x7E).contains(scalar)
  }
}
