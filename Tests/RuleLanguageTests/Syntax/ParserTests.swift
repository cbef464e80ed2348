import TestSupport
import Testing

@testable import RuleLanguage

/// A source and its fully parenthesised parse.
struct ParseCase: CustomTestStringConvertible, Sendable {
  let source: String
  let tree: String
  var testDescription: String { "\(source) parses as \(tree)" }
}

/// A marked source whose syntax error sits at 1️⃣ with a message starting as given.
struct SyntaxErrorCase: CustomTestStringConvertible, Sendable {
  let marked: String
  let message: String
  var testDescription: String { "\(marked): \(message)" }
}

struct ParserTests {
  @Test(arguments: [
    ParseCase(source: "1 + 2 * 3", tree: "(1 + (2 * 3))"),
    ParseCase(source: "(1 + 2) * 3", tree: "((1 + 2) * 3)"),
    ParseCase(source: "1 - 2 - 3", tree: "((1 - 2) - 3)"),
    ParseCase(source: "8 / 4 / 2", tree: "((8 / 4) / 2)"),
    ParseCase(source: "7 % 3 * 2", tree: "((7 % 3) * 2)"),
    ParseCase(source: "a || b && c", tree: "(a || (b && c))"),
    ParseCase(source: "a && b || c", tree: "((a && b) || c)"),
    ParseCase(source: "a == b && c != d", tree: "((a == b) && (c != d))"),
    ParseCase(source: "1 + 2 < 3 * 4", tree: "((1 + 2) < (3 * 4))"),
    ParseCase(source: "x in [1] || y", tree: "((x in [1]) || y)"),
    ParseCase(source: "a ? b : c ? d : e", tree: "(a ? b : (c ? d : e))"),
    ParseCase(source: "a || b ? c : d", tree: "((a || b) ? c : d)"),
    ParseCase(source: "!a && b", tree: "(!a && b)"),
    ParseCase(source: "-a * b", tree: "(-a * b)"),
    ParseCase(source: "!!a", tree: "!!a"),
    ParseCase(source: "- -1", tree: "-(-1)".replacingMinus()),
    ParseCase(source: "-5", tree: "-5"),
    ParseCase(source: "a.b.c", tree: "a.b.c"),
    ParseCase(source: "a.b[0].c", tree: "a.b[0].c"),
    ParseCase(source: "-a.b", tree: "-a.b"),
    ParseCase(source: "x.f(1, 2).g()", tree: "x.f(1, 2).g()"),
    ParseCase(source: "f(x)[1]", tree: "f(x)[1]"),
    ParseCase(source: "[1, 2, ]", tree: "[1, 2]"),
    ParseCase(source: "{'a': 1, 'b': 2,}", tree: "{'a': 1, 'b': 2}"),
    ParseCase(source: "1 < 2 == true", tree: "((1 < 2) == true)"),
    ParseCase(source: "a // comment\n && b", tree: "(a && b)"),
    ParseCase(source: "a && b && c && d", tree: "((a && b) && (c && d))"),
    ParseCase(source: "-9223372036854775808", tree: "-9223372036854775808"),
    ParseCase(source: "0x1F + .5", tree: "(31 + 0.5)"),
    ParseCase(source: "1e3", tree: "1000.0"),
  ])
  func precedence(_ c: ParseCase) throws {
    #expect(try Parser.parse(c.source).description == c.tree)
  }

  @Test(arguments: [
    SyntaxErrorCase(marked: "1 + 1️⃣", message: "expected an expression but found end"),
    SyntaxErrorCase(marked: "(1 + 2 1️⃣", message: "expected ')' but found end"),
    SyntaxErrorCase(marked: "a 1️⃣b", message: "expected an operator or the end but found 'b'"),
    SyntaxErrorCase(marked: "a 1️⃣# b", message: "unexpected character '#'"),
    SyntaxErrorCase(marked: "1️⃣'abc", message: "unterminated string"),
    SyntaxErrorCase(marked: "1️⃣'ab\ncd'", message: "unterminated string"),
    SyntaxErrorCase(marked: "'a1️⃣\\qb'", message: "invalid escape sequence '\\q'"),
    SyntaxErrorCase(marked: "'1️⃣\\u12'", message: "invalid escape sequence"),
    SyntaxErrorCase(marked: "'1️⃣\\uD800'", message: "invalid escape sequence"),
    SyntaxErrorCase(marked: "'1️⃣\\9'", message: "invalid escape sequence"),
    SyntaxErrorCase(
      marked: "1️⃣9223372036854775808", message: "integer literal '9223372036854775808' does not fit"),
    SyntaxErrorCase(
      marked: "1️⃣-9223372036854775809",
      message: "integer literal '-9223372036854775809' does not fit"),
    SyntaxErrorCase(marked: "1️⃣99999999999999999999", message: "integer literal"),
    SyntaxErrorCase(marked: "1️⃣12u", message: "an unsigned integer literal is not supported"),
    SyntaxErrorCase(marked: "1️⃣b'abc'", message: "a bytes literal is not supported"),
    SyntaxErrorCase(marked: "1️⃣1e", message: "invalid number '1e'"),
    SyntaxErrorCase(marked: "1️⃣12abc", message: "invalid number '12abc'"),
    SyntaxErrorCase(marked: "1️⃣while", message: "'while' is a reserved word"),
    SyntaxErrorCase(marked: "1️⃣.a", message: "a leading '.' (qualified names) is not supported"),
    SyntaxErrorCase(marked: "1️⃣Foo{a: 1}", message: "message construction"),
    SyntaxErrorCase(marked: "a1️⃣.1", message: "expected an operator or the end"),
    SyntaxErrorCase(marked: "a.1️⃣true", message: "expected a field name"),
    SyntaxErrorCase(marked: "[1, 2 1️⃣3]", message: "expected ','"),
    SyntaxErrorCase(marked: "{'a' 1️⃣1}", message: "expected ':'"),
    SyntaxErrorCase(marked: "a ? b 1️⃣", message: "expected ':'"),
    SyntaxErrorCase(marked: "f(1,1️⃣)", message: "expected an expression but found ')'"),
    SyntaxErrorCase(marked: "lead ==\n  1️⃣)", message: "expected an expression"),
  ])
  func syntaxErrors(_ c: SyntaxErrorCase) throws {
    let marked = MarkedText(c.marked)
    let error = #expect(throws: ExprProblem.self) { try Parser.parse(marked.text) }
    let problem = try #require(error)
    #expect(problem.error.message.hasPrefix(c.message), "got \(problem.error.message)")
    let position = SourceText(marked.text).position(of: problem.range.start)
    let marker = try #require(marked.markers["1️⃣"])
    #expect(position.line == marker.line && position.column == marker.column)
  }

  @Test func errorIsRenderedWithSourceLineAndCaret() throws {
    let failure = #expect(throws: ExprFailure.self) {
      try ExprCompiler.compile("lead == 'x' &&\n  end <> asOf", scope: .action)
    }
    let rendered = try #require(failure).rendered(source: "lead == 'x' &&\n  end <> asOf")
    #expect(rendered == "2:8: expected an expression but found '>'\n  end <> asOf\n       ^")
  }

  @Test(arguments: [
    (
      "10,000 nested parentheses",
      String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
    ),
    ("10,000 negations", String(repeating: "!", count: 10_000) + "true"),
    ("10,000 minus signs", String(repeating: "-", count: 10_000) + "x"),
    (
      "10,000 nested lists",
      String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    ),
    ("a 10,000-long field chain", "a" + String(repeating: ".b", count: 10_000)),
    ("a 10,000-long index chain", "a" + String(repeating: "[0]", count: 10_000)),
    ("a 10,000-term sum", Array(repeating: "1", count: 10_000).joined(separator: " + ")),
    (
      "10,000 nested calls",
      String(repeating: "f(", count: 10_000) + String(repeating: ")", count: 10_000)
    ),
    ("10,000 nested conditionals", String(repeating: "a ? b : ", count: 10_000) + "c"),
  ])
  func deepNestingIsASyntaxError(_ description: String, _ source: String) {
    #expect(throws: ExprProblem.self) { try Parser.parse(source) }
  }

  @Test func longLogicalChainsAreBalancedAndAccepted() throws {
    let source = Array(repeating: "true", count: 5_000).joined(separator: " && ")
    let expr = try Parser.parse(source)
    #expect(expr.depth < 20)
    #expect(outcome(source) == "true")
  }

  @Test func oversizedSourceIsRejected() {
    let source = String(repeating: "1 + ", count: 30_000) + "1"
    #expect(throws: ExprProblem.self) { try Parser.parse(source) }
  }
}

extension String {
  fileprivate func replacingMinus() -> String { self == "-(-1)" ? "--1" : self }
}
