import PlanModel

/// The parser's state over a byte buffer: the read index and the current line, so every
/// position is computed in O(1) as the parser goes.
///
/// Containers are built on an explicit stack of frames rather than by recursion, so nesting
/// depth is bounded by `maxDepth` and never by the thread's stack size.
struct JSONScanner {
  let buffer: UnsafeBufferPointer<UInt8>
  let maxDepth: Int
  var index = 0
  var line = 1
  /// Offset of the first byte of the current line.
  var lineStart = 0
  /// Keys of the root object whose array (or object) values are skimmed, not built (see
  /// `DeferredArray`).
  var deferredKeys: Set<String> = []
  var deferred: [String: DeferredArray] = [:]
  /// Whether an object under a deferred key is skimmed too (else it is built as usual).
  var deferObjects = false
  /// Levels above the first value parsed, counted against `maxDepth` (elements of a
  /// deferred array sit two levels below the root).
  var depthOffset = 0

  init(buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
    self.buffer = buffer
    self.maxDepth = maxDepth
  }

  /// An array or object under construction.
  private struct Frame {
    var isObject: Bool
    var position: SourcePosition
    var elements: [JSONValue] = []
    var members: [JSONMember] = []
    var pendingKey = ""
    var pendingKeyPosition = SourcePosition.unknown
    /// Built once an object has many members, so duplicate checks stay linear overall.
    var keySet: Set<String>?

    func finished() -> JSONValue {
      isObject
        ? JSONValue(.object(JSONObject(members)), position: position)
        : JSONValue(.array(elements), position: position)
    }
  }

  mutating func parseDocument() -> Result<JSONValue, JSONSyntaxError> {
    do throws(JSONSyntaxError) {
      skipByteOrderMark()
      skipWhitespace()
      guard index < buffer.count else {
        throw error("expected a JSON value, found end of input (the file is empty)")
      }
      let value = try parseValue()
      skipWhitespace()
      if index < buffer.count {
        throw error("expected end of input after the JSON value, found \(describeCurrent())")
      }
      return .success(value)
    } catch {
      return .failure(error)
    }
  }

  private mutating func skipByteOrderMark() {
    if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
      index = 3
      lineStart = 3
    }
  }

  /// Parses one value, containers included, without recursion.
  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    var stack: [Frame] = []
    var afterComma = false
    while true {
      skipWhitespace()
      let value: JSONValue
      let start = position()
      switch peek() {
      case let byte
      where (byte == UInt8(ascii: "[") || (deferObjects && byte == UInt8(ascii: "{")))
        && stack.count == 1
        && stack[0].isObject && deferredKeys.contains(stack[0].pendingKey):
        try checkDepth(stack.count)
        let isObject = byte == UInt8(ascii: "{")
        let (startIndex, startLine, startLineStart) = (index, line, lineStart)
        let count = try skimContainer()
        deferred[stack[0].pendingKey] = DeferredArray(
          start: startIndex, line: startLine, lineStart: startLineStart, position: start,
          count: count)
        value = JSONValue(isObject ? .object(JSONObject([])) : .array([]), position: start)
      case UInt8(ascii: "{"):
        try checkDepth(stack.count)
        index += 1
        afterComma = false
        stack.append(Frame(isObject: true, position: start))
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
          index += 1
          value = stack.removeLast().finished()
        } else {
          try readKey(into: &stack[stack.count - 1], afterComma: false)
          continue
        }
      case UInt8(ascii: "["):
        try checkDepth(stack.count)
        index += 1
        stack.append(Frame(isObject: false, position: start))
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
          index += 1
          value = stack.removeLast().finished()
        } else {
          afterComma = false
          continue
        }
      default:
        value = try parseScalar(afterComma: afterComma)
      }
      if let root = try close(value, stack: &stack, afterComma: &afterComma) { return root }
    }
  }

  /// Attaches a finished value to the open container and consumes what follows it: a comma
  /// (another value is due: returns nil) or closing brackets, which finish more values.
  /// Returns the root once the stack is empty.
  private mutating func close(
    _ finished: JSONValue, stack: inout [Frame], afterComma: inout Bool
  ) throws(JSONSyntaxError) -> JSONValue? {
    var value = finished
    while let top = stack.indices.last {
      attach(value, to: &stack[top])
      skipWhitespace()
      let byte = peek()
      if stack[top].isObject {
        if byte == UInt8(ascii: ",") {
          index += 1
          skipWhitespace()
          try readKey(into: &stack[top], afterComma: true)
          afterComma = false
          return nil
        }
        guard byte == UInt8(ascii: "}") else {
          throw error("expected ',' or '}' after object member, found \(describeCurrent())")
        }
      } else {
        if byte == UInt8(ascii: ",") {
          index += 1
          afterComma = true
          return nil
        }
        guard byte == UInt8(ascii: "]") else {
          throw error("expected ',' or ']' after array element, found \(describeCurrent())")
        }
      }
      index += 1
      value = stack.removeLast().finished()
    }
    return value
  }

  /// Parses the elements of the array that starts at the read index one at a time, handing
  /// each to `body` and keeping none.
  mutating func parseElements(_ body: (JSONValue) -> Void) throws(JSONSyntaxError) {
    guard peek() == UInt8(ascii: "[") else { throw error("expected '['") }
    index += 1
    skipWhitespace()
    if peek() == UInt8(ascii: "]") { return }
    while true {
      body(try parseValue())
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"): return
      default: throw error("expected ',' or ']' after array element, found \(describeCurrent())")
      }
    }
  }

  /// Moves past the array or object at the read index without building it: brackets are
  /// matched outside strings and lines counted. Validation happens when it is parsed.
  /// Returns how many elements it seems to hold (commas at its level, plus one).
  private mutating func skimContainer() throws(JSONSyntaxError) -> Int {
    guard peek() == UInt8(ascii: "[") || peek() == UInt8(ascii: "{") else {
      throw error("expected an array")
    }
    index += 1
    var depth = 1
    var inString = false
    var commas = 0
    var empty = true
    while index < buffer.count {
      let byte = buffer[index]
      index += 1
      if inString {
        if byte == UInt8(ascii: "\\") {
          index += 1
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        } else if byte == 0x0A {
          throw error("line break in a string")
        }
        continue
      }
      switch byte {
      case 0x20, 0x09, 0x0D: continue
      case 0x0A:
        line += 1
        lineStart = index
        continue
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        depth -= 1
        if depth == 0 { return empty ? 0 : commas + 1 }
      case UInt8(ascii: ","):
        if depth == 1 { commas += 1 }
      default: break
      }
      empty = false
    }
    throw error("unterminated array")
  }

  private func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
    guard depth + depthOffset < maxDepth else {
      throw error("nesting is deeper than \(maxDepth) levels; flatten the document")
    }
  }

  private func attach(_ value: JSONValue, to frame: inout Frame) {
    if frame.isObject {
      frame.members.append(
        JSONMember(key: frame.pendingKey, keyPosition: frame.pendingKeyPosition, value: value))
      frame.keySet?.insert(frame.pendingKey)
    } else {
      frame.elements.append(value)
    }
  }

  /// Reads `"key" :` and records it as the frame's pending key, rejecting duplicates.
  private mutating func readKey(into frame: inout Frame, afterComma: Bool) throws(JSONSyntaxError) {
    guard peek() == UInt8(ascii: "\"") else {
      if afterComma, peek() == UInt8(ascii: "}") {
        throw error("expected a string key after ',' (trailing commas are not allowed)")
      }
      throw error("expected a string key in double quotes, found \(describeCurrent())")
    }
    let keyPosition = position()
    let key = try parseString()
    if isDuplicate(key, in: &frame) {
      throw error("duplicate key '\(key)' in object; each key may appear once", at: keyPosition)
    }
    skipWhitespace()
    guard peek() == UInt8(ascii: ":") else {
      throw error("expected ':' after object key '\(key)', found \(describeCurrent())")
    }
    index += 1
    frame.pendingKey = key
    frame.pendingKeyPosition = keyPosition
  }

  private func isDuplicate(_ key: String, in frame: inout Frame) -> Bool {
    if let keySet = frame.keySet { return keySet.contains(key) }
    if frame.members.count >= 16 {
      frame.keySet = Set(frame.members.map(\.key))
      return frame.keySet?.contains(key) ?? false
    }
    return frame.members.contains { $0.key == key }
  }
}
