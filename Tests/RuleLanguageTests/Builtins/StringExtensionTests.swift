import Testing

@testable import RuleLanguage

/// CEL's strings extension: indexOf, lastIndexOf, substring, replace (code-point positions).
struct StringExtensionTests {
  @Test(arguments: [
    ExprCase("'1.2.10'.indexOf('.')", "1"),
    ExprCase("'1.2.10'.lastIndexOf('.')", "3"),
    ExprCase("'abc'.indexOf('x')", "-1", "not found"),
    ExprCase("'abc'.indexOf('')", "0", "the empty string is found at 0"),
    ExprCase("'abc'.lastIndexOf('')", "3"),
    ExprCase("'ünï'.indexOf('ï')", "2", "code points, not bytes"),
    ExprCase("'1.2.10'.substring(4)", "\"10\""),
    ExprCase("'1.2.10'.substring(0, 4)", "\"1.2.\""),
    ExprCase("'ünï'.substring(1, 2)", "\"n\""),
    ExprCase("'ünïn'.lastIndexOf('n')", "3", "code points from the end too"),
    ExprCase("'abc'.indexOf('é')", "-1", "an ASCII text cannot hold a non-ASCII needle"),
    ExprCase("'a.é.b'.substring(2)", "\"é.b\""),
    ExprCase("'x.y'.substring(1, 1)", "\"\""),
    ExprCase("'ab'.substring(2)", "\"\"", "start at the end is empty"),
    ExprCase(
      "'ab'.substring(1, 5)", "error: substring(1, 5) is out of range for a string of 2 code points"
    ),
    ExprCase(
      "'ab'.substring(-1)", "error: substring(-1, 2) is out of range for a string of 2 code points"),
    ExprCase("'a-b-c'.replace('-', '.')", "\"a.b.c\""),
    ExprCase("'abc'.replace('', 'x')", "\"abc\"", "an empty pattern replaces nothing"),
    ExprCase(
      "'1.2.10'.substring(0, '1.2.10'.lastIndexOf('.') + 1) + string(int('1.2.10'.substring('1.2.10'.lastIndexOf('.') + 1)) - 1)",
      "\"1.2.9\"", "a ref's predecessor"),
  ])
  func evaluates(_ example: ExprCase) {
    example.verify(outcome(example.source))
  }
}
