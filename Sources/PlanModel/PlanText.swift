/// Comparison keys for the text people type into plans, which varies in case, spacing and
/// punctuation from one row (or one version of the plan) to the next.
///
/// Two keys, each with one meaning; the names that mean something more specific are built on
/// them where that meaning lives: `StatusScheme.key(forLabel:)` (status labels),
/// `Plan.key(forLead:)` and `Plan.key(forRecommendation:)` (leads and recommendation ids), and
/// `HeaderAliases.key(for:)` in PlanReading (column headers).
package enum PlanText {
  /// `text` lower-cased (ASCII and Unicode letters), with each run of whitespace collapsed to
  /// one space and none at either end: the key under which two spellings of one name match
  /// ("Head of  Service" and "head of service", an action title in two versions of a plan).
  ///
  /// Runs for every status, lead and recommendation id, so ASCII text (nearly all of it) is
  /// handled on bytes: text that is already a key is returned as is, without allocating;
  /// anything else ASCII is rewritten in one pass. Other text takes the Unicode path.
  package static func matchKey(_ text: String) -> String {
    let ascii = text.utf8.withContiguousStorageIfAvailable {
      asciiMatchKey($0, original: text)
    }
    if let result = ascii ?? nil { return result }
    return unicodeMatchKey(text)
  }

  /// The lower-cased words of letters and digits in `text`, punctuation and spaces dropped:
  /// "Lead officer(s)" -> ["lead", "officer", "s"]. A word is a run of characters whose first
  /// code point is alphabetic or numeric, so an accent written as a combining mark stays in
  /// its word.
  package static func words(_ text: String) -> [Substring] {
    if let key = asciiWordKey(text) {
      return key.split(separator: " ")
    }
    var words: [Substring] = []
    let lowered = text.lowercased()
    var start: String.Index?
    var index = lowered.startIndex
    while index < lowered.endIndex {
      let isWordCharacter = lowered[index].isLetter || lowered[index].isNumber
      if isWordCharacter, start == nil { start = index }
      if !isWordCharacter, let first = start {
        words.append(lowered[first..<index])
        start = nil
      }
      index = lowered.index(after: index)
    }
    if let first = start { words.append(lowered[first...]) }
    return words
  }

  /// `words(text)` joined by single spaces: the key under which two texts match when only
  /// their case, spacing and punctuation differ ("Lead Officer:" and "lead officer").
  package static func wordKey(_ text: String) -> String {
    asciiWordKey(text) ?? words(text).joined(separator: " ")
  }

  /// The word key of ASCII text, built on bytes (letters and digits are then exactly A-Z, a-z
  /// and 0-9); nil for other text.
  private static func asciiWordKey(_ text: String) -> String? {
    let key = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { out in
        var count = 0
        var inWord = false
        for byte in bytes {
          let lower = ASCIIText.lower(byte)
          let isWordByte = (lower >= 0x61 && lower <= 0x7A) || ASCIIText.isDigit(lower)
          if isWordByte {
            if !inWord, count > 0 {
              out[count] = 0x20
              count += 1
            }
            out[count] = lower
            count += 1
          }
          inWord = isWordByte
        }
        return count
      }
    }
    return key ?? nil
  }

  /// The match key of ASCII `bytes`, or `.some(nil)` when they are not all ASCII.
  private static func asciiMatchKey(_ bytes: UnsafeBufferPointer<UInt8>, original: String)
    -> String?
  {
    // First pass: is it ASCII, and is it already a key?
    var clean = true
    var previousSpace = true  // a leading space is not clean
    for byte in bytes {
      if byte >= 0x80 { return nil }
      if ASCIIText.isWhitespace(byte) {
        if byte != 0x20 || previousSpace { clean = false }
        previousSpace = true
      } else {
        if byte >= 0x41 && byte <= 0x5A { clean = false }
        previousSpace = false
      }
    }
    if clean && (bytes.isEmpty || !previousSpace) { return original }
    return String(unsafeUninitializedCapacity: bytes.count) { out in
      var count = 0
      var pendingSpace = false
      for byte in bytes {
        if ASCIIText.isWhitespace(byte) {
          pendingSpace = count > 0
          continue
        }
        if pendingSpace {
          out[count] = 0x20
          count += 1
          pendingSpace = false
        }
        out[count] = ASCIIText.lower(byte)
        count += 1
      }
      return count
    }
  }

  /// The general path: Unicode lower-case mappings and `White_Space`, built in one scalar view
  /// so the cost stays linear.
  private static func unicodeMatchKey(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }
    return String(result)
  }
}
