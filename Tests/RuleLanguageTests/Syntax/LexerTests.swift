import Testing

@testable import RuleLanguage

struct LexerTests {
  /// String literals: CEL's escapes, raw and triple-quoted forms.
  @Test(arguments: [
    ExprCase(#"'a\nb'"#, #""a\nb""#, "newline escape"),
    ExprCase(#"'a\tb'"#, #""a\tb""#, "tab escape"),
    ExprCase(#""say \"hi\"""#, #""say \"hi\"""#, "escaped double quote"),
    ExprCase(#"'it\'s'"#, #""it's""#, "escaped single quote"),
    ExprCase(#"'back\\slash'"#, #""back\\slash""#, "escaped backslash"),
    ExprCase(#"'\x41\x42'"#, #""AB""#, "hex escape"),
    ExprCase(#"'\X41'"#, #""A""#, "upper-case hex escape"),
    ExprCase(#"'\u00e9'"#, #""é""#, "four-digit unicode escape"),
    ExprCase(#"'\U0001F600'"#, #""😀""#, "eight-digit unicode escape"),
    ExprCase(#"'\101\102'"#, #""AB""#, "octal escape"),
    ExprCase(#"'\377'"#, #""ÿ""#, "largest octal escape"),
    ExprCase(#"'\a\b\f\v\?\`'"#, "\"\\u0007\\u0008\\u000c\\u000b?`\"", "remaining simple escapes"),
    ExprCase(#"r'a\nb'"#, #""a\\nb""#, "raw string keeps backslashes"),
    ExprCase(#"R"\d+""#, #""\\d+""#, "upper-case raw prefix"),
    ExprCase("'''a\nb'''", #""a\nb""#, "triple-quoted string spans lines"),
    ExprCase(#""""it's "quoted""""#, #""it's \"quoted""#, "triple double quotes hold quotes"),
    ExprCase("'''it''s'''", #""it''s""#, "triple quotes hold doubled quotes"),
    ExprCase(#"r'''a\'''"#, #""a\\""#, "raw triple-quoted"),
    ExprCase("''", #""""#, "empty string"),
    ExprCase("'é' + \"ü\"", #""éü""#, "non-ASCII text"),
    ExprCase("size('\\u00e9')", "1", "escape counts as one code point"),
    ExprCase("0x10", "16", "hex int"),
    ExprCase("0XfF", "255", "hex digits in either case"),
    ExprCase("1.5e2", "150.0", "exponent"),
    ExprCase("2.5E-1", "0.25", "negative exponent"),
    ExprCase(".25", "0.25", "leading dot double"),
    ExprCase("9223372036854775807", "9223372036854775807", "largest int"),
    ExprCase("-9223372036854775808", "-9223372036854775808", "smallest int"),
    ExprCase("true && !false", "true", "bool literals"),
    ExprCase("null", "null", "null literal"),
    ExprCase("1 // trailing comment", "1", "comment"),
  ])
  func literals(_ c: ExprCase) {
    c.verify(outcome(c.source))
  }

  @Test func tokensCarryByteRanges() throws {
    var lexer = Lexer("lead == 'é'")
    let tokens = try lexer.tokenize()
    #expect(tokens.map(\.range) == [.init(0, 4), .init(5, 7), .init(8, 12), .init(12, 12)])
  }
}
