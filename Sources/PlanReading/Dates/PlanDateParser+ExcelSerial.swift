import PlanModel

/// Spreadsheet serial numbers (Excel's 1900 date system), as XLSX cells store dates.
extension PlanDateParser {
  /// The day of an Excel serial: 1 is 1900-01-01 and 60 is Excel's 29 February 1900, a day that
  /// never was (nil), kept for Lotus 1-2-3 compatibility; so from 61 on a serial is one more
  /// than the days since 1899-12-31.
  package static func day(excelSerial serial: Int) -> Day? {
    guard serial >= 1, serial != 60, serial <= 2_958_465 else { return nil }  // to 9999-12-31
    guard let base = Day(year: 1899, month: 12, day: serial < 60 ? 31 : 30) else { return nil }
    return base.adding(days: serial)
  }

  /// Reads a cell holding an Excel serial ("43831", or "43831.5" with a time of day, which is
  /// dropped) as a day; anything else, or a serial outside 1900-9999, is `unparsed`.
  package func parseExcelSerial(_ text: String) -> PlanDate {
    var whole = 0
    var digits = 0
    var seenPoint = false
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if !seenPoint {
          digits += 1
          guard digits <= 7 else { return PlanDate(text: text, kind: .unparsed) }
          whole = whole * 10 + Int(byte - 48)
        }
      case UInt8(ascii: "."):
        guard !seenPoint, digits > 0 else { return PlanDate(text: text, kind: .unparsed) }
        seenPoint = true
      case UInt8(ascii: " "), 9, 10, 13:
        continue
      default:
        return PlanDate(text: text, kind: .unparsed)
      }
    }
    guard digits > 0, let day = Self.day(excelSerial: whole) else {
      return PlanDate(
        text: text, kind: digits == 0 && text.allSatisfy(\.isWhitespace) ? .missing : .unparsed)
    }
    return .day(day, text: text)
  }
}
