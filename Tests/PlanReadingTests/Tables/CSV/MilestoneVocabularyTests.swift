import PlanModel
import Testing

@testable import PlanReading

/// The milestone scanner and the date parser share one vocabulary (`DateWord`): every due
/// phrase the date parser reads is recognised as a milestone's due date when a milestone cell
/// starts with it, so "Fall 2024: review" in a CSV cell means what `"due": "Fall 2024"` means
/// in JSON.
struct MilestoneVocabularyTests {
  /// Due phrases built from every month, season, unit and recurring word the parser knows.
  static let phrases: [String] = {
    var phrases: [String] = []
    for (words, meaning) in DateWord.vocabulary {
      for word in words.split(separator: " ").map(String.init) {
        let capitalized = word.prefix(1).uppercased() + word.dropFirst()
        switch meaning {
        case .month, .season: phrases += ["\(capitalized) 2024", "\(word) 2023/24"]
        case .unit: phrases += ["3 \(word)", "12 \(capitalized)"]
        case .recurring, .ongoing: phrases.append(capitalized)
        default: break
        }
      }
    }
    return phrases + [
      "Q3 2023/24", "Q1 2024", "31/03/2024", "1/4/24", "2024-03-31", "April - July 2023",
      "Nov 2018 – Mar 2019", "Bi-monthly", "Six-monthly", "On-going",
    ]
  }()

  @Test(arguments: phrases)
  func everyPhraseTheDateParserReadsIsADueMarker(phrase: String) {
    let date = PlanDateParser().parse(phrase)
    #expect(date.kind != .unparsed, "the date parser reads '\(phrase)'")
    let milestones = CellParsers.milestones(in: "\(phrase): review the plan with DMT")
    #expect(milestones.count == 1)
    #expect(milestones.first?.due == phrase)
    #expect(milestones.first?.text == "review the plan with DMT")
  }

  @Test func theIssueCases() {
    let cell = "Winter 2024: review Fall 2024: sign off\n3 yrs: evaluate"
    let milestones = CellParsers.milestones(in: cell).map { "\($0.due) | \($0.text)" }
    #expect(milestones == ["Winter 2024 | review", "Fall 2024 | sign off", "3 yrs | evaluate"])
    // The same dues in a JSON plan read as the parser reads them.
    #expect(PlanDateParser().parse("Fall 2024").kind == .term)
    #expect(PlanDateParser().parse("3 yrs").kind == .relative)
  }

  /// Byte-level splitting matches `Character` splitting: Unicode spaces, line separators and
  /// bullets separate words and items; other non-ASCII text stays inside its word.
  @Test func unicodeSpacesAndBulletsSplitAsCharactersDo() {
    let cell =
      "• 3 months:\u{00A0}café opened\u{2028}▪ 6 months — naïve plan\u{3000}agreed ○ Annual: report"
    let milestones = CellParsers.milestones(in: cell).map { "\($0.due) | \($0.text)" }
    #expect(
      milestones == ["3 months | café opened", "6 months | naïve plan agreed", "Annual | report"])
  }
}
