import Foundation

/// RFC 4180 cells that a spreadsheet will never evaluate.
///
/// A cell starting with `=`, `+`, `-`, `@`, tab or CR is read as a formula by Excel,
/// LibreOffice and Google Sheets (CSV injection); such cells get a leading `'`, which the
/// spreadsheets show as text.
package enum CSVEscaping {
  private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// One cell: neutralised, NUL and other controls except tab/CR/LF replaced, and quoted
  /// when it holds a comma, quote, CR or LF.
  package static func cell(_ value: String) -> String {
    var text = ControlCharacters.keepingLineBreaks(value)
    if let first = text.unicodeScalars.first, formulaStarts.contains(first) {
      text = "'" + text
    }
    let needsQuotes = text.unicodeScalars.contains { scalar in
      scalar == "," || scalar == "\"" || scalar == "\r" || scalar == "\n"
    }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One record, CRLF-terminated as RFC 4180 specifies.
  package static func row(_ cells: [String]) -> String {
    cells.map(cell).joined(separator: ",") + "\r\n"
  }
}
