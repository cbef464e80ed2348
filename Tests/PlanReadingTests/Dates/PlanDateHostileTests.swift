import PlanModel
import Testing

@testable import PlanReading

/// No text can crash the parser or make it return an inconsistent date.
struct PlanDateHostileTests {
  let parser = PlanDateParser()

  private func expectConsistent(_ date: PlanDate, _ label: String) {
    if let earliest = date.earliest {
      #expect(date.latest.map { earliest <= $0 } == true, "\(label)")
    } else {
      #expect(date.latest == nil, "\(label)")
    }
    switch date.kind {
    case .relative: #expect(date.offset != nil && date.earliest == nil, "\(label)")
    case .recurring, .ongoing, .tbc, .missing, .unparsed: #expect(date.earliest == nil, "\(label)")
    default: #expect(date.earliest != nil, "\(label)")
    }
  }

  @Test(arguments: [
    (String(repeating: "7", count: 10_000), PlanDate.Kind.unparsed),
    ("\u{0}\u{0}\u{0}", .missing), ("31/10/2023\u{0}", .day), ("\u{0}2019", .year),
    ("📅 31/10/2023 🎉", .day), ("🙂🙂🙂", .unparsed), ("99/99/9999", .unparsed),
    ("-1", .unparsed), (String(repeating: "/", count: 5000), .unparsed),
    (String(repeating: "1/", count: 2000), .unparsed), ("31/12/9999", .day),
    ("01/01/0000", .unparsed), ("0000-00-00", .unparsed), ("9999-99-99", .unparsed),
    ("<p>", .missing), ("<", .unparsed), ("<p></p>", .missing), ("w/c", .unparsed),
    ("w/c 31/02/2019", .unparsed), ("Q9 2023/24", .year), ("Q", .unparsed),
    ("Early", .unparsed), ("between and", .unparsed), ("- - -", .unparsed),
    ("99999999999999999999 months", .unparsed), ("every", .unparsed), ("on", .unparsed),
    ("Q1 9999/00", .quarter), ("Q4 9999/00", .unparsed), ("Spring Term 9999", .term),
    ("Autumn 0001", .unparsed),
    ("Mar 99", .month), ("1st", .unparsed), ("31st", .unparsed), ("2019 - 2018", .year),
    (String(repeating: "March 2019 - ", count: 300), .range),
    (String(repeating: "a", count: 5000), .unparsed), ("\u{FEFF}31/10/2023", .day),
  ])
  func hostile(text: String, kind: PlanDate.Kind) {
    let date = parser.parse(text)
    #expect(date.kind == kind)
    expectConsistent(date, text.count > 40 ? String(text.prefix(40)) + "..." : text)
  }

  /// Random splices of date fragments and junk: always a consistent answer.
  @Test func randomFragments() {
    let fragments = [
      "31", "/", "10", "-", "2023", "23", ".", " ", "Mar", "March", "Q3", "Term", "Spring",
      "w/c", "to", "and", "between", "months", "6", "Ongoing", "TBC", "FY", "2023/24", "Early",
      "–", "st", "🙂", "\u{0}", "<p>", "</p>", "99", "0", "academic", "year", ",", "'", "Every",
    ]
    var seed: UInt64 = 0x2545_F491_4F6C_DD1D
    for _ in 0..<3000 {
      var text = ""
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<Int(seed >> 60) + 1 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += fragments[Int(seed >> 33) % fragments.count]
      }
      for order in DateOrder.allCases {
        expectConsistent(PlanDateParser(order: order).parse(text), text)
      }
    }
  }
}
