/// Spreadsheet cell names, as Excel and LibreOffice show them: column letters (A … Z, AA …
/// XFD) and a row number.
package enum SpreadsheetCell {
  /// The letters of a 1-based column: 1 → A, 27 → AA; empty for 0 or less.
  package static func letters(column: Int) -> String {
    var letters: [UInt8] = []
    var rest = column
    while rest > 0 {
      letters.append(UInt8(65 + (rest - 1) % 26))
      rest = (rest - 1) / 26
    }
    return String(decoding: letters.reversed(), as: UTF8.self)
  }

  /// `F6` for 1-based column 6 and row 6; nil when either is unknown (0 or less).
  package static func name(column: Int, row: Int) -> String? {
    guard column >= 1, row >= 1 else { return nil }
    return letters(column: column) + String(row)
  }
}
