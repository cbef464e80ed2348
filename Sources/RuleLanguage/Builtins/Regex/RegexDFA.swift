/// A DFA built lazily from a `RegexProgram` while searching: a state is the set of NFA
/// instructions alive at a position, and each transition is worked out from the NFA the first
/// time it is taken, then read from a table. Matching is linear in the subject's length, with
/// a per-byte cost of one table look-up once the states in use exist.
///
/// A transition depends on the state, the next scalar and a small context: whether the
/// position is the subject's start (for `^`) and whether `$` holds there (only near the end).
/// `\b` needs the word-ness of the previous scalar, which is part of the state. ASCII
/// transitions live in a flat table; others in a dictionary.
struct RegexDFA {
  /// A DFA state: instructions waiting for the next scalar (consuming ones and assertions).
  struct State: Hashable {
    var pending: [Int32]
    /// The last scalar `\b` does not look through was a word character.
    var previousIsWord: Bool
  }

  static let unknown: Int32 = -1
  static let matched: Int32 = -2
  static let dead: Int32 = -3
  /// Past this many states the cache is dropped and rebuilt as needed.
  static let maxStates = 1_000
  /// Transitions per state in the table: 4 contexts × 128 ASCII scalars.
  static let rowWidth = 512

  let program: RegexProgram
  let instructions: [RegexInstruction]
  /// What instruction 0 leads to without consuming; added at every position unless anchored.
  var startPending: [Int32] = []
  /// Every match starts with `^`, so the search need not restart at later positions.
  var anchored = false
  /// Instruction 0 reaches `match` unconditionally: every subject matches.
  var alwaysMatches = false
  /// The context bits this program can tell apart: 1 for `^`, 2 for `$`.
  let contextMask: Int

  var table: [Int32] = []
  var states: [State] = []
  var stateIDs: [State: Int32] = [:]
  /// Per state: whether the end of the subject completes a match (1), not (0), unknown (-1).
  var endAccepts: [Int8] = []
  /// Transitions on non-ASCII scalars, keyed by state, context and scalar.
  var wideTransitions: [UInt64: Int32] = [:]
  /// Bumped whenever the cache is dropped, so stale state numbers are not written back.
  var epoch = 0

  /// Visited marks for the NFA walks, one per instruction.
  var marks: [UInt32]
  var generation: UInt32 = 0
  var stack: [Int32] = []

  init(_ program: RegexProgram) {
    self.program = program
    instructions = program.instructions
    marks = Array(repeating: 0, count: program.instructions.count)
    contextMask = (program.usesStart ? 1 : 0) | (program.usesEnd ? 2 : 0)
    beginWalk()
    var pending: [Int32] = []
    alwaysMatches = follow(0, into: &pending)
    pending.sort()
    startPending = pending
    anchored = pending.allSatisfy { instructions[Int($0)] == .assertion(.start) }
    reset()
  }

  /// True or false when the pattern matches somewhere in `bytes` (UTF-8); nil when the answer
  /// needs Unicode data the engine does not trust, or case folding beyond ASCII.
  mutating func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    if alwaysMatches { return true }
    let count = bytes.count
    let tail = program.usesEnd ? count - 3 : count
    var state: Int32 = 0
    var position = 0
    while position < count {
      let byte = bytes[position]
      var context = position == 0 ? 1 : 0
      if position >= tail, RegexDFA.endHolds(bytes, before: position) { context |= 2 }
      context &= contextMask
      var next: Int32
      if byte < 0x80 {
        let slot = Int(state) &* RegexDFA.rowWidth &+ context << 7 &+ Int(byte)
        next = table[slot]
        if next == RegexDFA.unknown {
          guard let fresh = asciiTransition(state, context, byte, slot: slot) else { return nil }
          next = fresh
        }
        position += 1
      } else {
        guard !program.caseInsensitive, let (scalar, length) = RegexDFA.decode(bytes, position),
          let fresh = wideTransition(state, context, scalar)
        else { return nil }
        next = fresh
        position += length
      }
      if next < 0 { return next == RegexDFA.matched }
      state = next
    }
    return acceptsAtEnd(state, emptySubject: count == 0)
  }

  private mutating func asciiTransition(_ state: Int32, _ context: Int, _ byte: UInt8, slot: Int)
    -> Int32?
  {
    let before = epoch
    guard let next = step(from: state, context: context, scalar: UInt32(byte)) else { return nil }
    if epoch == before { table[slot] = next }
    return next
  }

  private mutating func wideTransition(_ state: Int32, _ context: Int, _ scalar: UInt32)
    -> Int32?
  {
    let key = UInt64(UInt32(bitPattern: state)) << 24 | UInt64(context) << 22 | UInt64(scalar)
    if let known = wideTransitions[key] { return known }
    let before = epoch
    guard let next = step(from: state, context: context, scalar: scalar) else { return nil }
    if epoch == before, wideTransitions.count < 65_536 { wideTransitions[key] = next }
    return next
  }

  /// Whether a match completes at the end of the subject, from `state`.
  private mutating func acceptsAtEnd(_ state: Int32, emptySubject: Bool) -> Bool {
    let index = Int(state)
    if !emptySubject, endAccepts[index] >= 0 { return endAccepts[index] == 1 }
    let context = Context(
      atStart: emptySubject, atEnd: true, previousIsWord: states[index].previousIsWord)
    let accepted = resolve(states[index].pending, context) == nil
    if !emptySubject { endAccepts[index] = accepted ? 1 : 0 }
    return accepted
  }

  /// The number of `state`, adding it (and its empty table row) when new.
  mutating func intern(_ state: State) -> Int32 {
    if let known = stateIDs[state] { return known }
    if states.count >= RegexDFA.maxStates { reset() }
    let id = Int32(states.count)
    states.append(state)
    stateIDs[state] = id
    table.append(contentsOf: repeatElement(RegexDFA.unknown, count: RegexDFA.rowWidth))
    endAccepts.append(-1)
    return id
  }

  /// Drops every state but the initial one, which is state 0 again.
  private mutating func reset() {
    epoch += 1
    states.removeAll()
    stateIDs.removeAll()
    table.removeAll()
    endAccepts.removeAll()
    wideTransitions.removeAll()
    _ = intern(State(pending: startPending, previousIsWord: false))
  }
}
