/// The cell and table styles of an OpenDocument spreadsheet (`office:automatic-styles` of
/// `content.xml`, `office:styles` of `styles.xml`): each cell style's background colour,
/// through its parent styles, and which table styles hide their sheet.
struct ODSStyles {
  private var backgrounds: [String: RGB?] = [:]
  private var parents: [String: String] = [:]
  private(set) var hiddenTables: Set<String> = []

  /// Adds the styles of one part.
  mutating func read(_ bytes: [UInt8], part: String) throws(PackageError) {
    var scanner = XMLScanner(bytes: bytes, part: part)
    var current: String?
    while let event = try scanner.next() {
      switch event {
      case .start(let tag):
        if scanner.equals(tag.name, "style") {
          current = scanner.string("name", of: tag)
          if let name = current, let parent = scanner.string("parent-style-name", of: tag) {
            parents[name] = parent
          }
          if tag.selfClosing { current = nil }
        } else if let name = current, scanner.equals(tag.name, "table-cell-properties"),
          let colour = scanner.string("background-color", of: tag)
        {
          backgrounds[name] = colour == "transparent" ? .some(nil) : RGB(hex: colour)
        } else if let name = current, scanner.equals(tag.name, "table-properties"),
          scanner.string("display", of: tag) == "false"
        {
          hiddenTables.insert(name)
        }
      case .end(let name) where scanner.equals(name, "style"):
        current = nil
      default:
        continue
      }
    }
  }

  /// The background of cell style `name`, from it or its nearest parent that says.
  func fill(style name: String?) -> RGB? {
    var style = name
    for _ in 0..<8 {
      guard let current = style else { return nil }
      if let background = backgrounds[current] { return background }
      style = parents[current]
    }
    return nil
  }
}
