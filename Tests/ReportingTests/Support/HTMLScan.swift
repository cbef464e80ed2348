/// One tag of an HTML document as a browser would tokenise it.
struct HTMLTag: Equatable {
  var name: String
  var closing: Bool
  var attributes: [Attribute]

  struct Attribute: Equatable {
    var name: String
    var value: String
  }
}

/// A strict tokeniser for the HTML reporter's output: every `<` must start a tag, every
/// attribute value must be double-quoted. Anything else (an unescaped `<` in text, a quote
/// that ends an attribute early) makes it fail, which is what the tests want to know.
enum HTMLScan {
  /// Elements written without an end tag.
  static let void: Set<String> = ["meta", "br"]

  /// The tags in document order, or nil when the text is not made of well-formed tags.
  static func tags(_ html: String) -> [HTMLTag]? {
    let scalars = Array(html.unicodeScalars)
    var tags: [HTMLTag] = []
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "<" else {
        index += 1
        continue
      }
      if index + 1 < scalars.count, scalars[index + 1] == "!" {
        guard let end = scalars[index...].firstIndex(of: ">") else { return nil }
        index = end + 1
        continue
      }
      guard let (tag, next) = tag(scalars, at: index + 1) else { return nil }
      tags.append(tag)
      index = next
    }
    return tags
  }

  private static func tag(_ s: [Unicode.Scalar], at start: Int) -> (HTMLTag, Int)? {
    var index = start
    let closing = index < s.count && s[index] == "/"
    if closing { index += 1 }
    let name = word(s, &index)
    guard !name.isEmpty else { return nil }
    var attributes: [HTMLTag.Attribute] = []
    while index < s.count {
      while index < s.count, s[index] == " " || s[index] == "\n" { index += 1 }
      guard index < s.count else { return nil }
      if s[index] == ">" {
        return (HTMLTag(name: name, closing: closing, attributes: attributes), index + 1)
      }
      let attribute = word(s, &index)
      guard !attribute.isEmpty, index + 1 < s.count, s[index] == "=", s[index + 1] == "\""
      else { return nil }
      index += 2
      guard let end = s[index...].firstIndex(of: "\"") else { return nil }
      let value = String(String.UnicodeScalarView(s[index..<end]))
      guard !value.contains("<") else { return nil }
      attributes.append(HTMLTag.Attribute(name: attribute.lowercased(), value: value))
      index = end + 1
    }
    return nil
  }

  private static func word(_ s: [Unicode.Scalar], _ index: inout Int) -> String {
    var result = String.UnicodeScalarView()
    while index < s.count,
      s[index].properties.isAlphabetic || s[index] == "-" || ("0"..."9").contains(s[index])
    {
      result.append(s[index])
      index += 1
    }
    return String(result).lowercased()
  }

  /// Whether every non-void element is closed, in order.
  static func isBalanced(_ tags: [HTMLTag]) -> Bool {
    var open: [String] = []
    for tag in tags where !void.contains(tag.name) {
      if tag.closing {
        guard open.popLast() == tag.name else { return false }
      } else {
        open.append(tag.name)
      }
    }
    return open.isEmpty
  }

  /// The document's text outside tags (entity references left as written).
  static func text(_ html: String) -> String {
    var result = ""
    var inTag = false
    for character in html {
      if character == "<" {
        inTag = true
      } else if character == ">" && inTag {
        inTag = false
      } else if !inTag {
        result.append(character)
      }
    }
    return result
  }
}
