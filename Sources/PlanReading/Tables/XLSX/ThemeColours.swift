import PlanModel

/// The twelve colours of a workbook theme's colour scheme (`<a:clrScheme>` in
/// `xl/theme/theme1.xml`), indexed as cell styles refer to them.
struct ThemeColours: Equatable {
  /// By SpreadsheetML's theme index: 0 lt1, 1 dk1, 2 lt2, 3 dk2, 4-9 accent1-6, 10 hlink,
  /// 11 folHlink (light and dark swapped relative to the scheme's own order).
  private(set) var colours: [RGB]

  /// Office's default theme, used when a workbook has no theme part.
  static let office = ThemeColours(
    hex: [
      "FFFFFF", "000000", "EEECE1", "1F497D", "4F81BD", "C0504D", "9BBB59", "8064A2", "4BACC6",
      "F79646", "0000FF", "800080",
    ])

  private init(hex: [String]) { colours = hex.compactMap { RGB(hex: $0) } }

  /// Reads the colour scheme of a theme part; colours it does not give keep Office's.
  init(bytes: [UInt8], part: String) throws(PackageError) {
    self = .office
    var scanner = XMLScanner(bytes: bytes, part: part)
    var slot: Int?
    var inScheme = false
    while let event = try scanner.next() {
      switch event {
      case .start(let tag):
        if scanner.equals(tag.name, "clrScheme") {
          inScheme = !tag.selfClosing
        } else if inScheme, slot == nil, !tag.selfClosing {
          slot = Self.slots.firstIndex { scanner.equals(tag.name, $0) }.map { Self.indices[$0] }
        } else if let index = slot, index < colours.count {
          let value =
            scanner.equals(tag.name, "srgbClr")
            ? scanner.string("val", of: tag)
            : scanner.equals(tag.name, "sysClr") ? scanner.string("lastClr", of: tag) : nil
          if let rgb = value.flatMap({ RGB(hex: $0) }) { colours[index] = rgb }
        }
      case .end(let name):
        if scanner.equals(name, "clrScheme") {
          inScheme = false
        } else if slot != nil, Self.slots.contains(where: { scanner.equals(name, $0) }) {
          slot = nil
        }
      default: continue
      }
    }
  }

  /// The colour at theme index `index`, or nil past the scheme.
  func colour(_ index: Int) -> RGB? {
    index >= 0 && index < colours.count ? colours[index] : nil
  }

  /// Scheme element names in file order, and the theme index each stands for.
  private static let slots: [StaticString] = [
    "dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6",
    "hlink", "folHlink",
  ]
  private static let indices = [1, 0, 3, 2, 4, 5, 6, 7, 8, 9, 10, 11]
}

extension RGB {
  /// The colour lightened (`tint` > 0) or darkened (< 0) in HSL lightness, as SpreadsheetML's
  /// `tint` attribute specifies: L' = L(1 + tint) when darkening, L(1 - tint) + tint when
  /// lightening.
  func tinted(_ tint: Double) -> RGB {
    guard tint != 0, tint.isFinite else { return self }
    let colour = HSL(red: red, green: green, blue: blue)
    let lightness = colour.lightness
    let tinted = tint < 0 ? lightness * (1 + tint) : lightness * (1 - tint) + tint
    return RGB(hue: colour.hue, saturation: colour.saturation, lightness: min(1, max(0, tinted)))
  }

  init(hue: Double, saturation: Double, lightness: Double) {
    func channel(_ p: Double, _ q: Double, _ t: Double) -> Double {
      var t = t
      if t < 0 { t += 1 }
      if t > 1 { t -= 1 }
      if t < 1 / 6 { return p + (q - p) * 6 * t }
      if t < 1 / 2 { return q }
      if t < 2 / 3 { return p + (q - p) * (2 / 3 - t) * 6 }
      return p
    }
    func byte(_ value: Double) -> UInt8 { UInt8(max(0, min(255, (value * 255).rounded()))) }
    guard saturation > 0 else {
      let grey = byte(lightness)
      self.init(red: grey, green: grey, blue: grey)
      return
    }
    let q =
      lightness < 0.5
      ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation
    let p = 2 * lightness - q
    self.init(
      red: byte(channel(p, q, hue + 1 / 3)), green: byte(channel(p, q, hue)),
      blue: byte(channel(p, q, hue - 1 / 3)))
  }
}
