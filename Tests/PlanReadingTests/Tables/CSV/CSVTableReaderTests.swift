import PlanModel
import TestSupport
import Testing

@testable import PlanReading

/// Reads `text` as a table file named `file`.
func readTable(
  _ text: String, file: String = "plan.csv", options: TableOptions = TableOptions()
) -> TableResult {
  CSVTableReader.readActions(bytes: Array(text.utf8), file: file, options: options)
}

struct CSVTableReaderTests {
  @Test func findsTheHeaderBelowTitleRows() {
    let marked = MarkedText(
      """
      Luton Improvement Plan 2023,,
      "Updated March 2023",,
      Ref.,Actions,Lead
      1.1,Review strategy,1️⃣Head of HR
      """)
    let result = readTable(marked.text)
    #expect(result.diagnostics.isEmpty)
    #expect(result.actions.map(\.ref) == ["1.1"])
    #expect(result.actions.first?.title == "Review strategy")
    #expect(result.actions.first?.lead == "Head of HR")
    #expect(result.actions.first?.span.line == 4)
    #expect(result.actions.first?.span.row == 4)
    let lead = marked.markers["1️⃣"].map { SourcePosition(line: $0.line, column: $0.column) }
    #expect(result.actions.first?.position(of: .lead) == lead)
  }

  @Test func noHeaderIsAnErrorNamingTheFileAndExpectedNames() {
    let result = readTable("foo,bar\n1,2\n", file: "plans/odd.csv")
    #expect(result.actions.isEmpty)
    let error = result.diagnostics.first { $0.code == "csv-no-header" }
    #expect(error?.severity == .error)
    #expect(error?.message.contains("'plans/odd.csv'") == true)
    #expect(error?.message.contains("'Ref'") == true)
    #expect(error?.message.contains("'Lead'") == true)
  }

  @Test func repeatedHeaderRowsAreSkipped() {
    let result = readTable(
      """
      Ref,Action,Lead
      1,First,A
      Ref,Action,Lead
      2,Second,B
      ,Action,Lead
      """)
    #expect(result.actions.map(\.ref) == ["1", "2"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func sectionRowsSetTheThemeAndAreReturned() {
    let result = readTable(
      """
      Ref,Action,Ofsted Ref,Due,Lead
      1.1,Lead the development of effective partnership strategies,,,
      1.1.1,Establish a governance board.,"Recommendation 1,5,6,8,11",November 2018,Executive Director
      "1.2 Embed an agreed approach to neglect",,,,
      1.2.1,Develop a Neglect Strategy.,Recommendation 5,January 2019,Chair of LSCB
      """)
    #expect(result.actions.map(\.ref) == ["1.1.1", "1.2.1"])
    #expect(result.actions.map(\.theme) == ["1.1", "1.2"])
    #expect(result.themes.map(\.ref) == ["1.1", "1.2"])
    #expect(
      result.themes.map(\.title) == [
        "Lead the development of effective partnership strategies",
        "Embed an agreed approach to neglect",
      ])
    #expect(result.themes.first?.span.row == 2)
    #expect(result.actions.first?.recommendations == ["1", "5", "6", "8", "11"])
    #expect(result.actions.first?.end.text == "November 2018")
  }

  @Test func declaredThemeTitlesMatchAndAreNotReturnedAgain() {
    var options = TableOptions()
    options.themes = [
      Theme(
        ref: "1.2", title: "Practice Standards and Quality Assurance Framework",
        span: SourceSpan(file: "plan.json"))
    ]
    let result = readTable(
      """
      Objectives,Ref.,Actions,Responsible Lead Officer
      Obj A,1.1.1.1,Do A,Lead A
      ,,practice standards and  quality assurance framework,
      Obj B,1.2.1.1,Do B,Lead B
      """, options: options)
    #expect(result.actions.map(\.theme) == ["", "1.2"])
    #expect(result.themes.isEmpty)
  }

  @Test func groupingColumnsFillDownAndContinuationRowsAreNotActions() {
    let result = readTable(
      """
      Objectives,Ref.,Actions,Lead
      A Workforce Strategy,1.1.1.1,Review strategy,HR
      ,1.1.1.2,Review training,OD
      A Social Work Academy,,,
      ,1.1.2.1,Evaluate the academy,Head of SWA
      """)
    #expect(
      result.actions.map(\.objective) == [
        "A Workforce Strategy", "A Workforce Strategy", "A Social Work Academy",
      ])
    #expect(result.actions.count == 3)
    let inherited = result.actions[1].position(of: .objective)
    #expect(inherited == SourcePosition(line: 2, column: 1))
  }

  @Test func fragmentRowsAreSkippedWithAWarning() {
    let result = readTable("Ref,Action,Lead,Notes x\n1,A,B,\n,,Head of FARY,\n,,,stray\n")
    #expect(result.actions.count == 1)
    #expect(result.diagnostics.map(\.code) == ["csv-fragment-row", "csv-fragment-row"])
    #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
  }

  @Test func unmappedColumnsBecomeExtraWithoutEmptyValues() {
    let result = readTable("Ref,Action,KPI Ref,Frequency,\n1,A,K1,Monthly,\n2,B,,,loose\n")
    #expect(result.actions[0].extra == [ExtraField(name: "Frequency", value: "Monthly")])
    #expect(result.actions[1].extra == [ExtraField(name: "Column 5", value: "loose")])
    #expect(result.actions[0].measure == "K1")
  }

  @Test func columnsOverrideBeatsAliases() {
    var options = TableOptions()
    options.columns = ["Frequency": "progress", "Lead": "extra"]
    let result = readTable("Ref,Action,Lead,Frequency\n1,A,B,Monthly\n", options: options)
    #expect(result.actions.first?.progress == "Monthly")
    #expect(result.actions.first?.lead == "")
    #expect(result.actions.first?.extra == [ExtraField(name: "Lead", value: "B")])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func unknownOverrideFieldIsAnErrorWithSuggestion() {
    var options = TableOptions()
    options.columns = ["Owner": "leed", "Missing col": "lead"]
    let result = readTable("Ref,Action,Owner\n1,A,B\n", options: options)
    let error = result.diagnostics.first { $0.code == "columns-unknown-field" }
    #expect(error?.severity == .error)
    #expect(
      error?.message == "unknown field 'leed' for column 'Owner' in columns; did you mean 'lead'?")
    let missing = result.diagnostics.first { $0.code == "columns-header-not-found" }
    #expect(missing?.severity == .error)
    #expect(
      missing?.message.contains("'Missing col' named in columns is not in the header") == true)
  }

  @Test func unheadedRefColumnIsFoundFromItsValues() {
    let result = readTable(
      "\tAction\tOfsted Ref\tKPI Ref\tDue\tLead\n1.1.1\tA\tRecommendation 2 and 10\t\tJune 2019\tHead of CFW\n",
      file: "plan.tsv")
    #expect(result.actions.first?.ref == "1.1.1")
    #expect(result.actions.first?.recommendations == ["2", "10"])
  }

  @Test func statusDatesAndMilestonesAreParsed() {
    var options = TableOptions()
    options.statusScheme = .luton2023
    let result = readTable(
      """
      Ref.,Actions,Start Date,End Date,Milestones,Rag rating,Detailed action plan
      1.1,A,2023-02-01,,"3 months: Review 6 months: Draft",Action complete,"Plan A; Plan B"
      1.2,B,,2024-04-01,Training delivered,Not started,
      """, options: options)
    #expect(result.actions.map(\.status.statusClass) == [.complete, .notStarted])
    #expect(result.actions.first?.start.kind == .day)
    #expect(result.actions.first?.end.kind == .missing)
    #expect(result.actions.first?.links == ["Plan A", "Plan B"])
    #expect(result.actions.map(\.milestones) == [0..<2, 2..<3])
    #expect(result.milestones.map(\.due.text) == ["3 months", "6 months", ""])
    #expect(result.milestones.map(\.action) == [0, 0, 1])
    #expect(result.milestones.allSatisfy { !$0.done })
    #expect(result.milestones.first?.span.row == 2)
  }

  @Test func tsvSniffedInACSVFileAndCSVInATSVFile() {
    let tabbed = readTable("Ref\tAction\tLead\n1\tA, with comma\tB\n", file: "plan.csv")
    #expect(tabbed.actions.first?.title == "A, with comma")
    let commas = readTable("Ref,Action,Lead\n1,A,B\n", file: "plan.tsv")
    #expect(commas.actions.first?.lead == "B")
  }

  @Test func refsLoseATrailingDot() {
    let result = readTable("Ref,Action\n1a.,A\n2.,B\n")
    #expect(result.actions.map(\.ref) == ["1a", "2"])
  }

  @Test func windows1252FileReadsWithNotice() {
    let bytes = Array("Ref,Action\n1,".utf8) + [0x93] + Array("smart".utf8) + [0x94]
    let result = CSVTableReader.readActions(bytes: bytes, file: "p.csv", options: TableOptions())
    #expect(result.actions.first?.title == "\u{201C}smart\u{201D}")
    #expect(result.diagnostics.map(\.severity) == [.info])
  }
}
