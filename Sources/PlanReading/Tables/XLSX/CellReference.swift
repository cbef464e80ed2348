/// An A1-style cell reference (`B3`, `$AA$10`): 1-based column and row.
struct CellReference: Equatable {
  /// Excel's grid: columns A...XFD, rows 1...1,048,576.
  static let maxColumn = 16_384
  static let maxRow = 1_048_576

  var column: Int
  var row: Int

  /// Parses `bytes[range]`; nil unless it is letters then digits within Excel's grid.
  init?(_ bytes: [UInt8], _ range: Range<Int>) {
    var index = range.lowerBound
    var column = 0
    var row = 0
    if index < range.upperBound, bytes[index] == UInt8(ascii: "$") { index += 1 }
    while index < range.upperBound, let letter = Self.letter(bytes[index]) {
      column = column * 26 + letter
      guard column <= Self.maxColumn else { return nil }
      index += 1
    }
    if index < range.upperBound, bytes[index] == UInt8(ascii: "$") { index += 1 }
    let digitsStart = index
    while index < range.upperBound, bytes[index] >= 0x30, bytes[index] <= 0x39 {
      row = row * 10 + Int(bytes[index] - 0x30)
      guard row <= Self.maxRow else { return nil }
      index += 1
    }
    guard column > 0, index > digitsStart, index == range.upperBound, row > 0 else { return nil }
    self.column = column
    self.row = row
  }

  init(column: Int, row: Int) {
    self.column = column
    self.row = row
  }

  private static func letter(_ byte: UInt8) -> Int? {
    switch byte {
    case 0x41...0x5A: Int(byte - 0x40)
    case 0x61...0x7A: Int(byte - 0x60)
    default: nil
    }
  }
}
