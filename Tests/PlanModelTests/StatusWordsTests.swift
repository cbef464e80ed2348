import PlanModel
import Testing

/// The default scheme's everyday words, the loose match and fill colours.
struct StatusWordsTests {
  @Test(arguments: [
    ("Complete", StatusClass.complete), ("Completed", .complete), ("Done", .complete),
    ("Achieved", .complete), ("Closed", .complete), ("COMPLETED.", .complete),
    ("On track", .green), ("On-track", .green), ("on target", .green), ("G", .green),
    ("Green - on track", .green), ("Green (on track)", .green), ("G - on track", .green),
    ("Off track", .red), ("R", .red), ("Slipped", .red), ("Red: significant delay", .red),
    ("Delayed", .amber), ("At risk", .amber), ("A", .amber), ("Amber - some slippage", .amber),
    ("Not started", .notStarted), ("Not yet started", .notStarted), ("not-started", .notStarted),
    ("Ongoing", .bau), ("BAU", .bau), ("Business as usual", .bau), ("B", .complete),
    ("Blue", .complete), ("Grey", .notDue), ("Not yet due", .notDue),
  ])
  func everydayWordsAreKnown(_ label: String, _ expected: StatusClass) {
    #expect(StatusScheme.everyday.status(for: label).statusClass == expected, "\(label)")
  }

  @Test(arguments: [
    "Green/Amber", "Red/Amber", "A number of delays", "G and then more", "Not complete",
    "Delayed - now complete", "On track but at risk", "In hand", "Tbc",
  ])
  func mixedOrUnknownLabelsStayUnknown(_ label: String) {
    #expect(StatusScheme.everyday.status(for: label).statusClass == .unknown, "\(label)")
  }

  @Test func strictSchemesStayStrict() {
    #expect(StatusScheme.bragg.status(for: "Completed").statusClass == .unknown)
    #expect(StatusScheme.rag.status(for: "Blue").statusClass == .unknown)
    #expect(StatusScheme.luton2023.status(for: "On track").statusClass == .unknown)
  }

  @Test(arguments: [
    (0x00B050 as UInt32, ColourFamily.green), (0xC6EFCE, .green), (0x92D050, .green),
    (0xFF0000, .red), (0xFFC7CE, .red), (0xC00000, .red), (0xFFC000, .amber),
    (0xFFEB9C, .amber), (0xED7D31, .amber), (0xFFFF00, .yellow), (0x0070C0, .blue),
    (0x4472C4, .blue), (0xBFBFBF, .grey), (0x808080, .grey), (0x7030A0, .purple),
  ])
  func fillsFallIntoFamilies(_ rgb: UInt32, _ family: ColourFamily) {
    #expect(ColourFamily(rgb: rgb) == family, "\(String(rgb, radix: 16))")
  }

  @Test func whiteAndBlackAreNoRating() {
    #expect(ColourFamily(rgb: 0xFFFFFF) == nil)
    #expect(ColourFamily(rgb: 0xFAFAFA) == nil)
    #expect(ColourFamily(rgb: 0x000000) == nil)
  }

  @Test func aColourRatesOnlyWhatTheWordsLeaveOpen() {
    let scheme = StatusScheme.everyday
    #expect(scheme.status(for: "", colour: .green).statusClass == .green)
    #expect(scheme.status(for: "", colour: .purple).isMissing)
    #expect(scheme.status(for: "Red", colour: .green).statusClass == .red)
    #expect(scheme.status(for: "Hmm", colour: .amber).statusClass == .amber)
    #expect(scheme.status(for: "", colour: .yellow).statusClass == .amber)
  }
}

/// Spreadsheet positions are named as the sheet names them.
struct CellNameTests {
  @Test func workbookPositionsHaveCellNames() {
    #expect(SourceSpan(file: "plan.xlsx", line: 6, column: 6).cellName == "F6")
    #expect(SourceSpan(file: "Plans/Q3.ODS", line: 12, column: 28).cellName == "AB12")
    #expect(SourceSpan(file: "plan.xlsx", line: 1, column: 16_384).cellName == "XFD1")
    #expect(SourceSpan(file: "plan.csv", line: 6, column: 6).cellName == nil)
    #expect(SourceSpan(file: "plan.xlsx", line: 0, column: 0).cellName == nil)
  }
}
