/// One step of `XMLScanner`: byte ranges into the part, nothing decoded or allocated.
enum XMLEvent {
  case start(XMLTag)
  /// An end tag, by its local name (without a namespace prefix).
  case end(Range<Int>)
  /// Character data as written (entities not yet decoded); see `XMLScanner.appendText`.
  case text(Range<Int>)
  /// The inside of a `<![CDATA[...]]>` section, taken literally.
  case cdata(Range<Int>)
}

/// A start (or empty-element) tag: its local name and the raw attribute text.
struct XMLTag {
  var name: Range<Int>
  var attributes: Range<Int>
  var selfClosing: Bool
}

/// A minimal pull scanner for the XML of document parts (XLSX, DOCX, ODS), on bytes.
///
/// Their XML is machine-written, so this reads tags, attributes, text, CDATA, comments and
/// processing instructions, and compares names by local name (`x:c` is `c`), without checking
/// nesting or namespaces. Document type declarations are refused (OOXML and ODF parts have
/// none), so no entity can expand; only the five predefined entities and character references
/// are decoded.
/// Every step consumes at least one byte, so scanning is linear and always ends.
struct XMLScanner {
  let bytes: [UInt8]
  let part: String
  private(set) var position = 0

  init(bytes: [UInt8], part: String) {
    self.bytes = bytes
    self.part = part
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
  }

  /// The next event, or nil at the end of the part.
  mutating func next() throws(PackageError) -> XMLEvent? {
    let count = bytes.count
    while position < count {
      guard bytes[position] == Self.lessThan else {
        let start = position
        position = find(Self.lessThan, from: position) ?? count
        return .text(start..<position)
      }
      let after = position + 1
      guard after < count else { throw malformed("a '<' at the end") }
      switch bytes[after] {
      case Self.slash:
        let close = try closing(from: after)
        let name = localName(in: (after + 1)..<close)
        position = close + 1
        return .end(name)
      case Self.question:
        position = try skip(past: Self.processingEnd, from: after)
      case Self.bang:
        if matches(Self.commentStart, at: position) {
          position = try skip(past: Self.commentEnd, from: position + 4)
        } else if matches(Self.cdataStart, at: position) {
          let start = position + Self.cdataStart.count
          position = try skip(past: Self.cdataEnd, from: start)
          return .cdata(start..<(position - Self.cdataEnd.count))
        } else {
          let (line, column) = lineAndColumn(of: position)
          throw .documentType(name: part, line: line, column: column)
        }
      default:
        return .start(try startTag(from: after))
      }
    }
    return nil
  }

  private mutating func startTag(from start: Int) throws(PackageError) -> XMLTag {
    var index = start
    while index < bytes.count, !Self.endsName(bytes[index]) { index += 1 }
    let name = localName(in: start..<index)
    let close = try closing(from: index)
    let selfClosing = close > start && bytes[close - 1] == Self.slash
    position = close + 1
    return XMLTag(
      name: name, attributes: index..<(selfClosing ? close - 1 : close), selfClosing: selfClosing)
  }

  /// The index of the `>` ending the tag that continues at `start`, skipping quoted values.
  private func closing(from start: Int) throws(PackageError) -> Int {
    var index = start
    var quote: UInt8 = 0
    while index < bytes.count {
      let byte = bytes[index]
      if quote != 0 {
        if byte == quote { quote = 0 }
      } else if byte == Self.greaterThan {
        return index
      } else if byte == 0x22 || byte == 0x27 {
        quote = byte
      } else if byte == Self.lessThan {
        throw malformed("a '<' inside a tag")
      }
      index += 1
    }
    throw malformed("a tag that never closes")
  }

  private func skip(past terminator: [UInt8], from start: Int) throws(PackageError) -> Int {
    var index = start
    while let found = find(terminator[0], from: index) {
      if matches(terminator, at: found) { return found + terminator.count }
      index = found + 1
    }
    throw malformed("an unterminated comment, CDATA section or processing instruction")
  }

  func find(_ byte: UInt8, from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      if bytes[index] == byte { return index }
      index += 1
    }
    return nil
  }

  func matches(_ pattern: [UInt8], at start: Int) -> Bool {
    guard start + pattern.count <= bytes.count else { return false }
    for (offset, byte) in pattern.enumerated() where bytes[start + offset] != byte { return false }
    return true
  }

  /// The part of a qualified name after its prefix, trimmed of whitespace.
  func localName(in range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while upper > lower, Self.isSpace(bytes[upper - 1]) { upper -= 1 }
    var index = lower
    while index < upper {
      if bytes[index] == Self.colon { lower = index + 1 }
      index += 1
    }
    return lower..<upper
  }

  /// The 1-based line and byte column of `offset`, for a located diagnostic (error paths only).
  func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return (line, offset - lineStart + 1)
  }

  func malformed(_ reason: String) -> PackageError {
    .malformedPart(name: part, reason: reason)
  }

  static let lessThan = UInt8(ascii: "<")
  static let greaterThan = UInt8(ascii: ">")
  static let slash = UInt8(ascii: "/")
  static let question = UInt8(ascii: "?")
  static let bang = UInt8(ascii: "!")
  static let colon = UInt8(ascii: ":")
  static let commentStart = Array("<!--".utf8)
  static let commentEnd = Array("-->".utf8)
  static let cdataStart = Array("<![CDATA[".utf8)
  static let cdataEnd = Array("]]>".utf8)
  static let processingEnd = Array("?>".utf8)

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func endsName(_ byte: UInt8) -> Bool {
    isSpace(byte) || byte == slash || byte == greaterThan
  }
}
