import JSONSyntax
import PlanModel

/// Inline actions and their milestones.
extension PlanJSONDecoder {
  mutating func decodeActions(_ member: JSONMember, pointer: String) {
    if let array = deferred[member.key] {
      plan.actions.reserveCapacity(plan.actions.count + array.count)
      var offset = 0
      deferredFailure = JSONParser.forEachElement(of: array, in: source, file: file) { element in
        let path = pointer + "/\(offset)"
        offset += 1
        guard let object = elementObject(element, pointer: path, what: "action") else { return }
        decodeAction(object, position: element.position, pointer: path)
      }
      return
    }
    guard let elements = member.value.arrayValue else {
      if case .null = member.value.kind { return }
      typeError(member, pointer: pointer, expected: "an array of actions or {\"file\": ...}")
      return
    }
    plan.actions.reserveCapacity(plan.actions.count + elements.count)
    for (offset, element) in elements.enumerated() {
      let path = pointer + "/\(offset)"
      guard let object = elementObject(element, pointer: path, what: "action") else { continue }
      decodeAction(object, position: element.position, pointer: path)
    }
  }

  /// Decodes one action and appends it (and its milestones) to the plan.
  private mutating func decodeAction(
    _ object: JSONObject, position: SourcePosition, pointer: String
  ) {
    var action = Action(span: SourceSpan(file: file, position: position, pointer: pointer))
    let index = plan.actions.count
    let firstMilestone = plan.milestones.count
    action.reservePositions(object.members.count)
    for member in object.members {
      guard let field = PlanJSONKeys.actionFields[member.key] else {
        let path = pointer + "/" + PlanJSONDecoder.escape(member.key)
        if member.key == "extra" {
          action.extra = extra(member, pointer: path)
        } else {
          unknownKey(member, pointer: path, among: PlanJSONKeys.action, in: "action")
        }
        continue
      }
      action.setPosition(member.value.position, of: field)
      decodeField(field, member, parent: pointer, into: &action, index: index)
    }
    action.milestones = firstMilestone..<plan.milestones.count
    plan.actions.append(action)
  }

  /// `parent` is the action's pointer; field names need no RFC 6901 escaping.
  private mutating func decodeField(
    _ field: ActionField, _ member: JSONMember, parent: String, into action: inout Action,
    index: Int
  ) {
    func pointer() -> String { parent + "/" + field.name }
    switch field {
    case .ref: action.ref = text(member, pointer: pointer()) ?? ""
    case .title: action.title = text(member, pointer: pointer()) ?? ""
    case .objective: action.objective = caches.intern(text(member, pointer: pointer()) ?? "")
    case .theme: action.theme = caches.intern(text(member, pointer: pointer()) ?? "")
    case .measure: action.measure = text(member, pointer: pointer()) ?? ""
    case .lead: action.lead = caches.intern(text(member, pointer: pointer()) ?? "")
    case .start: action.start = date(member, pointer: pointer())
    case .end: action.end = date(member, pointer: pointer())
    case .status:
      let scheme = plan.statusScheme
      if member.value.objectValue != nil {
        let (label, colour) = colouredStatus(member, pointer: pointer())
        action.status = scheme.status(for: label, colour: colour)
        return
      }
      let label = text(member, pointer: pointer()) ?? ""
      action.status = caches.statuses.value(for: label) { scheme.status(for: $0) }
    case .milestones: decodeMilestones(member, pointer: pointer(), action: index)
    case .recommendations:
      if case .string(let cell) = member.value.kind {
        action.recommendations = caches.recommendations.value(for: cell) {
          CellParsers.recommendationIDs(in: $0)
        }
        return
      }
      action.recommendations = textList(
        member, pointer: pointer(), split: CellParsers.recommendationIDs)
    case .links: action.links = textList(member, pointer: pointer())
    case .progress: action.progress = text(member, pointer: pointer()) ?? ""
    case .updated: action.updated = date(member, pointer: pointer())
    case .evidence: action.evidence = text(member, pointer: pointer()) ?? ""
    case .actualStart: action.actualStart = date(member, pointer: pointer())
    case .actualEnd: action.actualEnd = date(member, pointer: pointer())
    case .baselineEnd: action.baselineEnd = date(member, pointer: pointer())
    case .dependsOn: action.dependsOn = textList(member, pointer: pointer())
    case .waivers: action.waivers = waivers(member, pointer: pointer())
    }
  }

  /// Milestones as an array of objects (or of plain texts), or one spreadsheet-style cell.
  private mutating func decodeMilestones(_ member: JSONMember, pointer: String, action: Int) {
    switch member.value.kind {
    case .null: return
    case .string(let cell):
      let span = span(member.value, pointer)
      let dates = self.dates
      let items = caches.milestones.value(for: cell) { cell in
        CellParsers.milestones(in: cell).map { ($0.text, dates.parse($0.due)) }
      }
      for item in items {
        plan.milestones.append(
          Milestone(text: item.text, due: item.due, action: action, span: span))
      }
    case .array(let elements):
      for (offset, element) in elements.enumerated() {
        let path = pointer + "/\(offset)"
        if let milestone = decodeMilestone(element, pointer: path, action: action) {
          plan.milestones.append(milestone)
        }
      }
    default:
      typeError(member, pointer: pointer, expected: "an array of milestones or a string")
    }
  }

  private mutating func decodeMilestone(_ value: JSONValue, pointer: String, action: Int)
    -> Milestone?
  {
    var milestone = Milestone(text: "", due: .missing, action: action, span: span(value, pointer))
    if let text = value.stringValue {
      milestone.text = text
      return milestone
    }
    guard let object = elementObject(value, pointer: pointer, what: "milestone") else { return nil }
    for member in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(member.key)
      switch member.key {
      case "text": milestone.text = text(member, pointer: path) ?? ""
      case "due": milestone.due = date(member, pointer: path)
      case "done": milestone.done = bool(member, pointer: path) ?? false
      default: unknownKey(member, pointer: path, among: PlanJSONKeys.milestone, in: "milestone")
      }
    }
    return milestone
  }
}

extension PlanJSONDecoder {
  /// `{"label": "Green", "colour": "green"}`: a rating with the colour of its cell, as `convert`
  /// writes statuses read from coloured spreadsheet cells.
  private mutating func colouredStatus(_ member: JSONMember, pointer: String)
    -> (String, ColourFamily?)
  {
    var label = ""
    var colour: ColourFamily?
    guard let object = member.value.objectValue else { return (label, colour) }
    for inner in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(inner.key)
      switch inner.key {
      case "label": label = text(inner, pointer: path) ?? ""
      case "colour":
        guard let name = text(inner, pointer: path) else { continue }
        colour = ColourFamily(rawValue: name)
        if colour == nil {
          invalidValue(inner, pointer: path, name, among: ColourFamily.allCases.map(\.rawValue))
        }
      default:
        unknownKey(inner, pointer: path, among: PlanJSONKeys.colouredStatus, in: "status")
      }
    }
    return (label, colour)
  }
}
