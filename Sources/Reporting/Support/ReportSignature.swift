/// Tells a file plancheck wrote (a report or a baseline) from a plan by its content, so a
/// report left in a checked folder (`--format json:results.json`, `csv:findings.csv`) is not
/// read as a plan on the next run, whatever it is called.
package enum ReportSignature {
  /// How many bytes of a file's start and end `format(head:tail:)` needs.
  package static let window = 1_024

  /// The format that wrote a file with this start and end, or nil for anything else.
  package static func format(head: [UInt8], tail: [UInt8]) -> String? {
    let start = leading(head)
    let end = String(decoding: tail, as: UTF8.self)
    if start.hasPrefix("{") {
      if start.contains("\"$schema\""), start.contains("sarif") { return "sarif" }
      if start.hasPrefix("{\n  \"entries\" : ["), end.contains("\"version\" : 1") {
        return "baseline"
      }
      // Keys are sorted, so the summary and the tool's name close a JSON report.
      let compact = end.filter { !$0.isWhitespace }
      if compact.contains("\"summary\":{"), compact.contains("\"tool\":{\"name\":\"plancheck\"") {
        return "json"
      }
      return nil
    }
    if start.hasPrefix("[") {
      let compact = start.filter { !$0.isWhitespace }
      return compact.hasPrefix("[{\"check_name\":") || compact == "[]" ? "gitlab" : nil
    }
    if start.hasPrefix(CSVEscaping.row(CSVReporter.header)) { return "csv" }
    if start.hasPrefix("<?xml"), start.contains("<testsuites>"),
      start.contains("plancheck")
    {
      return "junit"
    }
    if start.hasPrefix("<!DOCTYPE html>"), start.contains("name=\"generator\" content=\"plancheck")
    {
      return "html"
    }
    if start.hasPrefix("# plancheck report") { return "markdown" }
    return nil
  }

  /// The text at the start, without a byte-order mark.
  private static func leading(_ head: [UInt8]) -> String {
    let bytes = head.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(head.dropFirst(3)) : head
    return String(decoding: bytes, as: UTF8.self)
  }
}
