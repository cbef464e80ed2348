/// Chooses comma or tab: the file's extension says which to expect, and the first non-empty
/// lines can clearly say otherwise (a "CSV" that Excel saved as tab-separated text).
enum DelimiterSniffer {
  static let comma: UInt8 = 0x2C
  static let tab: UInt8 = 0x09
  static let sampleLines = 10

  static func delimiter(for bytes: [UInt8], file: String) -> UInt8 {
    let expected = file.lowercased().hasSuffix(".tsv") ? tab : comma
    let other = expected == tab ? comma : tab
    var linesWithExpected = 0
    var linesWithOther = 0
    var lines = 0
    for line in bytes.prefix(65_536).split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
      guard line.contains(where: { $0 != 0x20 && $0 != tab && $0 != comma }) else { continue }
      lines += 1
      if line.contains(expected) { linesWithExpected += 1 }
      if line.contains(other) { linesWithOther += 1 }
      if lines == sampleLines { break }
    }
    let clearlyOther = linesWithOther * 5 >= lines * 3 && linesWithOther > linesWithExpected
    return clearlyOther ? other : expected
  }
}
