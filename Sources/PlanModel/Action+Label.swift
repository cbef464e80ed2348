extension Action {
  /// How messages name the action: its ref; else a quote of its first words; else its row.
  /// Another module calling it through a pointer to the action copies the action first (Swift
  /// 6.3 does not inline `package` code across modules): hot paths read `ref` and call
  /// `unnamedLabel` instead.
  package var label: String {
    ref.isEmpty ? Action.unnamedLabel(title: title, span: span) : ref
  }

  /// The label of an action without a ref.
  package static func unnamedLabel(title: String, span: SourceSpan) -> String {
    let words = title.split(whereSeparator: \.isWhitespace)
    if !words.isEmpty {
      let quoted = words.prefix(8).joined(separator: " ")
      return "'\(quoted)\(words.count > 8 ? "…" : "")'"
    }
    if let row = span.row { return "at row \(row)" }
    return span.line > 0 ? "at line \(span.line)" : "(unnamed)"
  }
}

extension Plan {
  /// The label of action `index`, read in place (calling `label` on `actions[index]` from
  /// another module copies the action first).
  package func label(ofAction index: Int) -> String {
    guard actions.indices.contains(index) else { return "?" }
    return actions[index].label
  }
}

extension Measure {
  /// How messages name the measure: its ref, else its title.
  package var label: String {
    if ref.isEmpty { return title.isEmpty ? "(unnamed)" : "'\(title)'" }
    return title.isEmpty ? ref : "\(ref) '\(title)'"
  }
}
