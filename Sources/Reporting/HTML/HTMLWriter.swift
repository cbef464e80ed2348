/// Builds HTML where plan text can only enter escaped.
///
/// Markup is a `StaticString` (a literal in this module), so a string read from a plan cannot
/// be passed as markup by mistake; every dynamic string, in element content, attribute values
/// and SVG text alike, goes through `escape`, which escapes `&`, `<`, `>`, `"` and `'`.
struct HTMLWriter {
  private(set) var html = ""

  init() { html.reserveCapacity(64 * 1024) }

  /// Plan text made safe for element content and double- or single-quoted attribute values:
  /// controls and bidirectional overrides become U+FFFD first (`ControlCharacters`), then
  /// `XMLEscaping.attribute` escapes markup and both quotes and writes line breaks as
  /// references, which HTML renders as spaces.
  static func escape(_ value: String) -> String {
    XMLEscaping.attribute(ControlCharacters.keepingLineBreaks(value))
  }

  /// Literal markup from this module.
  mutating func raw(_ markup: StaticString) { html += markup.description }

  /// Escaped text.
  mutating func text(_ value: String) { html += HTMLWriter.escape(value) }

  mutating func newline() { html += "\n" }

  /// An opening tag; attribute values are escaped, names are literals.
  mutating func open(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
    html += "<" + tag.description
    for (name, value) in attributes {
      html += " " + name.description + "=\"" + HTMLWriter.escape(value) + "\""
    }
    html += ">"
  }

  mutating func close(_ tag: StaticString) { html += "</" + tag.description + ">" }

  /// `<tag attributes>text</tag>`.
  mutating func element(
    _ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], _ text: String
  ) {
    open(tag, attributes)
    self.text(text)
    close(tag)
  }

  /// `<tag>text</tag>`.
  mutating func element(_ tag: StaticString, _ text: String) { element(tag, [:], text) }

  /// A table with a caption and column headers (`<th scope="col">`); each row's first cell is
  /// a row header (`<th scope="row">`) when `rowHeaders` is set. Cells are written by `cell`.
  mutating func table(
    caption: String, headers: [String], rows: Int, rowHeaders: Bool = true,
    classes: String = "", cell: (inout HTMLWriter, _ row: Int, _ column: Int) -> Void
  ) {
    open("table", ["class": classes.isEmpty ? "data" : "data " + classes])
    element("caption", caption)
    raw("<thead><tr>")
    for header in headers { element("th", ["scope": "col"], header) }
    raw("</tr></thead>\n<tbody>\n")
    for row in 0..<rows {
      raw("<tr>")
      for column in headers.indices {
        if column == 0 && rowHeaders {
          open("th", ["scope": "row"])
          cell(&self, row, column)
          close("th")
        } else {
          raw("<td>")
          cell(&self, row, column)
          raw("</td>")
        }
      }
      raw("</tr>\n")
    }
    raw("</tbody></table>\n")
  }

  /// A table of plain text cells.
  mutating func table(
    caption: String, headers: [String], rows: [[String]], rowHeaders: Bool = true,
    classes: String = ""
  ) {
    table(
      caption: caption, headers: headers, rows: rows.count, rowHeaders: rowHeaders,
      classes: classes
    ) { writer, row, column in
      writer.text(column < rows[row].count ? rows[row][column] : "")
    }
  }
}
