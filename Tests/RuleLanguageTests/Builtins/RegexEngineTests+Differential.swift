import Foundation
import Testing

@testable import RuleLanguage

extension RegexEngineTests {
  /// The built-in engine against ICU, for every shipped pattern and many feature patterns, on
  /// plan text, random strings and near misses of matches. Every disagreement fails.
  @Test func agreesWithICU() throws {
    let patterns = try RegexCorpus.shippedPatterns() + RegexCorpus.featurePatterns
    let subjects =
      try RegexCorpus.planSubjects() + RegexCorpus.randomSubjects(count: 2_500, seed: 42)
    #expect(subjects.count >= 3_000)
    var generator = SplitMix(state: 7)
    var disagreements: [String] = []
    var compared = 0
    for pattern in patterns {
      let icu = try NSRegularExpression(pattern: pattern)
      let matcher = try #require(try? RegexMatcher(pattern), "built-in: \(pattern)")
      let vetted = try? RegexPattern(pattern)
      var extra: [String] = []
      for subject in subjects {
        let expected = icu.firstMatch(
          in: subject, range: NSRange(subject.startIndex..., in: subject))
        if expected != nil, extra.count < 400 {
          extra += RegexCorpus.mutations(of: subject, using: &generator)
        }
      }
      for subject in subjects + extra {
        let range = NSRange(subject.startIndex..., in: subject)
        let expected = icu.firstMatch(in: subject, range: range) != nil
        compared += 1
        if let answer = matcher.matches(subject), answer != expected {
          disagreements.append(
            "\(pattern.debugDescription) ~ \(subject.debugDescription): \(answer)")
        } else if matcher.matches(subject) == nil, subject.utf8.allSatisfy({ $0 < 0x80 }) {
          disagreements.append(
            "\(pattern.debugDescription) ~ \(subject.debugDescription): deferred")
        }
        if let vetted, try vetted.matches(subject) != expected {
          disagreements.append("\(pattern.debugDescription) ~ \(subject.debugDescription): vetted")
        }
      }
    }
    #expect(compared > 100_000)
    #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(30))")
  }
}
