/// A finding message with `{expr}` holes, compiled once: `"Milestone '{text}' of action
/// {action.ref} was due {due}"`. `{{` and `}}` are literal braces.
package struct MessageTemplate: Sendable {
  /// Literal text, or a hole: checked (`CheckedSource`) or compiled (`CompiledExpr`).
  enum Part<Hole: Sendable>: Sendable {
    case text(String)
    case hole(Hole)

    var hole: Hole? { if case .hole(let e) = self { e } else { nil } }
  }

  let parts: [Part<CompiledExpr>]
  /// The compiled holes, in order.
  package var holes: [CompiledExpr] { parts.compactMap(\.hole) }
  package var usesPrev: Bool {
    holes.contains(where: \.usesPrev)
  }
  package var readsWaiverUse: Bool {
    holes.contains(where: \.readsWaiverUse)
  }

  /// Compiles every hole in `scope`; problems carry positions inside the template.
  package static func compile(
    _ template: String, scope: ScopeKind?, params: [String: ExprType]? = nil
  ) throws(ExprFailure) -> MessageTemplate {
    let checked = try check(template, scope: scope, params: params)
    return MessageTemplate(checked, sharing: SharedSubexpressions(checked.holes, scope: scope))
  }

  /// A template whose holes are checked, not yet compiled (see `ExprCompiler.check`).
  package struct Checked: Sendable {
    let parts: [Part<CheckedSource>]
    package var holes: [CheckedSource] { parts.compactMap(\.hole) }
  }

  /// Compiles checked holes; subexpressions named in `sharing` are computed once per entity.
  package init(_ checked: Checked, sharing: SharedSubexpressions) {
    parts = checked.parts.map { part in
      switch part {
      case .text(let text): .text(text)
      case .hole(let source): .hole(CompiledExpr(source, sharing: sharing))
      }
    }
  }

  /// Checks every hole in `scope`; problems carry positions inside the template.
  package static func check(
    _ template: String, scope: ScopeKind?, params: [String: ExprType]? = nil
  ) throws(ExprFailure) -> Checked {
    typealias Part = MessageTemplate.Part<CheckedSource>
    let bytes = Array(template.utf8)
    var parts: [Part] = []
    var problems: [ExprProblem] = []
    var literal: [UInt8] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      if (byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")), next == byte {
        literal.append(byte)
        index += 2
      } else if byte == UInt8(ascii: "}") {
        problems.append(
          ExprProblem(
            .badTemplate("unmatched '}'; write '}}' for a brace"), at: .init(index, index + 1)))
        index += 1
      } else if byte == UInt8(ascii: "{") {
        guard let end = closingBrace(bytes, from: index + 1) else {
          problems.append(
            ExprProblem(.badTemplate("unclosed '{' in message"), at: .init(index, index + 1)))
          break
        }
        if !literal.isEmpty { parts.append(.text(String(decoding: literal, as: UTF8.self))) }
        literal = []
        do throws(ExprFailure) {
          parts.append(
            .hole(
              try ExprCompiler.check(
                masked(Array(bytes[..<end]), index + 1..<end), scope: scope, params: params)))
        } catch {
          problems += error.problems
        }
        index = end + 1
      } else {
        literal.append(byte)
        index += 1
      }
    }
    if !literal.isEmpty { parts.append(.text(String(decoding: literal, as: UTF8.self))) }
    guard problems.isEmpty else { throw ExprFailure(problems: problems) }
    return Checked(parts: parts)
  }

  /// The hole's source with everything else blanked (newlines kept), so positions of its
  /// problems are positions in the template.
  private static func masked(_ bytes: [UInt8], _ hole: Range<Int>) -> String {
    var copy = bytes
    for index in copy.indices where !hole.contains(index) && copy[index] != 0x0A {
      copy[index] = 0x20
    }
    return String(decoding: copy, as: UTF8.self)
  }

  /// The `}` closing a hole, skipping quoted strings and nested braces (map literals).
  private static func closingBrace(_ bytes: [UInt8], from start: Int) -> Int? {
    var depth = 0
    var quote: UInt8?
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if let q = quote {
        if byte == UInt8(ascii: "\\") { index += 1 } else if byte == q { quote = nil }
      } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
        quote = byte
      } else if byte == UInt8(ascii: "{") {
        depth += 1
      } else if byte == UInt8(ascii: "}") {
        if depth == 0 { return index }
        depth -= 1
      }
      index += 1
    }
    return nil
  }

  /// The message for the context's entity; a hole that fails renders as `<error: …>`.
  package func render(in context: inout EvalContext) -> String {
    var out = ""
    for part in parts {
      switch part {
      case .text(let text): out += text
      case .hole(let expr):
        switch expr.evaluate(in: &context) {
        case .success(let value):
          out += MessageTemplate.text(of: value, plans: context.plans)
        case .failure(let error): out += "<error: \(error.message)>"
        }
      }
    }
    return out
  }
}
