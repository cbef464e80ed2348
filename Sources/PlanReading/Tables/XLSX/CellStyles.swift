/// Which cell styles (`s` indices into `<cellXfs>` of `xl/styles.xml`) show numbers as dates.
///
/// A style is a date style when its number format is one of Excel's built-in date and time
/// formats (ids 14-22 and 45-47) or a custom format code that writes a day or year, or months
/// without hours or seconds (so `h:mm` stays a time). A time-only value (serial below 1) keeps
/// its number either way.
struct CellStyles {
  private(set) var dateStyles: [Bool] = []

  init() {}

  init(bytes: [UInt8], part: String) throws(XLSXError) {
    var scanner = XMLScanner(bytes: bytes, part: part)
    var customDates: Set<Int> = []
    var formatIDs: [Int] = []
    var inCellFormats = false
    while let event = try scanner.next() {
      switch event {
      case .start(let tag):
        if scanner.equals(tag.name, "numFmt"), let id = scanner.attribute("numFmtId", of: tag),
          let number = scanner.integer(id),
          Self.isDateFormat(scanner.string("formatCode", of: tag) ?? "")
        {
          customDates.insert(number)
        } else if scanner.equals(tag.name, "cellXfs") {
          inCellFormats = !tag.selfClosing
        } else if inCellFormats, scanner.equals(tag.name, "xf") {
          formatIDs.append(scanner.attribute("numFmtId", of: tag).flatMap(scanner.integer) ?? 0)
        }
      case .end(let name) where scanner.equals(name, "cellXfs"):
        inCellFormats = false
      default:
        continue
      }
    }
    dateStyles = formatIDs.map { Self.builtInDates.contains($0) || customDates.contains($0) }
  }

  /// True when style `index` formats numbers as dates.
  func isDate(style index: Int) -> Bool {
    index >= 0 && index < dateStyles.count && dateStyles[index]
  }

  static let builtInDates: Set<Int> = Set(14...22).union(45...47)

  /// True for a format code that shows a date: `dd/mm/yyyy`, `mmm-yy`, `[$-809]d mmmm yyyy`.
  /// Quoted literals, `\`-escaped characters and `[...]` sections (colours, conditions,
  /// locales, elapsed time) are ignored.
  static func isDateFormat(_ code: String) -> Bool {
    var seen: Set<Character> = []
    var inQuote = false
    var inBracket = false
    var escaped = false
    for character in code.lowercased() {
      if escaped {
        escaped = false
      } else if inQuote {
        inQuote = character != "\""
      } else if inBracket {
        inBracket = character != "]"
      } else {
        switch character {
        case "\"": inQuote = true
        case "[": inBracket = true
        case "\\": escaped = true
        case "d", "m", "y", "h", "s": seen.insert(character)
        default: break
        }
      }
    }
    if seen.contains("d") || seen.contains("y") { return true }
    return seen.contains("m") && !seen.contains("h") && !seen.contains("s")
  }
}
