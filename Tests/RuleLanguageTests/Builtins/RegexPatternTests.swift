import Testing

@testable import RuleLanguage

struct RegexPatternTests {
  @Test(arguments: [
    ("(a+)+$", false, "nested repetition without a separator"),
    ("(a|aa)*", false, "repeated alternation"),
    ("(.*,)+", false, "a loose repetition inside can match the separator"),
    ("([^.]+\\.)+", false, "a negated class can match anything else"),
    ("(\\.?[0-9]+)+", false, "an optional separator is no separator"),
    ("^[0-9]+(\\.[0-9]+)+$", true, "dotted refs: each repetition consumes a dot"),
    ("^([0-9]+\\.){0,7}([2-9]|[1-9][0-9]+)$", true, "counted, dot-terminated groups"),
    ("^(\\d+-)+\\d+$", true, "hyphen-separated numbers"),
    ("\\b(team|board)\\b", true, "alternation that does not repeat"),
    ("x{1001}", false, "too many repetitions"),
  ])
  func vetting(pattern: String, accepted: Bool, reason: String) {
    #expect((RegexPattern.rejection(pattern) == nil) == accepted, "\(reason)")
  }

  @Test func separatedPatternStillMatches() throws {
    let pattern = try RegexPattern("^[0-9]+(\\.[0-9]+)+$")
    #expect(try pattern.matches("1.2.10"))
    #expect(try !pattern.matches("1..2"))
    let long = String(repeating: "1.", count: 20_000) + "x"
    #expect(try !pattern.matches(long))
  }
}
