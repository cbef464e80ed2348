import PlanModel

/// Parses of repeated cell texts, keyed by the text.
///
/// A plan writes the same dates, statuses, leads, recommendation cells and milestone lists on
/// thousands of rows; each distinct text is parsed once and later rows share the result (and
/// its strings). Bounded: at most `limit` texts are kept, texts longer than `maxKeyBytes` are
/// never kept, and once the cache is full and has hardly been hit it stops looking, so a column
/// of all-different texts costs little more than parsing them.
struct ParseCache<Value: Sendable>: Sendable {
  private var entries: [String: Value] = [:]
  private let limit: Int
  private let maxKeyBytes: Int
  private var hits = 0
  private var enabled = true

  init(limit: Int = 4096, maxKeyBytes: Int = 256) {
    self.limit = limit
    self.maxKeyBytes = maxKeyBytes
  }

  mutating func value(for text: String, _ parse: (String) -> Value) -> Value {
    guard enabled, text.utf8.count <= maxKeyBytes else { return parse(text) }
    if let hit = entries[text] {
      hits += 1
      return hit
    }
    let value = parse(text)
    if entries.count < limit {
      entries[text] = value
    } else if hits < limit {
      // Full, and fewer hits than entries: the texts do not repeat.
      enabled = false
      entries = [:]
    }
    return value
  }
}

/// The caches one reader keeps while it reads a table or a JSON plan. The parse functions are
/// the caller's, and must be the same for the life of the caches (one date order, one status
/// scheme).
struct CellCaches: Sendable {
  var dates = ParseCache<PlanDate>()
  var statuses = ParseCache<Status>()
  var milestones = ParseCache<[(text: String, due: PlanDate)]>(limit: 1024, maxKeyBytes: 1024)
  var recommendations = ParseCache<[String]>()
  var lists = ParseCache<[String]>()
  /// Short texts (leads, objectives, themes) shared between the rows that repeat them.
  var strings = ParseCache<String>(maxKeyBytes: 128)

  mutating func intern(_ text: String) -> String { strings.value(for: text) { $0 } }
}
