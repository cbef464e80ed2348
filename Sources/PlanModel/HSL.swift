/// A colour as hue, saturation and lightness, the terms fills are judged and tinted in.
package struct HSL: Sendable, Hashable {
  /// In 0..<1 (a fraction of the colour wheel).
  package var hue: Double
  /// In 0...1.
  package var saturation: Double
  /// In 0...1.
  package var lightness: Double

  package init(hue: Double, saturation: Double, lightness: Double) {
    self.hue = hue
    self.saturation = saturation
    self.lightness = lightness
  }

  /// The HSL of red, green and blue bytes.
  package init(red: UInt8, green: UInt8, blue: UInt8) {
    let r = Double(red) / 255
    let g = Double(green) / 255
    let b = Double(blue) / 255
    let high = max(r, g, b)
    let low = min(r, g, b)
    lightness = (high + low) / 2
    guard high > low else {
      hue = 0
      saturation = 0
      return
    }
    let delta = high - low
    saturation = lightness > 0.5 ? delta / (2 - high - low) : delta / (high + low)
    var sixths: Double
    if high == r {
      sixths = (g - b) / delta + (g < b ? 6 : 0)
    } else if high == g {
      sixths = (b - r) / delta + 2
    } else {
      sixths = (r - g) / delta + 4
    }
    hue = sixths / 6
  }
}
