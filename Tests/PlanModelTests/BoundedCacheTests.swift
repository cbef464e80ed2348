import Testing

@testable import PlanModel

/// The one rule of every cache: at most `limit` entries, and past `trial` entries only while
/// at least half the lookups hit.
struct BoundedCacheTests {
  /// Looks up `keys` in order, counting how many were computed.
  static func run(_ cache: inout BoundedCache<Int, Int>, _ keys: [Int]) -> (
    computed: Int, values: [Int]
  ) {
    var computed = 0
    let values = keys.map { key in
      cache.value(for: key) { key in
        computed += 1
        return key * 10
      }
    }
    return (computed, values)
  }

  @Test func computesEachKeyOnce() {
    var cache = BoundedCache<Int, Int>(limit: 8)
    let (computed, values) = BoundedCacheTests.run(&cache, [1, 2, 1, 3, 2, 1])
    #expect(computed == 3)
    #expect(values == [10, 20, 10, 30, 20, 10])
    #expect(cache.count == 3 && !cache.isAbandoned)
  }

  @Test func aFullCacheServesWhatItKeepsAndStoresNoMore() {
    var cache = BoundedCache<Int, Int>(limit: 2)
    // 1 and 2 fill it and are hit often enough to keep it paying; 3 is never kept.
    let (computed, values) = BoundedCacheTests.run(&cache, [1, 2, 1, 2, 1, 2, 3, 3, 1])
    #expect(computed == 4)
    #expect(values == [10, 20, 10, 20, 10, 20, 30, 30, 10])
    #expect(cache.count == 2 && !cache.isAbandoned)
  }

  @Test func keysThatDoNotRepeatMakeItGiveUp() {
    var cache = BoundedCache<Int, Int>(limit: 100, trial: 4)
    let keys = Array(0..<20)
    let (computed, values) = BoundedCacheTests.run(&cache, keys + keys)
    #expect(computed == 40)
    #expect(values == (keys + keys).map { $0 * 10 })
    #expect(cache.isAbandoned && cache.count == 0)
    #expect(cache.probe(0) == .off)
  }

  @Test func aPayingCacheGrowsPastItsTrial() {
    var cache = BoundedCache<Int, Int>(limit: 100, trial: 4)
    // Every key is looked up three times in a row: two hits a miss.
    let keys = (0..<30).flatMap { [$0, $0, $0] }
    let (computed, _) = BoundedCacheTests.run(&cache, keys)
    #expect(computed == 30)
    #expect(cache.count == 30 && !cache.isAbandoned)
  }

  /// A cache hit by a third of its lookups pays (what it keeps costs more than a lookup); one
  /// hit by a fifth does not.
  @Test(arguments: [(2, false), (4, true)])
  func aQuarterOfLookupsMustHit(uniquePerRepeat: Int, abandoned: Bool) {
    var cache = BoundedCache<Int, Int>(limit: 1000, trial: 8)
    // Key 0 looked up again after every `uniquePerRepeat` keys that never come back.
    var keys: [Int] = []
    for group in 1...40 {
      keys.append(0)
      keys += (0..<uniquePerRepeat).map { group * 100 + $0 }
    }
    let (computed, values) = BoundedCacheTests.run(&cache, keys)
    #expect(values == keys.map { $0 * 10 })
    #expect(cache.isAbandoned == abandoned)
    // Abandoned after its only hit, the cache computes every later key; else key 0 hits 39 times.
    #expect(computed == (abandoned ? keys.count - 1 : keys.count - 39))
  }

  @Test func probeThenStore() {
    var cache = BoundedCache<String, Int>(limit: 4)
    #expect(cache.probe("a") == .miss)
    cache.store(1, for: "a")
    #expect(cache.probe("a") == .hit(1))
    #expect(cache.count == 1)
  }
}
