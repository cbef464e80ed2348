/// What `word/document.xml` holds that a plan can be read from: its top-level tables (rows of
/// cells with their merges, shading and boldness) and the headings between them, in document
/// order, with every text a range of one buffer.
struct WordDocument {
  /// One `w:tc`: its text, how many grid columns it spans, whether it continues a vertical
  /// merge, its shading, the number of its first paragraph, and whether all its text is bold.
  struct Cell {
    var start: Int
    var end: Int
    var span = 1
    var continuesMerge = false
    var fill: RGB?
    var paragraph: Int
    var bold = true
    var hasText = false
  }

  /// One `w:tr`, after the grid columns it leaves empty before its first cell.
  struct Row {
    var gridBefore = 0
    var cells: [Cell] = []
  }

  struct Table {
    /// 1-based, counting top-level tables in document order.
    var number: Int
    var rows: [Row] = []
  }

  enum Block {
    /// A heading paragraph (a heading or title style, an outline level, or all bold and short).
    case heading(start: Int, end: Int, paragraph: Int)
    /// A non-heading paragraph with text: it separates a table from headings above it.
    case text
    case table(Table)
  }

  var text: [UInt8] = []
  var blocks: [Block] = []
}
