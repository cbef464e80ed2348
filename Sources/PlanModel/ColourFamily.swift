/// The colour family of a cell fill, as people read RAG colours off a spreadsheet.
///
/// Workbooks often rate actions by colour alone: the status cell is filled red, amber or green
/// and holds no words. The family is found by hue, so the many shades programs offer ("Good"
/// style green C6EFCE, standard green 00B050, theme accents with a tint) fall into one family.
package enum ColourFamily: String, Sendable, Hashable, CaseIterable {
  case red, amber, yellow, green, blue, grey, purple

  /// The family of a colour given as red, green and blue bytes.
  package init?(red: UInt8, green: UInt8, blue: UInt8) {
    self.init(rgb: UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue))
  }

  /// The family of an RGB colour, or nil for white, near-white and black (no rating).
  ///
  /// Lightness above 0.94 is a blank fill and below 0.12 is black text colour used as a fill;
  /// a saturation under 0.15 is grey. Hue bands, in degrees: red below 12 or from 335, amber to
  /// 50 (Excel's orange FFC000 is 45), yellow to 70, green to 170, blue to 260, purple to 335.
  package init?(rgb: UInt32) {
    let colour = HSL(
      red: UInt8(truncatingIfNeeded: rgb >> 16), green: UInt8(truncatingIfNeeded: rgb >> 8),
      blue: UInt8(truncatingIfNeeded: rgb))
    guard colour.lightness <= 0.94, colour.lightness >= 0.12 else { return nil }
    if colour.saturation < 0.15 {
      self = .grey
      return
    }
    let hue = colour.hue * 360
    switch hue {
    case ..<12: self = .red
    case ..<50: self = .amber
    case ..<70: self = .yellow
    case ..<170: self = .green
    case ..<260: self = .blue
    case ..<335: self = .purple
    default: self = .red
    }
  }

  /// What a fill of this family means when a scheme says nothing else: the RAG colours, blue
  /// for complete and grey for not yet due, as the BRAG and BRAGG keys use them; yellow reads
  /// as amber. Purple has no common meaning.
  package var defaultClass: StatusClass? {
    switch self {
    case .red: .red
    case .amber, .yellow: .amber
    case .green: .green
    case .blue: .complete
    case .grey: .notDue
    case .purple: nil
    }
  }
}
