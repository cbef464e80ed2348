import Foundation
import Testing

@testable import RuleLanguage

/// One search: the pattern, the subject, and ICU's answer.
struct RegexCase: CustomTestStringConvertible, Sendable {
  let pattern: String
  let subject: String
  let expected: Bool
  /// The built-in engine leaves this subject to ICU.
  let deferred: Bool
  let note: String

  init(
    _ pattern: String, _ subject: String, _ expected: Bool, deferred: Bool = false,
    _ note: String = ""
  ) {
    self.pattern = pattern
    self.subject = subject
    self.expected = expected
    self.deferred = deferred
    self.note = note
  }

  var testDescription: String {
    "\(pattern.debugDescription) ~ \(subject.debugDescription)\(note.isEmpty ? "" : ": \(note)")"
  }
}

/// ICU's answer, the reference the built-in engine must reproduce.
func icuMatches(_ pattern: String, _ subject: String) throws -> Bool {
  let regex = try NSRegularExpression(pattern: pattern)
  return regex.firstMatch(in: subject, range: NSRange(location: 0, length: subject.utf16.count))
    != nil
}

struct RegexEngineTests {
  @Test(arguments: [
    RegexCase("abc", "xxabcxx", true), RegexCase("abc", "abxc", false),
    RegexCase("^a.c$", "abc", true), RegexCase("^a.c$", "a\nc", false, "no line terminator"),
    RegexCase("^.$", "\u{85}", false),
    RegexCase("^.$", "\u{0B}", false, "ICU: \\v is a terminator"),
    RegexCase("^.$", "é", true), RegexCase("^.$", "😀", true, "one scalar, two UTF-16 units"),
    RegexCase("^.{2}$", "ß😀", true), RegexCase("^abc", "xabc", false),
    RegexCase("abc$", "abc\n", true, "before a final newline"), RegexCase("abc$", "abc\n\n", false),
    RegexCase("abc$", "abc\r\n", true), RegexCase("c\\r$", "abc\r\n", false, "inside CR LF"),
    RegexCase("a$", "a\u{2028}", true), RegexCase("^$", "", true), RegexCase("^$", "\n", true),
    RegexCase("x*", "", true, "empty match"), RegexCase("^", "abc", true), RegexCase("$", "", true),
    RegexCase("a|", "zzz", true), RegexCase("()", "", true),
    RegexCase("^[a-c]+$", "abcab", true), RegexCase("[^a-c]", "abc", false),
    RegexCase("^[-a]$", "-", true), RegexCase("^[a-]$", "-", true), RegexCase("[\\]]", "]", true),
    RegexCase("^[\\x27’-]+$", "’'-", true), RegexCase("[^\\s0-9][0-9]", "a1", true),
    RegexCase("[^\\s0-9][0-9]", " 1", false), RegexCase("^[.$^(|)*+?]+$", ".$^(|)*+?", true),
    RegexCase("^\\d$", "\u{0663}", true, "Arabic-Indic digit three"),
    RegexCase("^\\d$", "²", false, "superscript two is not Nd"),
    RegexCase("^\\s$", "\u{A0}", true, "no-break space"),
    RegexCase("^\\s$", "\u{200B}", false, "zero-width space"),
    RegexCase("^\\s$", "\u{85}", true), RegexCase("^\\S+$", "a\u{A0}", false),
    RegexCase("^\\w+$", "éßλΩ_٣", true), RegexCase("^\\w$", "😀", false),
    RegexCase("^\\W$", "😀", true),
    RegexCase("^\\w$", "\u{2160}", true, "Roman numeral: alphabetic"),
    RegexCase("^\\D$", "x", true), RegexCase("^\\w+ \\w+$", "Ωμέγα λ", true),
    RegexCase("\\bcat\\b", "a cat!", true), RegexCase("\\bcat\\b", "concat", false),
    RegexCase("\\bcafé\\b", "un café.", true), RegexCase("\\bé", "xé", false),
    RegexCase("x\\b", "x\u{301}", false, "\\b looks through combining marks"),
    RegexCase("\\bx", "\u{301}x", true), RegexCase("\\B", "ab", true), RegexCase("\\b", "", false),
    RegexCase("^\\x41\\u0042\\x{43}$", "ABC", true), RegexCase("\\x{1F600}", "a😀", true),
    RegexCase("\\u00e9", "café", true),
    RegexCase("^\\t\\n\\r\\f\\e\\a$", "\t\n\r\u{0C}\u{1B}\u{07}", true),
    RegexCase("^\\v$", "\u{2029}", true), RegexCase("^\\v$", "v", false),
    RegexCase("^\\.\\$\\^\\(\\)\\*\\+\\?\\|\\{\\}\\[\\]\\\\$", ".$^()*+?|{}[]\\", true),
    RegexCase("^(ab|cd)+$", "abcdab", true), RegexCase("^(?:ab|cd)+$", "abce", false),
    RegexCase("^a{2}$", "aa", true), RegexCase("^a{2}$", "aaa", false),
    RegexCase("^a{2,}$", "aaaa", true), RegexCase("^a{2,3}$", "aaaa", false),
    RegexCase("^a*?$", "aaa", true), RegexCase("^a+?b", "aab", true), RegexCase("^a??b", "b", true),
    RegexCase("^a{0}b", "b", true), RegexCase("^a{1,2}?$", "aa", true),
    RegexCase("(?i)^hello$", "HeLLo", true), RegexCase("(?i)[a-c]", "B", true),
    RegexCase("(?i)[^a]", "A", false, "case closure before complement"),
    RegexCase("(?i)k", "\u{212A}", true, deferred: true, "Kelvin sign: ICU folds it"),
    RegexCase("^\\w$", "\u{1C89}", true, deferred: true, "assigned after Unicode 14"),
  ])
  func search(_ example: RegexCase) throws {
    #expect(try icuMatches(example.pattern, example.subject) == example.expected, "reference")
    let matcher = try RegexMatcher(example.pattern)
    let answer = matcher.matches(example.subject)
    #expect(answer == (example.deferred ? nil : example.expected))
  }

  /// Patterns the built-in engine leaves to ICU still mean what ICU says.
  @Test(arguments: [
    ("\\p{L}+", "é", true), ("(?i)é", "É", true), ("a(?i)b", "aB", true),
    ("\\N{LATIN SMALL LETTER A}", "a", true),
    ("\\Qa.b\\E", "a.b", true), ("\\Qa.b\\E", "axb", false), ("[[a-z]&&[^x]]", "x", false),
    ("a*+a", "aa", false), ("[]a]", "]", true), ("a]", "a]", true), ("\\y", "y", true),
    ("[{]", "{", true), ("^*", "a", true), ("(?x) a b ", "ab", true), ("\\x4", "\u{4}", true),
  ])
  func fallback(pattern: String, subject: String, expected: Bool) throws {
    let regex = try RegexPattern(pattern)
    #expect(!regex.isBuiltIn)
    #expect(try regex.matches(subject) == expected)
  }

  /// Invalid patterns keep ICU's verdict and today's message.
  @Test(arguments: [
    "a{2,1}", "[z-a]", "", "a**", "[]", "[^]", "a{", "a}", "a{,3}", "\\b+", "[&&]", "[[]", "x{ 1}",
  ])
  func invalid(pattern: String) {
    #expect(throws: EvalError("invalid regular expression '\(pattern)'")) {
      try RegexPattern(pattern)
    }
  }

  /// Every shipped pattern runs on the built-in engine.
  @Test func shippedPatternsAreBuiltIn() throws {
    let patterns = try RegexCorpus.shippedPatterns()
    #expect(patterns.count >= 15)
    for pattern in patterns {
      #expect(try RegexPattern(pattern).isBuiltIn, "\(pattern)")
    }
  }

  /// Linear time: long subjects against patterns a backtracker would take ages over.
  @Test func pathologicalSubjectsFinish() throws {
    let run = String(repeating: "a", count: RegexPattern.maxSubjectUnits)
    #expect(try !RegexPattern("a*a*a*a*a*b").matches(run))
    for pattern in ["(a|b)*c", "(a*)*b", "^(a|aa)+$", "(a+)+b", "(.*a){20}x"] {
      #expect(try RegexMatcher(pattern).matches(run) == (pattern == "^(a|aa)+$"), "\(pattern)")
    }
    let spaced = String(repeating: "a ", count: 50_000)
    #expect(try RegexMatcher("^(\\w+\\s?)*$").matches(spaced) == true)
    #expect(try RegexMatcher("^(\\w+\\s?)*$").matches(spaced + "!") == false)
  }

  @Test func subjectLengthLimit() throws {
    let pattern = try RegexPattern("b")
    let atLimit = String(repeating: "a", count: RegexPattern.maxSubjectUnits)
    #expect(try !pattern.matches(atLimit))
    #expect(throws: EvalError("matches: subject longer than 100000 characters")) {
      try pattern.matches(atLimit + "a")
    }
    // Three UTF-8 bytes but one UTF-16 unit each: within the limit.
    let wide = String(repeating: "€", count: RegexPattern.maxSubjectUnits)
    #expect(try !pattern.matches(wide))
  }
}
