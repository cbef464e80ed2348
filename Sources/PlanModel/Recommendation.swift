/// An inspection recommendation (or area for priority action) the plan must answer.
package struct Recommendation: Sendable, Hashable {
  package var id: String
  package var text: String = ""
  /// E.g. "Ofsted ILACS July 2022".
  package var source: String = ""
  package var area: String = ""
  /// True for an inspection's "area for priority action".
  package var priority: Bool = false
  package var span: SourceSpan
  /// Indices into `Plan.actions` of the actions citing it; computed by `Plan.link()`.
  package var actions: [Int] = []

  package init(id: String, span: SourceSpan) {
    self.id = id
    self.span = span
  }
}
