/// What the cell styles (`s` indices into `<cellXfs>` of `xl/styles.xml`) say about a cell:
/// whether numbers show as dates, and the solid fill colour.
///
/// A style is a date style when its number format is one of Excel's built-in date and time
/// formats (ids 14-22 and 45-47) or a custom format code that writes a day or year, or months
/// without hours or seconds (so `h:mm` stays a time). A time-only value (serial below 1) keeps
/// its number either way. Fills are `<fills>` entries by the style's `fillId`, resolved to RGB
/// through the theme and the indexed palette; pattern `none` and `gray125` are no fill.
struct CellStyles {
  private(set) var dateStyles: [Bool] = []
  /// The resolved fill of each style, nil for none.
  private(set) var fills: [RGB?] = []

  init() {}

  init(bytes: [UInt8], part: String, theme: ThemeColours = .office) throws(PackageError) {
    var scanner = XMLScanner(bytes: bytes, part: part)
    var customDates: Set<Int> = []
    var formatIDs: [Int] = []
    var fillIDs: [Int] = []
    var fillSpecs = FillSpecs()
    var inCellFormats = false
    while let event = try scanner.next() {
      if fillSpecs.read(event, scanner: scanner) { continue }
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
          fillIDs.append(scanner.attribute("fillId", of: tag).flatMap(scanner.integer) ?? 0)
        }
      case .end(let name) where scanner.equals(name, "cellXfs"):
        inCellFormats = false
      default:
        continue
      }
    }
    dateStyles = formatIDs.map { Self.builtInDates.contains($0) || customDates.contains($0) }
    let resolved = fillSpecs.resolved(theme: theme)
    fills = fillIDs.map { $0 >= 0 && $0 < resolved.count ? resolved[$0] : nil }
  }

  /// True when style `index` formats numbers as dates.
  func isDate(style index: Int) -> Bool {
    index >= 0 && index < dateStyles.count && dateStyles[index]
  }

  /// The solid fill of style `index`, or nil.
  func fill(style index: Int) -> RGB? {
    index >= 0 && index < fills.count ? fills[index] : nil
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

/// The `<fills>` of a styles part and its `<indexedColors>`, gathered while scanning.
struct FillSpecs {
  /// Per `<fill>`: the colour it paints, unresolved; nil for no fill.
  private(set) var fills: [ColourSpec?] = []
  private(set) var palette: [RGB] = []
  private var inFills = false
  private var inFill = false
  private var inIndexed = false
  private var pattern: String?
  private var foreground: ColourSpec?
  private var background: ColourSpec?
  private var gradientStop: ColourSpec?

  /// Takes the events that describe fills and palettes; true when `event` was one of them.
  mutating func read(_ event: XMLEvent, scanner: XMLScanner) -> Bool {
    switch event {
    case .start(let tag):
      if scanner.equals(tag.name, "fills") {
        inFills = !tag.selfClosing
      } else if scanner.equals(tag.name, "indexedColors") {
        inIndexed = !tag.selfClosing
      } else if inIndexed, scanner.equals(tag.name, "rgbColor") {
        palette.append(scanner.string("rgb", of: tag).flatMap { RGB(hex: $0) } ?? RGB.black)
      } else if inFills, scanner.equals(tag.name, "fill") {
        startFill()
        if tag.selfClosing { endFill() } else { inFill = true }
      } else if inFill, scanner.equals(tag.name, "patternFill") {
        pattern = scanner.string("patternType", of: tag)
      } else if inFill, scanner.equals(tag.name, "fgColor") {
        foreground = ColourSpec(tag, scanner: scanner)
      } else if inFill, scanner.equals(tag.name, "bgColor") {
        background = ColourSpec(tag, scanner: scanner)
      } else if inFill, scanner.equals(tag.name, "color"), gradientStop == nil {
        gradientStop = ColourSpec(tag, scanner: scanner)
      } else {
        return false
      }
      return true
    case .end(let name):
      if scanner.equals(name, "fills") {
        inFills = false
      } else if scanner.equals(name, "indexedColors") {
        inIndexed = false
      } else if inFill, scanner.equals(name, "fill") {
        endFill()
      } else {
        return false
      }
      return true
    default:
      return false
    }
  }

  private mutating func startFill() {
    pattern = nil
    foreground = nil
    background = nil
    gradientStop = nil
  }

  /// A solid fill paints its foreground colour (the background when it has none); other
  /// patterns mostly show the foreground too; `none` and `gray125` (Excel's two reserved
  /// fills) paint nothing; a gradient counts as its first stop.
  private mutating func endFill() {
    inFill = false
    switch pattern {
    case "none", "gray125": fills.append(nil)
    case nil where foreground == nil && background == nil: fills.append(gradientStop)
    default: fills.append(foreground ?? background)
    }
  }

  /// Every fill as RGB, against `theme` and the workbook's palette (or the standard one).
  func resolved(theme: ThemeColours) -> [RGB?] {
    let colours = palette.isEmpty ? IndexedColours.standard : palette
    return fills.map { $0?.resolved(theme: theme, palette: colours) }
  }
}

extension RGB {
  static let black = RGB(red: 0, green: 0, blue: 0)
}
