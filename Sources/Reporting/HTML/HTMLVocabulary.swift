import Foundation
import PlanModel

/// The words, symbols and CSS classes the HTML report uses for statuses, severities and dates,
/// so colour is never the only signal: every coloured mark also carries its name.
enum HTMLVocabulary {
  /// RAG classes in the order the report lists them.
  static let statusClasses: [StatusClass] = [
    .red, .amber, .green, .notStarted, .notDue, .complete, .bau, .unknown,
  ]

  /// The class written out for a reader, with the colour it is usually given.
  static func name(_ statusClass: StatusClass) -> String {
    switch statusClass {
    case .notStarted: "Not started"
    case .green: "Green (on track)"
    case .amber: "Amber"
    case .red: "Red"
    case .complete: "Complete (blue)"
    case .notDue: "Not yet due (grey)"
    case .bau: "Business as usual"
    case .unknown: "No or unknown status"
    }
  }

  /// A short name for chart axes.
  static func shortName(_ statusClass: StatusClass) -> String {
    switch statusClass {
    case .notStarted: "Not started"
    case .green: "Green"
    case .amber: "Amber"
    case .red: "Red"
    case .complete: "Complete"
    case .notDue: "Not due"
    case .bau: "BAU"
    case .unknown: "Unknown"
    }
  }

  /// The CSS class (`rag-red`, ...) that colours a status mark or bar.
  static func cssClass(_ statusClass: StatusClass) -> String { "rag-" + statusClass.rawValue }

  static func severityName(_ severity: Severity) -> String {
    switch severity {
    case .error: "Error"
    case .warning: "Warning"
    case .info: "Info"
    }
  }

  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// `Mar 2023`.
  static func month(_ day: Day) -> String {
    let (year, month, _) = day.components
    return "\(months[(month - 1) % 12]) \(year)"
  }

  /// `31 Oct 2023`.
  static func date(_ day: Day) -> String {
    let (year, month, dayOfMonth) = day.components
    return "\(dayOfMonth) \(months[(month - 1) % 12]) \(year)"
  }

  /// The text a plan wrote for a date, or a dash when it wrote none.
  static func dateText(_ date: PlanDate) -> String {
    let text = date.text.trimmingCharacters(in: .whitespaces)
    return text.isEmpty ? "—" : text
  }

  /// `file:line`, or the file alone when the line is not known.
  static func location(_ span: SourceSpan) -> String {
    span.line > 0 ? "\(span.file):\(span.line)" : span.file
  }

  /// Text shortened to `limit` characters with an ellipsis, for chart labels (the full text
  /// is in the table beside the chart).
  static func truncated(_ text: String, _ limit: Int) -> String {
    PlanText.clipped(ControlCharacters.singleLine(text), ClipRule(limit: limit))
  }
}
