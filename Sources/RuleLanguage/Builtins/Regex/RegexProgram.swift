/// One step of a compiled pattern: a Thompson NFA in array form.
enum RegexInstruction: Equatable, Sendable {
  /// Consume this scalar.
  case scalar(UInt32)
  /// Consume a scalar in `RegexProgram.sets[index]`.
  case set(Int)
  /// Consume any scalar but a line terminator.
  case any
  /// Continue at both targets.
  case split(Int, Int)
  case jump(Int)
  /// Continue at the next instruction when the test holds.
  case assertion(RegexAssertion)
  case match
}

/// A pattern compiled to NFA instructions, starting at instruction 0.
struct RegexProgram: Sendable {
  private(set) var instructions: [RegexInstruction] = []
  private(set) var sets: [RegexCharSet] = []
  /// `(?i)`: the matcher leaves non-ASCII subjects to ICU.
  let caseInsensitive: Bool
  private(set) var usesStart = false
  private(set) var usesEnd = false
  private(set) var usesWordBoundary = false
  /// Counted repetition copies its operand; a program past this size is left to ICU.
  static let maxInstructions = 20_000

  init(_ node: RegexNode, caseInsensitive: Bool) throws(RegexUnsupported) {
    self.caseInsensitive = caseInsensitive
    try emit(node)
    try append(.match)
  }

  private mutating func append(_ instruction: RegexInstruction) throws(RegexUnsupported) {
    guard instructions.count < RegexProgram.maxInstructions else { throw RegexUnsupported() }
    instructions.append(instruction)
  }

  /// Appends a placeholder to patch once its targets are known.
  private mutating func placeholder() throws(RegexUnsupported) -> Int {
    try append(.match)
    return instructions.count - 1
  }

  private mutating func emit(_ node: RegexNode) throws(RegexUnsupported) {
    switch node {
    case .empty: break
    case .scalar(let value): try append(.scalar(value))
    case .any: try append(.any)
    case .set(let set):
      if let known = sets.firstIndex(of: set) {
        try append(.set(known))
      } else {
        sets.append(set)
        try append(.set(sets.count - 1))
      }
    case .assertion(let assertion):
      switch assertion {
      case .start: usesStart = true
      case .end: usesEnd = true
      case .wordBoundary, .notWordBoundary: usesWordBoundary = true
      }
      try append(.assertion(assertion))
    case .concatenation(let items):
      for item in items { try emit(item) }
    case .alternation(let branches): try emitAlternation(branches)
    case .repetition(let operand, let min, let max): try emitRepetition(operand, min, max)
    }
  }

  /// `split(first, rest)`, the first branch, a jump to the end; then the rest likewise.
  private mutating func emitAlternation(_ branches: [RegexNode]) throws(RegexUnsupported) {
    var exits: [Int] = []
    for (position, branch) in branches.enumerated() {
      guard position < branches.count - 1 else {
        try emit(branch)
        break
      }
      let split = try placeholder()
      try emit(branch)
      exits.append(try placeholder())
      instructions[split] = .split(split + 1, instructions.count)
    }
    for exit in exits { instructions[exit] = .jump(instructions.count) }
  }

  /// `min` copies, then either a loop or `max - min` optional copies.
  private mutating func emitRepetition(_ operand: RegexNode, _ min: Int, _ max: Int?)
    throws(RegexUnsupported)
  {
    for _ in 0..<min { try emit(operand) }
    guard let max else {
      let loop = try placeholder()
      try emit(operand)
      try append(.jump(loop))
      instructions[loop] = .split(loop + 1, instructions.count)
      return
    }
    // `x?x?x?` matches the same strings as `(x(x(x)?)?)?`.
    for _ in min..<max {
      let skip = try placeholder()
      try emit(operand)
      instructions[skip] = .split(skip + 1, instructions.count)
    }
  }
}
