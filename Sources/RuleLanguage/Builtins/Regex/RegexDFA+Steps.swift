/// The NFA walks behind each new DFA transition, and the byte-level helpers of the search.
extension RegexDFA {
  /// What the assertions at one position can see.
  struct Context {
    var atStart: Bool
    /// `$` holds: the end, or before a line terminator that ends the subject.
    var atEnd: Bool
    var previousIsWord: Bool
    var nextIsWord = false
    /// The next scalar is one `\b` looks through (a combining mark, a format character).
    var nextIsTransparent = false

    func holds(_ assertion: RegexAssertion) -> Bool {
      switch assertion {
      case .start: atStart
      case .end: atEnd
      case .wordBoundary: !nextIsTransparent && nextIsWord != previousIsWord
      case .notWordBoundary: nextIsTransparent || nextIsWord == previousIsWord
      }
    }
  }

  /// The state after `scalar` from state `id` in `context` (bit 1: the start, bit 2: `$`
  /// holds); `matched` or `dead` when the search is decided; nil when ICU must decide.
  mutating func step(from id: Int32, context bits: Int, scalar: UInt32) -> Int32? {
    let state = states[Int(id)]
    var context = Context(
      atStart: bits & 1 != 0, atEnd: bits & 2 != 0, previousIsWord: state.previousIsWord)
    if program.usesWordBoundary {
      guard let word = RegexUnicode.isWord(scalar),
        let transparent = RegexUnicode.isTransparent(scalar)
      else { return nil }
      context.nextIsWord = word
      context.nextIsTransparent = transparent
    }
    guard let consuming = resolve(state.pending, context) else { return RegexDFA.matched }
    beginWalk()
    var pending: [Int32] = []
    for pc in consuming {
      guard let accepted = accepts(instructions[Int(pc)], scalar) else { return nil }
      if accepted, follow(Int(pc) + 1, into: &pending) { return RegexDFA.matched }
    }
    if !anchored {
      for pc in startPending where mark(pc) { pending.append(pc) }
    }
    guard !pending.isEmpty else { return RegexDFA.dead }
    pending.sort()
    let previousIsWord =
      program.usesWordBoundary
      && (context.nextIsTransparent ? state.previousIsWord : context.nextIsWord)
    return intern(State(pending: pending, previousIsWord: previousIsWord))
  }

  /// Follows the assertions in `pending` that hold in `context`; the consuming instructions
  /// reached, or nil when `match` is.
  mutating func resolve(_ pending: [Int32], _ context: Context) -> [Int32]? {
    beginWalk()
    var consuming: [Int32] = []
    stack.append(contentsOf: pending.reversed())
    while let pc = stack.popLast() {
      guard mark(pc) else { continue }
      switch instructions[Int(pc)] {
      case .split(let first, let second): stack.append(contentsOf: [Int32(second), Int32(first)])
      case .jump(let target): stack.append(Int32(target))
      case .match:
        stack.removeAll(keepingCapacity: true)
        return nil
      case .assertion(let assertion):
        if context.holds(assertion) { stack.append(pc + 1) }
      case .scalar, .set, .any: consuming.append(pc)
      }
    }
    return consuming
  }

  /// Follows splits and jumps from `start`, adding the consuming instructions and assertions
  /// reached to `pending`; true when `match` is reached. Part of the walk `beginWalk` began.
  mutating func follow(_ start: Int, into pending: inout [Int32]) -> Bool {
    stack.append(Int32(start))
    while let pc = stack.popLast() {
      guard mark(pc) else { continue }
      switch instructions[Int(pc)] {
      case .split(let first, let second): stack.append(contentsOf: [Int32(second), Int32(first)])
      case .jump(let target): stack.append(Int32(target))
      case .match:
        stack.removeAll(keepingCapacity: true)
        return true
      case .assertion, .scalar, .set, .any: pending.append(pc)
      }
    }
    return false
  }

  /// Whether a consuming instruction takes `scalar`; nil when Unicode data is not trusted.
  func accepts(_ instruction: RegexInstruction, _ scalar: UInt32) -> Bool? {
    switch instruction {
    case .scalar(let value): value == scalar
    case .set(let index): program.sets[index].contains(scalar)
    case .any: !RegexUnicode.isLineTerminator(scalar)
    case .split, .jump, .assertion, .match: false
    }
  }

  /// Starts a walk over the instructions: nothing is marked visited.
  mutating func beginWalk() {
    generation &+= 1
    if generation == 0 {
      marks = Array(repeating: 0, count: marks.count)
      generation = 1
    }
  }

  /// Marks `pc` visited; false when it already was in this walk.
  mutating func mark(_ pc: Int32) -> Bool {
    let index = Int(pc)
    guard marks[index] != generation else { return false }
    marks[index] = generation
    return true
  }

  /// Whether `$` holds before the scalar at `position`: a line terminator ending the subject
  /// (but not the `\n` of a final `\r\n`), or a final `\r\n`.
  static func endHolds(_ bytes: UnsafeBufferPointer<UInt8>, before position: Int) -> Bool {
    let count = bytes.count
    let byte = bytes[position]
    if byte == 0x0D, position + 2 == count, bytes[position + 1] == 0x0A { return true }
    var length = 0
    switch byte {
    case 0x0A...0x0D: length = 1
    case 0xC2 where position + 2 == count && bytes[position + 1] == 0x85: length = 2
    case 0xE2 where position + 3 == count && bytes[position + 1] == 0x80:
      length = bytes[position + 2] == 0xA8 || bytes[position + 2] == 0xA9 ? 3 : 0
    default: length = 0
    }
    guard length > 0, position + length == count else { return false }
    return !(byte == 0x0A && position > 0 && bytes[position - 1] == 0x0D)
  }

  /// The scalar encoded at `position` (a lead byte of 0x80 or above) and its length in bytes.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int) -> (UInt32, Int)? {
    let lead = UInt32(bytes[position])
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC2...0xDF: (length, value) = (2, lead & 0x1F)
    case 0xE0...0xEF: (length, value) = (3, lead & 0x0F)
    case 0xF0...0xF4: (length, value) = (4, lead & 0x07)
    default: return nil
    }
    guard position + length <= bytes.count else { return nil }
    for offset in 1..<length {
      let continuation = UInt32(bytes[position + offset])
      guard continuation & 0xC0 == 0x80 else { return nil }
      value = value << 6 | (continuation & 0x3F)
    }
    return (value, length)
  }
}
