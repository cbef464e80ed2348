/// Values computed once per distinct key, with a bound on memory and a rule for giving up.
///
/// Plans repeat themselves (the same leads, statuses and dates on thousands of rows), so the
/// readers and the evaluator keep what they computed for a key. But some columns never repeat
/// (refs, titles, progress notes), and a cache of those only costs memory and a failed lookup
/// per row. Every cache in plancheck follows this one rule:
///
/// - It keeps at most `limit` entries. Once full it keeps serving them but stores no more.
/// - Once it holds `trial` entries it must be paying: when a value is about to be stored and
///   fewer than a quarter of all lookups so far have hit, the cache gives up for good. It
///   drops its entries and stops looking, so every later key is computed without a lookup.
///
/// Keys that never repeat hit not at all and are dropped at the trial; keys drawn from a few
/// thousand values (dates, leads) start hitting well before it. A quarter is enough: what is
/// cached (a parse, a regex match, a string expression) costs several lookups.
///
/// A value type with the storage in one dictionary: a hit costs one hash of the key, a miss
/// two (the lookup and the store). Keep it in a `var` the caller owns and reset it by
/// assigning a new one.
///
/// `public` rather than `package`, alone in the package: the readers and the evaluator use it
/// on every cell and evaluation, so it must be specialized for their key and value types, and
/// Swift 6.3 does not specialize `@inlinable package` generics in another module (each call
/// went through unspecialized code and a metadata lookup, 9% more instructions per run).
public struct BoundedCache<Key: Hashable, Value> {
  @usableFromInline var entries: [Key: Value] = [:]
  @usableFromInline let limit: Int
  @usableFromInline let trial: Int
  @usableFromInline var lookups = 0
  @usableFromInline var hits = 0
  @usableFromInline var abandoned = false

  /// A cache of at most `limit` entries that must be paying once it holds `trial` of them
  /// (by default only when full). `trial` is capped at `limit`.
  @inlinable
  public init(limit: Int, trial: Int? = nil) {
    self.limit = max(0, limit)
    self.trial = min(trial ?? limit, self.limit)
  }

  /// Whether the cache has given up (its keys turned out not to repeat).
  @inlinable public var isAbandoned: Bool { abandoned }

  /// How many entries are kept.
  @inlinable public var count: Int { entries.count }

  /// The value for `key`: the kept one, else `compute(key)` (kept while the rule allows).
  /// Computations that throw use `probe` and `store`.
  @inlinable
  public mutating func value(for key: Key, _ compute: (Key) -> Value) -> Value {
    switch probe(key) {
    case .hit(let value): return value
    case .off: return compute(key)
    case .miss:
      let value = compute(key)
      store(value, for: key)
      return value
    }
  }

  /// What the cache holds for `key`, counting the lookup; for callers that cannot lend the
  /// cache to `value(for:_:)` while they compute (the computation throws, or needs the
  /// cache's owner). After `.miss`, compute the value and `store` it.
  @inlinable
  public mutating func probe(_ key: Key) -> Probe {
    guard !abandoned else { return .off }
    lookups += 1
    guard let value = entries[key] else { return .miss }
    hits += 1
    return .hit(value)
  }

  /// Keeps `value` for `key` after a `.miss`, unless the cache is full; gives up instead when
  /// it holds `trial` entries and fewer than a quarter of the lookups have hit.
  @inlinable
  public mutating func store(_ value: Value, for key: Key) {
    guard !abandoned else { return }
    let size = entries.count
    if size >= trial, hits * 4 < lookups {
      abandoned = true
      entries = [:]
    } else if size < limit {
      entries[key] = value
    }
  }

  /// The answer of `probe`.
  public enum Probe {
    /// The value kept for the key.
    case hit(Value)
    /// Not kept: compute the value, then `store` it.
    case miss
    /// The cache has given up: compute the value, and do not store it.
    case off
  }
}

extension BoundedCache: Sendable where Key: Sendable, Value: Sendable {}
extension BoundedCache.Probe: Sendable where Key: Sendable, Value: Sendable {}
extension BoundedCache.Probe: Equatable where Value: Equatable {}
