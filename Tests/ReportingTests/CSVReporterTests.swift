import PlanModel
import Reporting
import TestSupport
import Testing

struct CSVReporterTests {
  @Test func matchesGolden() {
    let output = render(CSVReporter.self, ReportFixture.realistic())
    #expect(Golden.check(output, named: "csv.csv") == nil)
  }

  @Test(arguments: [FixtureName.realistic, .hostile])
  func everyRowHasEveryColumnAndNoFormula(fixture: FixtureName) {
    let report = fixture.report
    let records = CSVRecords.parse(render(CSVReporter.self, report))
    #expect(records.count == report.findings.count + 1)
    #expect(records.first == CSVReporter.header)
    for record in records {
      #expect(record.count == CSVReporter.header.count)
      for cell in record {
        #expect(!["=", "+", "-", "@", "\t", "\r"].contains(cell.first.map(String.init) ?? ""))
      }
    }
  }

  @Test(arguments: [
    ("=1+1", "'=1+1"), ("+44 20", "'+44 20"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "\"'\tx\"".replacingOccurrences(of: "\"", with: "")), ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
    ("nul\u{0}", "nul\u{FFFD}"),
    ("plain", "plain"),
  ])
  func cellsAreQuotedAndNeutralised(raw: String, cell: String) {
    #expect(CSVEscaping.cell(raw) == cell)
  }

  @Test func hostileMessageSurvivesBehindItsQuote() {
    let records = CSVRecords.parse(render(CSVReporter.self, HostileFixture.report()))
    let messages = records.dropFirst().map { $0.count > 8 ? $0[8] : "" }
    let expected = "'" + ControlCharacters.keepingLineBreaks(HostileFixture.text)
    #expect(messages.contains { $0 == expected })
    #expect(messages.contains { $0 == HostileFixture.long })
  }
}

/// A strict RFC 4180 reader for checking output (quoted fields, doubled quotes, CRLF).
enum CSVRecords {
  static func parse(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar?
    while let scalar = pending ?? scalars.next() {
      pending = nil
      if quoted {
        if scalar == "\"" {
          let next = scalars.next()
          if next == "\"" {
            field.unicodeScalars.append("\"")
          } else {
            quoted = false; pending = next
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" {
        quoted = true
      } else if scalar == "," {
        record.append(field)
        field = ""
      } else if scalar == "\r" {
        let next = scalars.next()
        if next != "\n" { pending = next }
        record.append(field)
        records.append(record)
        record = []
        field = ""
      } else {
        field.unicodeScalars.append(scalar)
      }
    }
    return records
  }
}
