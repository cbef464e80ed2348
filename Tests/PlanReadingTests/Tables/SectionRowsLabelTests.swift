import Testing

@testable import PlanReading

struct SectionRowsLabelTests {
  @Test(arguments: [
    ("Key Area 2: Prevention", "2", "Prevention"),
    ("Priority 3 - Preparing for adulthood", "3", "Preparing for adulthood"),
    ("Theme 1. Improving Quality", "1", "Improving Quality"),
    ("1.2 Embed an agreed approach", "1.2", "Embed an agreed approach"),
  ])
  func headings(text: String, ref: String, title: String) {
    let found = SectionRows.leadingRef(text)
    #expect(found?.ref == ref)
    #expect(found?.title == title)
  }

  @Test(arguments: ["Key Area", "Priority: reduce delay", "Area 2 was reviewed", "Partners 2: x"])
  func notHeadings(text: String) {
    #expect(SectionRows.labelledRef(text) == nil)
  }
}
