import Foundation

/// Deterministic synthetic plans for the benchmark: the same size always gives the same bytes.
///
/// The mix of defects is realistic: about 5% each of missing leads, past-due milestones under
/// green ratings, unparseable dates and duplicate refs; ~50 recommendations, a few with no
/// action. The text is honest: 11 columns, ~475 bytes a row, and every action, measure,
/// milestone and progress cell is unique, with two text milestones per action ("3 months: …
/// 6 months: …"), so no cache keyed by cell text can make a large plan look cheap.
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
    "Improve", "Introduce", "Extend", "Redesign", "Monitor", "Agree", "Publish", "Train",
  ]
  static let objects = [
    "the workforce strategy and recruitment offer", "practice standards across front-door teams",
    "the quality assurance framework and audit cycle", "multi-agency safeguarding arrangements",
    "care leavers' access to education and employment", "management oversight of supervision",
    "the timeliness of initial health assessments", "return home interviews for missing children",
    "the local offer for children with additional needs",
    "permanence planning for younger children",
    "the response to exploitation and contextual harm", "placement sufficiency and commissioning",
  ]
  static let qualifiers = [
    "so that", "making sure", "in order that", "to ensure", "with the aim that", "so",
  ]
  static let subjects = [
    "social workers", "team managers", "partner agencies", "young people", "foster carers",
    "schools", "health colleagues", "IROs", "families", "senior leaders",
  ]
  static let outcomes = [
    "understand what good practice looks like", "receive timely and consistent support",
    "are able to challenge drift and delay", "record decisions clearly on the child's file",
    "have manageable caseloads and regular supervision", "contribute to plans from the start",
    "see the difference the service makes", "can evidence the impact of the work",
  ]
  static let places = [
    "North locality", "South locality", "East hub", "West hub", "the MASH", "the Family Hub",
    "the Leaving Care service", "the Children in Care team", "the Disabled Children's team",
  ]
  static let measureSubjects = [
    "case file audits rated good or better", "children seen within timescale",
    "supervision records completed on time", "plans reviewed within twenty working days",
    "referrals with a decision within one working day", "care leavers in education or training",
  ]
  static let steps = [
    "Scoping complete and", "Draft presented to", "Pilot running in", "Training delivered to",
    "Audit findings shared with", "Policy signed off by", "Survey results reported to",
    "Revised guidance issued to", "Workshop held with", "Evaluation considered by",
  ]
  static let boards = [
    "DMT", "the Improvement Board", "the Safeguarding Partnership", "Corporate Parenting Panel",
    "the Practice Leadership Group", "Scrutiny Committee", "all team managers", "the QA Board",
  ]
  static let updates = [
    "On track; first sessions held and feedback positive", "Some delay owing to recruitment",
    "Completed for the first cohort", "Awaiting sign-off from partners",
    "Data shows improvement but not yet sustained", "Not started; dependent on new system",
  ]
  static let themes = [
    "Workforce", "Quality of practice", "Leadership and management", "Partnership working",
    "Children in care", "Care leavers", "Early help", "Help and protection",
  ]
  static let leads = [
    "Head of Service - Safeguarding", "Business Partner - HR", "Service Director - Operations",
    "Principal Social Worker", "Head of Quality Assurance", "Workforce and OD Team Manager",
    "Head of Early Help", "Virtual School Head", "Head of Children in Care",
    "Assistant Director - Quality and Improvement", "Service Manager - MASH",
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

  /// A short free-text phrase that no other cell repeats: pool words in a random order plus
  /// the row number and a per-cell counter, so parse caches cannot hide the real cost.
  private mutating func unique(_ index: Int, _ pools: [[String]]) -> String {
    pools.map { pick($0) }.joined(separator: " ") + " (\(index)-\(next() % 1000))"
  }

  /// One row's cells: ref, theme, recommendation, action, measure, lead, start, end,
  /// milestones, RAG, progress — about 475 bytes, every free-text cell unique. About 5% each of
  /// the defects the benchmark is meant to exercise; the rest is a plan in reasonable order.
  private mutating func row(_ index: Int) -> [String] {
    let section = index / 100 + 1
    var ref = "\(section).\(index % 100 + 1)"
    if chance(5), index > 0 { ref = "\(section).\(max(1, index % 100))" }  // duplicate ref
    let theme = "\(section % Self.themes.count + 1). \(Self.themes[section % Self.themes.count])"
    let title =
      "\(pick(Self.verbs)) \(pick(Self.objects)) "
      + unique(index, [Self.qualifiers, Self.subjects, Self.outcomes])
    let measure =
      "\(60 + next() % 40)% of \(pick(Self.measureSubjects)) by March 2025, "
      + unique(index, [["up from", "from", "against"]])
      + " \(20 + next() % 40)% in \(pick(Self.places))"
    let lead = chance(5) ? "" : pick(Self.leads)
    let startMonth = Int(next() % 4) + 3
    let start = "01/\(startMonth < 10 ? "0" : "")\(startMonth)/2024"
    // Ends after the as-of date (30/06/2024) unless a defect says otherwise.
    var end = "\(Int(next() % 27) + 1)/\(Int(next() % 6) + 7)/2025"
    // Unparseable or vague.
    if chance(5) { end = pick(["0/1/09/23", "TBC", "31/13/2024", "Q5 2024"]) }
    var status = pick(Self.statuses)
    var milestones =
      "3 months: " + unique(index, [Self.steps, Self.boards]) + " 6 months: "
      + unique(index, [Self.steps, Self.boards])
    if chance(5) {
      status = "Green"
      // Past due under a green rating.
      milestones = "01/02/2024: " + unique(index, [Self.steps, Self.boards])
    }
    let rec = index % (recommendations - 3) + 1  // the last three recommendations have no action
    let progress = "\(pick(Self.updates)) (\(next() % 28 + 1) May)"
    return [
      ref, theme, "Recommendation \(rec)", title, measure, lead, start, end, milestones, status,
      progress,
    ]
  }

  static let header = [
    "Ref", "Theme", "Ofsted Ref", "Actions", "How will we know it has worked", "Lead",
    "Start Date", "End Date", "Milestones", "RAG", "Progress update",
  ]

  /// The action table as CSV.
  mutating func csv() -> String {
    var out = Self.header.joined(separator: ",") + "\n"
    out.reserveCapacity(actions * 500)
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
    body.reserveCapacity(actions * 650)
    let keys = [
      "ref", "theme", "recommendations", "title", "measure", "lead", "start", "end", "milestones",
      "status", "progress",
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
