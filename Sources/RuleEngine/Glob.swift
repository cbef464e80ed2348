/// Shell-style path globs for `include`, `exclude` and `overrides[].files`: `*` and `?` match
/// within one path component, `**` matches any number of components, everything else is
/// literal. Paths use `/`; a pattern without `/` matches the file name in any folder.
package struct Glob: Sendable, Hashable {
  package let pattern: String
  private let components: [[UInt8]]
  private let anyFolder: Bool

  package init(_ pattern: String) {
    self.pattern = pattern
    var trimmed = pattern
    while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
    anyFolder = !trimmed.contains("/")
    components = trimmed.split(separator: "/", omittingEmptySubsequences: true).map {
      Array($0.utf8)
    }
  }

  package func matches(_ path: String) -> Bool {
    var normalized = path
    while normalized.hasPrefix("./") { normalized.removeFirst(2) }
    let parts = normalized.split(separator: "/", omittingEmptySubsequences: true).map {
      Array($0.utf8)
    }
    if anyFolder, let last = parts.last, let only = components.first, components.count == 1 {
      return Glob.matchComponent(only[...], last[...]) || Glob.match(components[...], parts[...])
    }
    return Glob.match(components[...], parts[...])
  }

  private static func match(_ pattern: ArraySlice<[UInt8]>, _ path: ArraySlice<[UInt8]>) -> Bool {
    guard let head = pattern.first else { return path.isEmpty }
    if head == Array("**".utf8) {
      let rest = pattern.dropFirst()
      var tail = path
      while true {
        if match(rest, tail) { return true }
        guard !tail.isEmpty else { return false }
        tail = tail.dropFirst()
      }
    }
    guard let first = path.first, matchComponent(head[...], first[...]) else { return false }
    return match(pattern.dropFirst(), path.dropFirst())
  }

  /// `*` and `?` within one component, iterative with backtracking to the last star.
  private static func matchComponent(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>)
    -> Bool
  {
    let p = Array(pattern)
    let t = Array(text)
    var pi = 0
    var ti = 0
    var star = -1
    var mark = 0
    while ti < t.count {
      if pi < p.count, p[pi] == UInt8(ascii: "?") || p[pi] == t[ti] {
        pi += 1
        ti += 1
      } else if pi < p.count, p[pi] == UInt8(ascii: "*") {
        star = pi
        mark = ti
        pi += 1
      } else if star >= 0 {
        pi = star + 1
        mark += 1
        ti = mark
      } else {
        return false
      }
    }
    while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
    return pi == p.count
  }
}
