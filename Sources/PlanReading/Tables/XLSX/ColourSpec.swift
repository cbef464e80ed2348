/// A colour as SpreadsheetML writes it (`<fgColor rgb=…/>`, `theme=… tint=…`, `indexed=…`),
/// before it is resolved against the workbook's theme and palette.
enum ColourSpec: Equatable {
  case rgb(RGB)
  case theme(Int, tint: Double)
  case indexed(Int, tint: Double)

  /// The colour an element's attributes name, or nil for `auto` and colours it cannot read.
  init?(_ tag: XMLTag, scanner: XMLScanner) {
    if scanner.string("auto", of: tag).map({ $0 == "1" || $0 == "true" }) == true { return nil }
    let tint = scanner.string("tint", of: tag).flatMap { Double($0) }.map { min(1, max(-1, $0)) }
    if let hex = scanner.string("rgb", of: tag), let rgb = RGB(hex: hex) {
      self = .rgb(tint.map { rgb.tinted($0) } ?? rgb)
    } else if let theme = scanner.attribute("theme", of: tag).flatMap(scanner.integer) {
      self = .theme(theme, tint: tint ?? 0)
    } else if let index = scanner.attribute("indexed", of: tag).flatMap(scanner.integer) {
      self = .indexed(index, tint: tint ?? 0)
    } else {
      return nil
    }
  }

  /// The RGB of the colour in a workbook with `theme` colours and `palette` (its indexed
  /// colours, Excel's default 64 unless the workbook overrides them); nil for the system
  /// foreground and background (indexed 64 and 65) and indices past the palette.
  func resolved(theme: ThemeColours, palette: [RGB]) -> RGB? {
    switch self {
    case .rgb(let rgb): return rgb
    case .theme(let index, let tint): return theme.colour(index).map { $0.tinted(tint) }
    case .indexed(let index, let tint):
      guard index >= 0, index < palette.count else { return nil }
      return palette[index].tinted(tint)
    }
  }
}
