/// Positions marked in test text instead of counted by hand: `"lead == 1️⃣1"` yields the text
/// `"lead == 1"` and the marker `1️⃣` at (line 1, column 9).
package struct MarkedText: Sendable {
  package var text: String
  package var markers: [String: (line: Int, column: Int)]

  package static let markerNames = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  package init(_ marked: String) {
    var text = ""
    var markers: [String: (line: Int, column: Int)] = [:]
    var line = 1
    var column = 1
    for character in marked {
      let name = String(character)
      if MarkedText.markerNames.contains(name) {
        markers[name] = (line, column)
        continue
      }
      text.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += character.utf8.count
      }
    }
    self.text = text
    self.markers = markers
  }
}
