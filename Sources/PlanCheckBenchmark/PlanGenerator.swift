import Foundation

/// Deterministic synthetic plans for the benchmark: the same size always gives the same bytes.
///
/// The mix of defects is realistic: about 5% each of missing leads, past-due milestones under
/// green ratings, unparseable dates and duplicate refs; ~50 recommendations, a few with no
/// action; text lengths like the seed plans'.
struct PlanGenerator {
  let actions: Int
  let recommendations = 50
  private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

  init(actions: Int) { self.actions = actions }

  private mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state >> 33
  }

  private mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }

  private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

  static let verbs = [
    "Review", "Embed", "Develop", "Deliver", "Strengthen", "Refresh", "Audit", "Launch",
  ]
  static let objects = [
    "the workforce strategy and recruitment offer", "practice standards across front-door teams",
    "the quality assurance framework and audit cycle", "multi-agency safeguarding arrangements",
    "care leavers' access to education and employment", "management oversight of supervision",
  ]
  static let leads = [
    "Head of Service - Safeguarding", "Business Partner - HR", "Service Director - Operations",
    "Principal Social Worker", "Head of Quality Assurance", "Workforce and OD Team Manager",
    "Head of Early Help", "Virtual School Head",
  ]
  static let statuses = [
    "Green", "Green", "Green", "Green", "Green", "Green", "Green", "Green", "Green", "Green",
    "Green", "Green", "Amber", "Amber", "Amber", "Amber", "Amber", "Red", "Grey", "Blue",
  ]

  /// The plan metadata, pointing at the table file.
  func planJSON(tableFile: String) -> String {
    var recs: [String] = []
    for id in 1...recommendations {
      recs.append(
        "    {\"id\": \"\(id)\", \"text\": \"Recommendation \(id): improve the consistency of practice\", \"source\": \"Ofsted ILACS 2023\"}"
      )
    }
    return """
      {
        "id": "synthetic-\(actions)",
        "title": "Synthetic improvement plan (\(actions) actions)",
        "period": {"start": "2024-01-01", "end": "2025-12-31"},
        "asOf": "2024-06-30",
        "statusScheme": "bragg",
        "recommendations": [
      \(recs.joined(separator: ",\n"))
        ],
        "actions": {"file": "\(tableFile)"}
      }

      """
  }

  /// One row's cells: ref, action, measure, lead, start, end, milestones, recommendations, RAG.
  /// About 5% each of the defects SPEC §9 names; the rest is a plan in reasonable order.
  private mutating func row(_ index: Int) -> [String] {
    let section = index / 100 + 1
    var ref = "\(section).\(index % 100 + 1)"
    if chance(5), index > 0 { ref = "\(section).\(max(1, index % 100))" }  // duplicate ref
    let title = "\(pick(Self.verbs)) \(pick(Self.objects)) (item \(index))"
    let measure = "\(80 + next() % 20)% of audits rated good or better by March 2025"
    let lead = chance(5) ? "" : pick(Self.leads)
    let startMonth = Int(next() % 4) + 3
    let start = "01/\(startMonth < 10 ? "0" : "")\(startMonth)/2024"
    // Ends after the as-of date (30/06/2024) unless a defect says otherwise.
    var end = "\(Int(next() % 27) + 1)/\(Int(next() % 6) + 7)/2025"
    // Unparseable or vague.
    if chance(5) { end = pick(["0/1/09/23", "TBC", "31/13/2024", "Q5 2024"]) }
    var status = pick(Self.statuses)
    var milestones = "6 months: Scoping complete 12 months: Draft presented to DMT"
    if chance(5) {
      status = "Green"
      milestones = "01/02/2024: Pilot complete"  // past due under a green rating
    }
    let rec = index % (recommendations - 3) + 1  // the last three recommendations have no action
    return [ref, title, measure, lead, start, end, milestones, "Recommendation \(rec)", status]
  }

  static let header = [
    "Ref", "Actions", "How will we know it has worked", "Lead", "Start Date", "End Date",
    "Milestones", "Ofsted Ref", "RAG",
  ]

  /// The action table as CSV.
  mutating func csv() -> String {
    var out = Self.header.joined(separator: ",") + "\n"
    out.reserveCapacity(actions * 300)
    for index in 0..<actions {
      out += row(index).map(Self.quote).joined(separator: ",") + "\n"
    }
    return out
  }

  /// The whole plan as one JSON document with actions inline.
  mutating func inlineJSON() -> String {
    var meta = planJSON(tableFile: "")
    guard let range = meta.range(of: "\"actions\": {\"file\": \"\"}") else { return meta }
    var body = "\"actions\": [\n"
    body.reserveCapacity(actions * 400)
    let keys = [
      "ref", "title", "measure", "lead", "start", "end", "milestones", "recommendations", "status",
    ]
    for index in 0..<actions {
      let cells = row(index)
      let members = zip(keys, cells).map { "\"\($0)\": \(Self.jsonString($1))" }
      body += "    {" + members.joined(separator: ", ") + "}" + (index + 1 < actions ? ",\n" : "\n")
    }
    body += "  ]"
    meta.replaceSubrange(range, with: body)
    return meta
  }

  static func quote(_ cell: String) -> String {
    guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  static func jsonString(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"") + "\""
  }
}
