import Foundation

/// Turns a cell's stored value into the text a CSV export of the sheet would hold.
enum CellValues {
  /// `TRUE`/`FALSE` for a boolean cell's `1`/`0`, as Excel's own CSV export writes them.
  static func boolean(_ text: ArraySlice<UInt8>) -> [UInt8] {
    let trimmed = text.filter { !XMLScanner.isSpace($0) }
    return trimmed == [UInt8(ascii: "1")] ? Array("TRUE".utf8) : Array("FALSE".utf8)
  }

  /// The ISO date (`2024-03-31`) of a serial number in a date-formatted cell, or nil when the
  /// serial is not a day between 1900 and 9999 (a negative number, a time of day alone,
  /// which has serial 0 in either date system). The time of day in the fraction is dropped.
  static func date(_ text: ArraySlice<UInt8>, date1904: Bool) -> [UInt8]? {
    var whole = 0
    var digits = 0
    var seenPoint = false
    for byte in text where !XMLScanner.isSpace(byte) {
      if byte == UInt8(ascii: ".") {
        guard !seenPoint else { return nil }
        seenPoint = true
      } else if byte >= 0x30, byte <= 0x39 {
        guard !seenPoint else { continue }
        digits += 1
        guard digits <= 7 else { return nil }
        whole = whole * 10 + Int(byte - 0x30)
      } else {
        return nil
      }
    }
    // The 1904 system counts from 1904-01-01, which is serial 1462 in the 1900 system.
    let serial = date1904 ? whole + 1462 : whole
    guard whole > 0, let day = PlanDateParser.day(excelSerial: serial) else { return nil }
    return Array(day.iso.utf8)
  }

  /// A number as Excel shows it: stored doubles such as `1.1000000000000001` or
  /// `0.30000000000000004` are rounded to Excel's 15 significant digits; shorter numbers are
  /// kept exactly as written.
  static func number(_ text: ArraySlice<UInt8>) -> [UInt8]? {
    guard text.count > 16, text.contains(UInt8(ascii: ".")),
      !text.contains(UInt8(ascii: "E")), !text.contains(UInt8(ascii: "e")),
      let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite
    else { return nil }
    let significant = text.filter { $0 >= 0x30 && $0 <= 0x39 }.drop { $0 == 0x30 }.count
    guard significant > 15 else { return nil }
    return Array(String(format: "%.15g", value).utf8)
  }
}
