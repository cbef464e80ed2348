import Foundation
import Testing

@testable import PlanModel

/// `PlanText.clipped` replaced five hand-written cuts (message holes, Markdown titles, SARIF
/// descriptions, header names, chart labels); with their rules it must cut exactly as they
/// did. The old cuts are kept here as oracles and compared on generated texts.
struct ClipEquivalenceTests {
  static func oldHole(_ text: String, _ limit: Int) -> String {
    guard text.utf8.count > limit, text.count > limit else { return text }
    var kept = text.prefix(limit - 1)
    if let space = kept.lastIndex(where: \.isWhitespace),
      kept.distance(from: kept.startIndex, to: space) >= limit * 3 / 4
    {
      kept = kept[..<space]
    }
    while let last = kept.last, last.isWhitespace || ",;:-–".contains(last) {
      kept = kept.dropLast()
    }
    return kept + "…"
  }

  static func oldMarkdown(_ text: String, _ limit: Int) -> String {
    guard text.count > limit else { return text }
    let head = text.prefix(limit - 1)
    let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
    return String(cut) + "…"
  }

  static func oldSARIF(_ text: String, _ limit: Int) -> String {
    guard text.count > limit else { return text }
    let head = text.prefix(limit - 1)
    if let stop = head.range(of: ". ", options: .backwards),
      head.distance(from: head.startIndex, to: stop.lowerBound) > limit / 2
    {
      return String(head[..<stop.lowerBound]) + ". …"
    }
    let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
    return String(cut) + "…"
  }

  static func oldHard(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }

  /// Deterministic texts of words, spaces, full stops, separators, newlines and accents.
  static func texts() -> [String] {
    let pieces = [
      "a", "bc", "word", " ", " ", ". ", ".", ",", "; ", "–", "\n", "\t", "é", "e\u{301}", "-",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    return (0..<600).map { _ in
      (0..<next(60)).map { _ in pieces[next(pieces.count)] }.joined()
    }
  }

  @Test(arguments: [5, 12, 30, 60, 80])
  func clippedCutsAsTheOldCutsDid(limit: Int) {
    let hole = ClipRule(
      limit: limit, breaks: .whitespace, minimumKept: limit * 3 / 4,
      dropsDanglingSeparators: true)
    for text in ClipEquivalenceTests.texts() {
      #expect(PlanText.clipped(text, hole) == ClipEquivalenceTests.oldHole(text, limit))
      #expect(
        PlanText.clipped(text, ClipRule(limit: limit, breaks: .spaces))
          == ClipEquivalenceTests.oldMarkdown(text, limit))
      #expect(
        PlanText.clipped(text, ClipRule(limit: limit, breaks: .spaces, sentences: true))
          == ClipEquivalenceTests.oldSARIF(text, limit))
      #expect(
        PlanText.clipped(text, ClipRule(limit: limit)) == ClipEquivalenceTests.oldHard(text, limit))
    }
  }
}
