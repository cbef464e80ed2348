/// A grouping heading of a plan ("1.2 Practice Standards and Quality Assurance Framework").
package struct Theme: Sendable, Hashable {
  package var ref: String
  package var title: String
  package var span: SourceSpan
  /// Indices into `Plan.actions`; computed by `Plan.link()`.
  package var actions: [Int] = []

  package init(ref: String, title: String, span: SourceSpan) {
    self.ref = ref
    self.title = title
    self.span = span
  }
}
