import PlanModel

/// Inline SVG charts: no script, no fonts, no images; every bar carries its label and value
/// as text, and each chart has a role, an accessible name and a `<title>`.
///
/// Coordinates are whole numbers in a fixed view box, so output is the same on every machine
/// and the chart scales with the page (and with zoom) through CSS.
enum HTMLChart {
  /// A bar: its label, its value and the CSS class that colours it.
  struct Bar {
    var label: String
    var count: Int
    var style: String
  }

  /// A mark on the timeline: an end date and how long ago it was.
  struct Mark {
    var label: String
    var day: Day
    var note: String
  }

  static let width = 640
  /// Horizontal bar and timeline rows drawn at most; the table beside the chart has them all.
  static let maxRows = 25

  /// Vertical bars, one per category, with the count above and the label below each.
  static func columns(_ writer: inout HTMLWriter, name: String, bars: [Bar]) {
    let height = 250
    let top = 24
    let baseline = 200
    let slot = bars.isEmpty ? 0 : (width - 40) / bars.count
    let peak = max(1, bars.map(\.count).max() ?? 0)
    openSVG(&writer, name: name, height: height)
    for (index, bar) in bars.enumerated() {
      let barHeight = bar.count * (baseline - top) / peak
      let x = 20 + index * slot + slot / 5
      let barWidth = slot * 3 / 5
      let centre = x + barWidth / 2
      writer.open("g")
      writer.element("title", "\(bar.label): \(bar.count)")
      writer.open(
        "rect",
        [
          "class": bar.style.isEmpty ? "bar" : "bar " + bar.style, "x": "\(x)",
          "y": "\(baseline - barHeight)",
          "width": "\(barWidth)", "height": "\(barHeight)",
        ])
      writer.close("rect")
      writer.element(
        "text", ["class": "value", "x": "\(centre)", "y": "\(baseline - barHeight - 6)"],
        "\(bar.count)")
      writer.element(
        "text", ["class": "label", "x": "\(centre)", "y": "\(baseline + 18)"],
        HTMLVocabulary.truncated(bar.label, 14))
      writer.close("g")
      writer.newline()
    }
    axis(&writer, x1: 10, y1: baseline, x2: width - 10, y2: baseline)
    writer.raw("</svg>\n")
  }

  /// Horizontal bars, one row per category, label on the left and count after the bar.
  static func rows(_ writer: inout HTMLWriter, name: String, bars: [Bar]) {
    let shown = Array(bars.prefix(maxRows))
    let rowHeight = 24
    let labelWidth = 260
    let barSpace = width - labelWidth - 60
    let height = max(1, shown.count) * rowHeight + (bars.count > shown.count ? 30 : 10)
    let peak = max(1, shown.map(\.count).max() ?? 0)
    openSVG(&writer, name: name, height: height)
    for (index, bar) in shown.enumerated() {
      let y = 5 + index * rowHeight
      let barWidth = max(bar.count > 0 ? 2 : 0, bar.count * barSpace / peak)
      writer.open("g")
      writer.element("title", "\(bar.label): \(bar.count)")
      writer.element(
        "text", ["class": "label end", "x": "\(labelWidth - 8)", "y": "\(y + 15)"],
        HTMLVocabulary.truncated(bar.label, 32))
      writer.open(
        "rect",
        [
          "class": bar.style.isEmpty ? "bar" : "bar " + bar.style, "x": "\(labelWidth)",
          "y": "\(y + 3)",
          "width": "\(barWidth)", "height": "\(rowHeight - 8)",
        ])
      writer.close("rect")
      writer.element(
        "text", ["class": "value start", "x": "\(labelWidth + barWidth + 6)", "y": "\(y + 15)"],
        "\(bar.count)")
      writer.close("g")
      writer.newline()
    }
    if bars.count > shown.count {
      writer.element(
        "text", ["class": "label start", "x": "\(labelWidth)", "y": "\(height - 8)"],
        "and \(bars.count - shown.count) more (see the table)")
    }
    axis(&writer, x1: labelWidth, y1: 2, x2: labelWidth, y2: 5 + shown.count * rowHeight)
    writer.raw("</svg>\n")
  }

  /// Marks placed by date on a line that ends at `asOf`, each joined to the as-of line.
  static func timeline(_ writer: inout HTMLWriter, name: String, marks: [Mark], asOf: Day) {
    let shown = Array(marks.prefix(maxRows))
    let rowHeight = 20
    let left = 90
    let right = width - 90
    let top = 30
    let bottom = top + max(1, shown.count) * rowHeight
    let height = bottom + (marks.count > shown.count ? 50 : 32)
    let earliest = shown.map(\.day).min() ?? asOf.adding(days: -30)
    let first = earliest.firstOfMonth
    let span = max(1, asOf.ordinal - first.ordinal)
    func x(_ day: Day) -> Int { left + (day.ordinal - first.ordinal) * (right - left) / span }
    openSVG(&writer, name: name, height: height)
    ticks(&writer, from: first, to: asOf, y: bottom, x: x)
    writer.element(
      "text", ["class": "label end", "x": "\(x(asOf))", "y": "\(top - 12)"],
      "As of \(HTMLVocabulary.date(asOf))")
    axis(&writer, x1: x(asOf), y1: top - 6, x2: x(asOf), y2: bottom, style: "axis asof")
    for (index, mark) in shown.enumerated() {
      let y = top + index * rowHeight + rowHeight / 2
      writer.open("g")
      writer.element("title", "\(mark.label): \(mark.note)")
      writer.element(
        "text", ["class": "label end", "x": "\(left - 10)", "y": "\(y + 4)"],
        HTMLVocabulary.truncated(mark.label, 12))
      axis(&writer, x1: x(mark.day), y1: y, x2: x(asOf), y2: y, style: "lag")
      writer.open("circle", ["class": "dot", "cx": "\(x(mark.day))", "cy": "\(y)", "r": "5"])
      writer.close("circle")
      writer.element(
        "text", ["class": "value start", "x": "\(x(asOf) + 8)", "y": "\(y + 4)"], mark.note)
      writer.close("g")
      writer.newline()
    }
    if marks.count > shown.count {
      writer.element(
        "text", ["class": "label start", "x": "\(left)", "y": "\(height - 8)"],
        "and \(marks.count - shown.count) more (see the table)")
    }
    writer.raw("</svg>\n")
  }

  private static func ticks(
    _ writer: inout HTMLWriter, from first: Day, to last: Day, y: Int, x: (Day) -> Int
  ) {
    let months = (last.year - first.year) * 12 + last.month - first.month
    let step = max(1, (months + 5) / 6)
    axis(&writer, x1: x(first), y1: y, x2: x(last), y2: y)
    var tick = first
    while tick <= last {
      axis(&writer, x1: x(tick), y1: y, x2: x(tick), y2: y + 5)
      writer.element(
        "text", ["class": "label", "x": "\(x(tick))", "y": "\(y + 18)"],
        HTMLVocabulary.month(tick))
      tick = tick.adding(months: step)
    }
  }

  private static func openSVG(_ writer: inout HTMLWriter, name: String, height: Int) {
    writer.open(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "class": "chart", "role": "img",
        "aria-label": name, "viewBox": "0 0 \(width) \(height)",
        "preserveAspectRatio": "xMinYMin meet",
      ])
    writer.element("title", name)
    writer.newline()
  }

  private static func axis(
    _ writer: inout HTMLWriter, x1: Int, y1: Int, x2: Int, y2: Int, style: String = "axis"
  ) {
    writer.open(
      "line", ["class": style, "x1": "\(x1)", "y1": "\(y1)", "x2": "\(x2)", "y2": "\(y2)"])
    writer.close("line")
  }
}

extension Day {
  /// The first day of this day's month.
  fileprivate var firstOfMonth: Day { Day(ordinal: ordinal - day + 1) }
}
