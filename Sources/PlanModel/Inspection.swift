/// The inspection a plan responds to.
package struct Inspection: Sendable, Hashable {
  /// E.g. "ILACS", "focused visit", "area SEND".
  package var type: String = ""
  package var reportReceived: PlanDate = .missing
  package var nextInspection: PlanDate = .missing

  package init(
    type: String = "", reportReceived: PlanDate = .missing, nextInspection: PlanDate = .missing
  ) {
    self.type = type
    self.reportReceived = reportReceived
    self.nextInspection = nextInspection
  }
}
