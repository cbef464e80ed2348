/// An intermediate step of an action, with a due date.
package struct Milestone: Sendable, Hashable {
  package var text: String
  package var due: PlanDate
  package var done: Bool
  /// Index into `Plan.actions` of the parent action.
  package var action: Int
  package var span: SourceSpan

  package init(text: String, due: PlanDate, done: Bool = false, action: Int, span: SourceSpan) {
    self.text = text
    self.due = due
    self.done = done
    self.action = action
    self.span = span
  }
}
