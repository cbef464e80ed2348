import Testing

@testable import RuleLanguage

struct FunctionTests {
  @Test(arguments: [
    ExprCase("size('abc')", "3"),
    ExprCase("'abc'.size()", "3", "member form"),
    ExprCase("size('é😀')", "2", "code points, not bytes"),
    ExprCase("size([1, 2])", "2"),
    ExprCase("size({'a': 1})", "1"),
    ExprCase("size(1)", "load error: no overload of 'size' takes (int)"),
    ExprCase("'tacocat'.contains('coca')", "true"),
    ExprCase("'tacocat'.contains('dog')", "false"),
    ExprCase("'abc'.contains('')", "true"),
    ExprCase("'tacocat'.startsWith('taco')", "true"),
    ExprCase("'tacocat'.startsWith('cat')", "false"),
    ExprCase("'tacocat'.endsWith('cat')", "true"),
    ExprCase("'tacocat'.endsWith('taco')", "false"),
    ExprCase("'héllo'.endsWith('llo')", "true"),
    ExprCase("contains('a', 'b')", "load error: 'contains' cannot be called that way"),
    ExprCase("'TacoCÆt'.lowerAscii()", "\"tacocÆt\"", "only ASCII letters change"),
    ExprCase("'tacoCαt'.upperAscii()", "\"TACOCαT\""),
    ExprCase("' \\f\\n\\r\\t\\vtext  '.trim()", "\"text\""),
    ExprCase("'\\u00a0\\u2003text\\u3000'.trim()", "\"text\"", "Unicode white space"),
    ExprCase(
      "'\\u200btext'.trim()", "\"\\u200btext\"".replacingZeroWidth(),
      "zero-width space is not white space"),
    ExprCase("'   '.trim()", "\"\""),
    ExprCase("'a,b,,c'.split(',')", "[\"a\", \"b\", \"\", \"c\"]"),
    ExprCase("'hello world'.split(' ')", "[\"hello\", \"world\"]"),
    ExprCase("'abc'.split('')", "[\"a\", \"b\", \"c\"]"),
    ExprCase("''.split(',')", "[\"\"]"),
    ExprCase("'o©o©o'.split('©')", "[\"o\", \"o\", \"o\"]"),
    ExprCase("['x', 'y'].join()", "\"xy\""),
    ExprCase("['x', 'y'].join('-')", "\"x-y\""),
    ExprCase("[].join('-')", "\"\""),
    ExprCase("[1, 2].join()", "load error: no overload of 'join' takes (list<int>)"),
    ExprCase("[1, 'a'].join()", "error: join: list element 0 is int, not string"),
    ExprCase("'Q3 2023/24'.matches('^Q[1-4] [0-9]{4}/[0-9]{2}$')", "true"),
    ExprCase("'abc'.matches('b')", "true", "matches searches"),
    ExprCase("'abc'.matches('^b')", "false"),
    ExprCase("matches('abc', 'c$')", "true", "global form"),
    ExprCase("'ABC'.matches('(?i)abc')", "true", "flags"),
    ExprCase(
      "'a'.matches('(a+)+$')", "load error: regular expression '(a+)+$' rejected: nested repetition"
    ),
    ExprCase(
      "'a'.matches('(a|aa)*')",
      "load error: regular expression '(a|aa)*' rejected: nested repetition"),
    ExprCase("'a'.matches('((a*)b)*')", "load error: regular expression '((a*)b)*' rejected"),
    ExprCase(
      "'a'.matches('(a)\\\\1')", "load error: regular expression '(a)\\1' rejected: backreference"),
    ExprCase("'a'.matches('(?=a)')", "load error: regular expression '(?=a)' rejected: lookaround"),
    ExprCase(
      "'a'.matches('a{2000}')",
      "load error: regular expression 'a{2000}' rejected: repetition count"),
    ExprCase("'a'.matches('(')", "load error: regular expression '(' rejected: unbalanced '('"),
    ExprCase("'a'.matches('[')", "load error: invalid regular expression '['"),
    ExprCase(
      "'aaa'.matches(['(a+)+'][0])", "error: regular expression '(a+)+' rejected",
      "patterns built at run time are vetted too"),
    ExprCase("'ab12'.matches(['[0-9]+'][0])", "true"),
    ExprCase("'(x)'.matches('\\\\(x\\\\)?')", "true", "escaped parentheses are atoms"),
    ExprCase("'ab'.matches('(ab)?c?')", "true", "optional groups are fine"),
  ])
  func strings(_ c: ExprCase) {
    c.verify(outcome(c.source))
  }

  @Test(arguments: [
    ExprCase("int(42)", "42"),
    ExprCase("int(-123.456)", "-123"),
    ExprCase("int(1.9)", "1"),
    ExprCase("int(-7.9)", "-7"),
    ExprCase("int('987')", "987"),
    ExprCase("int('-12')", "-12"),
    ExprCase("int('1.5')", "error: int('1.5'): not an integer"),
    ExprCase("int('')", "error: int(''): not an integer"),
    ExprCase("int(9223372036854775807.0)", "error: int(9.223372036854776e+18): out of range"),
    ExprCase("int(1e99)", "error: int("),
    ExprCase("int(0.0 / 0.0)", "error: int(NaN): out of range"),
    ExprCase("int(true)", "load error: no overload of 'int' takes (bool)"),
    ExprCase("double(3)", "3.0"),
    ExprCase("double('2.5')", "2.5"),
    ExprCase("double('1e3')", "1000.0"),
    ExprCase("double('x')", "error: double('x'): not a number"),
    ExprCase("double(1.5)", "1.5"),
    ExprCase("string(123)", "\"123\""),
    ExprCase("string(-456)", "\"-456\""),
    ExprCase("string(123.456)", "\"123.456\""),
    ExprCase("string(-4.5e-3)", "\"-0.0045\""),
    ExprCase("string(1.0)", "\"1\""),
    ExprCase("string(true)", "\"true\""),
    ExprCase("string('x')", "\"x\""),
    ExprCase("string(int)", "\"int\""),
    ExprCase("string(days(3))", "\"P3D\""),
    ExprCase("string([1])", "error: no such overload: string(list)"),
    ExprCase("type(1)", "int"),
    ExprCase("type(1.0)", "double"),
    ExprCase("type('a')", "string"),
    ExprCase("type(true)", "bool"),
    ExprCase("type(null)", "null_type"),
    ExprCase("type([])", "list"),
    ExprCase("type({})", "map"),
    ExprCase("type(date('2024-01-01'))", "date"),
    ExprCase("type(days(1))", "duration"),
    ExprCase("type(type(1))", "type"),
    ExprCase("frobnicate(1)", "load error: unknown function 'frobnicate'"),
    ExprCase("sise('a')", "load error: unknown function 'sise'; did you mean 'size'?"),
    ExprCase(
      "'a'.lowerascii()", "load error: unknown function 'lowerascii'; did you mean 'lowerAscii'?"),
    ExprCase("_(1, 2)", "load error: unknown function '_'"),
  ])
  func conversionsAndTypes(_ c: ExprCase) {
    c.verify(outcome(c.source))
  }
}

extension String {
  /// The formatter prints U+200B as itself; tests spell it as an escape for readability.
  fileprivate func replacingZeroWidth() -> String {
    replacingOccurrences("\\u200b", with: "\u{200B}")
  }

  private func replacingOccurrences(_ target: String, with replacement: String) -> String {
    components(separatedBy: target).joined(separator: replacement)
  }

  private func components(separatedBy separator: String) -> [String] {
    var parts: [String] = []
    var rest = Substring(self)
    while let range = rest.firstRange(of: separator) {
      parts.append(String(rest[..<range.lowerBound]))
      rest = rest[range.upperBound...]
    }
    parts.append(String(rest))
    return parts
  }
}
