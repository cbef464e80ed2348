import PlanModel

/// Parses of repeated cell texts, keyed by the text.
///
/// A plan writes the same dates, statuses, leads, recommendation cells and milestone lists on
/// thousands of rows; each distinct text is parsed once and later rows share the result (and
/// its strings). A `BoundedCache` of at most `limit` texts, which gives up when full and
/// hardly hit (a column of all-different texts then costs little more than parsing them);
/// texts longer than `maxKeyBytes` are never kept.
struct ParseCache<Value: Sendable>: Sendable {
  private var cache: BoundedCache<String, Value>
  private let maxKeyBytes: Int

  init(limit: Int = 4096, maxKeyBytes: Int = 256) {
    cache = BoundedCache(limit: limit)
    self.maxKeyBytes = maxKeyBytes
  }

  mutating func value(for text: String, _ parse: (String) -> Value) -> Value {
    guard text.utf8.count <= maxKeyBytes else { return parse(text) }
    return cache.value(for: text, parse)
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
