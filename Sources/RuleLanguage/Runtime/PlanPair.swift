import PlanModel

/// The plan being checked and the one it is compared with, shared by reference so evaluation
/// contexts are cheap to copy and field reads never copy entity structs.
package final class PlanPair: Sendable {
  package let current: Plan
  /// An empty plan when there is no comparison.
  package let previous: Plan
  package let hasPrevious: Bool

  package init(current: Plan, previous: Plan?) {
    self.current = current
    self.previous = previous ?? Plan(span: SourceSpan(file: ""))
    hasPrevious = previous != nil
  }

  /// Runs `body` on the plan of `version`, borrowed in place.
  @inline(__always)
  package func with<T>(_ version: PlanVersion, _ body: (borrowing Plan) -> T) -> T {
    version == .current ? body(current) : body(previous)
  }

  /// Reads one element in place; `fallback` when the index is out of range.
  @inline(__always)
  static func element<E, T>(
    _ array: [E], _ index: Int, _ fallback: T, _ body: (UnsafePointer<E>) -> T
  ) -> T {
    array.withUnsafeBufferPointer { buffer in
      guard index >= 0, index < buffer.count, let base = buffer.baseAddress else { return fallback }
      return body(base + index)
    }
  }

  /// How many entities of `kind` the plan of `version` has.
  package func count(_ kind: EntityKind, _ version: PlanVersion) -> Int {
    with(version) { kind.descriptor.count(in: $0) }
  }
}
