/// Writes JSON token by token straight into bytes, in `JSONWriter`'s layout, so large
/// documents need no tree of values in between.
///
/// The caller writes keys in the order they should appear (reports write them sorted);
/// containers are written through closures, so every one opened is closed. Pretty output
/// matches `JSONWriter.write`: 2-space indent, one element per line, `"key": value`, and
/// empty containers as `{}` and `[]`; compact output matches `JSONWriter.compact`.
package struct JSONStreamWriter {
  /// Takes bytes written so far, leaving the buffer empty (see `write(into:pretty:drain:_:)`).
  package typealias ByteDrain = (inout [UInt8]) -> Void

  private var bytes: [UInt8]
  private let pretty: Bool
  /// One entry per open container: whether it already holds an element.
  private var filled: [Bool] = []
  /// A key was just written, so the next value continues its line.
  private var afterKey = false

  /// Takes the bytes written so far (and empties the buffer) once it holds `drainSize`.
  private let drain: ByteDrain?
  /// How full the buffer gets before `drain` takes it.
  package static let drainSize = 1 << 20

  private init(pretty: Bool, drain: ByteDrain?) {
    self.pretty = pretty
    self.drain = drain
    bytes = []
  }

  /// Appends one JSON document to `bytes`, written by `body`; pretty output ends with a line
  /// break, as `JSONWriter.write` does, and compact output (`pretty: false`) is one line
  /// without spaces.
  ///
  /// With a `drain`, the bytes are handed over in chunks of about `drainSize` as they are
  /// written (and whatever is left stays in `bytes`), so a report of any size is written to
  /// its file with a buffer of a megabyte.
  package static func write(
    into bytes: inout [UInt8], pretty: Bool = true, drain: ByteDrain? = nil,
    _ body: (inout JSONStreamWriter) -> Void
  ) {
    var writer = JSONStreamWriter(pretty: pretty, drain: drain)
    // Swapped in and out rather than copied, so a large buffer is never duplicated.
    swap(&writer.bytes, &bytes)
    body(&writer)
    if pretty { writer.bytes.append(0x0A) }
    swap(&writer.bytes, &bytes)
  }

  // MARK: Containers

  /// An object whose members `body` writes.
  package mutating func object(_ body: (inout JSONStreamWriter) -> Void) {
    open(UInt8(ascii: "{"))
    body(&self)
    close(UInt8(ascii: "}"))
  }

  /// An array whose elements `body` writes.
  package mutating func array(_ body: (inout JSONStreamWriter) -> Void) {
    open(UInt8(ascii: "["))
    body(&self)
    close(UInt8(ascii: "]"))
  }

  /// An object member's key; the member's value is whatever is written next.
  package mutating func key(_ name: String) {
    startElement()
    JSONWriter.appendString(name, to: &bytes)
    if pretty {
      bytes.append(UInt8(ascii: ":"))
      bytes.append(UInt8(ascii: " "))
    } else {
      bytes.append(UInt8(ascii: ":"))
    }
    afterKey = true
  }

  // MARK: Scalars

  package mutating func string(_ text: String) {
    startValue()
    JSONWriter.appendString(text, to: &bytes)
  }

  /// A number written exactly as `text` (which must follow the RFC 8259 number grammar).
  package mutating func number(_ text: String) {
    startValue()
    bytes.append(contentsOf: text.utf8)
  }

  package mutating func number(_ value: Int) { number(String(value)) }

  package mutating func bool(_ value: Bool) {
    startValue()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  package mutating func null() {
    startValue()
    bytes.append(contentsOf: "null".utf8)
  }

  // MARK: Layout

  private mutating func open(_ bracket: UInt8) {
    startValue()
    bytes.append(bracket)
    filled.append(false)
  }

  private mutating func close(_ bracket: UInt8) {
    let hadElements = filled.popLast() ?? false
    if pretty && hadElements {
      bytes.append(0x0A)
      indent()
    }
    bytes.append(bracket)
  }

  private mutating func startValue() {
    if afterKey {
      afterKey = false
    } else {
      startElement()
    }
  }

  /// The separator and line break before an element of the innermost container.
  private mutating func startElement() {
    if let drain, bytes.count >= JSONStreamWriter.drainSize { drain(&bytes) }
    guard let last = filled.indices.last else { return }
    if filled[last] { bytes.append(UInt8(ascii: ",")) }
    filled[last] = true
    if pretty {
      bytes.append(0x0A)
      indent()
    }
  }

  private mutating func indent() {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: filled.count * 2))
  }
}

extension JSONStreamWriter {
  /// A member with a string value.
  package mutating func field(_ name: String, _ value: String) {
    key(name)
    string(value)
  }

  /// A member with an integer value.
  package mutating func field(_ name: String, _ value: Int) {
    key(name)
    number(value)
  }

  /// A member with a boolean value.
  package mutating func field(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  /// A string member, left out when `value` is nil.
  package mutating func field(_ name: String, ifPresent value: String?) {
    if let value { field(name, value) }
  }

  /// An integer member, left out when `value` is nil.
  package mutating func field(_ name: String, ifPresent value: Int?) {
    if let value { field(name, value) }
  }

  /// A member whose value is an object `body` writes.
  package mutating func object(_ name: String, _ body: (inout JSONStreamWriter) -> Void) {
    key(name)
    object(body)
  }

  /// A member whose value is an array `body` writes.
  package mutating func array(_ name: String, _ body: (inout JSONStreamWriter) -> Void) {
    key(name)
    array(body)
  }

  /// A member whose value is an array of strings.
  package mutating func array(_ name: String, strings: [String]) {
    array(name) { json in
      for text in strings { json.string(text) }
    }
  }
}
