/// A key performance indicator the plan tracks.
package struct Measure: Sendable, Hashable {
  package var ref: String = ""
  package var title: String = ""
  package var owner: String = ""
  package var frequency: String = ""
  package var target: String = ""
  package var due: PlanDate = .missing
  package var baseline: String = ""
  package var latest: String = ""
  package var extra: [ExtraField] = []
  package var waivers: [Waiver] = []
  package var span: SourceSpan

  package init(span: SourceSpan) { self.span = span }
}
