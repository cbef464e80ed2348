import JSONSyntax
import PlanModel

/// Themes, recommendations, measures, waivers and status schemes.
extension PlanJSONDecoder {
  mutating func decodeTheme(_ value: JSONValue, pointer: String) -> Theme? {
    guard let object = elementObject(value, pointer: pointer, what: "theme") else { return nil }
    var theme = Theme(ref: "", title: "", span: span(value, pointer))
    for member in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(member.key)
      switch member.key {
      case "ref": theme.ref = text(member, pointer: path) ?? ""
      case "title": theme.title = text(member, pointer: path) ?? ""
      default: unknownKey(member, pointer: path, among: PlanJSONKeys.theme, in: "theme")
      }
    }
    return theme
  }

  mutating func decodeRecommendation(_ value: JSONValue, pointer: String) -> Recommendation? {
    guard let object = elementObject(value, pointer: pointer, what: "recommendation") else {
      return nil
    }
    var recommendation = Recommendation(id: "", span: span(value, pointer))
    for member in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(member.key)
      switch member.key {
      case "id": recommendation.id = text(member, pointer: path) ?? ""
      case "text": recommendation.text = text(member, pointer: path) ?? ""
      case "source": recommendation.source = text(member, pointer: path) ?? ""
      case "area": recommendation.area = text(member, pointer: path) ?? ""
      case "priority": recommendation.priority = bool(member, pointer: path) ?? false
      default:
        unknownKey(member, pointer: path, among: PlanJSONKeys.recommendation, in: "recommendation")
      }
    }
    if recommendation.id.isEmpty {
      report(
        "recommendation has no 'id'; actions cite recommendations by id", at: value.position,
        pointer: pointer, code: PlanJSONDecoder.valueCode)
    }
    return recommendation
  }

  mutating func decodeMeasure(_ value: JSONValue, pointer: String) -> Measure? {
    guard let object = elementObject(value, pointer: pointer, what: "measure") else { return nil }
    var measure = Measure(span: span(value, pointer))
    for member in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(member.key)
      switch member.key {
      case "ref": measure.ref = text(member, pointer: path) ?? ""
      case "title": measure.title = text(member, pointer: path) ?? ""
      case "owner": measure.owner = text(member, pointer: path) ?? ""
      case "frequency": measure.frequency = text(member, pointer: path) ?? ""
      case "target": measure.target = text(member, pointer: path) ?? ""
      case "due": measure.due = date(member, pointer: path)
      case "baseline": measure.baseline = text(member, pointer: path) ?? ""
      case "latest": measure.latest = text(member, pointer: path) ?? ""
      case "waivers": measure.waivers = waivers(member, pointer: path)
      case "extra": measure.extra = extra(member, pointer: path)
      default: unknownKey(member, pointer: path, among: PlanJSONKeys.measure, in: "measure")
      }
    }
    return measure
  }

  mutating func waivers(_ member: JSONMember, pointer: String) -> [Waiver] {
    decodeArray(member, pointer: pointer) { $0.decodeWaiver($1, pointer: $2) }
  }

  mutating func decodeWaiver(_ value: JSONValue, pointer: String) -> Waiver? {
    guard let object = elementObject(value, pointer: pointer, what: "waiver") else { return nil }
    var waiver = Waiver(rule: "", reason: "", span: span(value, pointer))
    for member in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(member.key)
      switch member.key {
      case "rule": waiver.rule = text(member, pointer: path) ?? ""
      case "reason": waiver.reason = text(member, pointer: path) ?? ""
      case "until": waiver.until = date(member, pointer: path)
      default: unknownKey(member, pointer: path, among: PlanJSONKeys.waiver, in: "waiver")
      }
    }
    if waiver.rule.isEmpty {
      report(
        "waiver has no 'rule'; name the rule id it waives", at: value.position, pointer: pointer,
        code: PlanJSONDecoder.valueCode)
      return nil
    }
    return waiver
  }

  /// A built-in scheme by name, a custom `{"name": ..., "labels": [...], "colours": {...}}`, or
  /// the plain map `{"Label": "class", ...}` most people write first.
  mutating func statusScheme(_ member: JSONMember, pointer: String) -> StatusScheme? {
    if let name = member.value.stringValue {
      if let scheme = StatusScheme.builtIn(named: name) { return scheme }
      invalidValue(member, pointer: pointer, name, among: StatusScheme.builtIn.map(\.name))
      return nil
    }
    guard let object = member.value.objectValue else {
      typeError(member, pointer: pointer, expected: "a built-in scheme name or an object")
      return nil
    }
    let structured = object.members.contains { PlanJSONKeys.customScheme.contains($0.key) }
    guard structured || object.members.isEmpty else { return labelMap(object, pointer: pointer) }
    var name = "custom"
    var entries: [StatusScheme.Entry] = []
    var colours: [ColourFamily: StatusClass?] = [:]
    for inner in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(inner.key)
      switch inner.key {
      case "name": name = text(inner, pointer: path) ?? name
      case "labels": entries = decodeArray(inner, pointer: path) { $0.decodeLabel($1, pointer: $2) }
      case "colours": colours = colourMap(inner, pointer: path)
      default:
        unknownKey(inner, pointer: path, among: PlanJSONKeys.customScheme, in: "statusScheme")
      }
    }
    return StatusScheme(name: name, entries: entries, colours: colours)
  }

  /// `{"Done": "complete", "Late": "red"}`: each key a label, each value its class.
  private mutating func labelMap(_ object: JSONObject, pointer: String) -> StatusScheme? {
    var entries: [StatusScheme.Entry] = []
    for inner in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(inner.key)
      if let statusClass = statusClass(inner, pointer: path) {
        entries.append(StatusScheme.Entry(inner.key, statusClass))
      }
    }
    return StatusScheme(name: "custom", entries: entries)
  }

  /// `{"yellow": "amber", "purple": "bau", "grey": "none"}`: what each fill colour family means.
  private mutating func colourMap(_ member: JSONMember, pointer: String)
    -> [ColourFamily: StatusClass?]
  {
    guard let object = member.value.objectValue else {
      typeError(member, pointer: pointer, expected: "an object of colour → class")
      return [:]
    }
    var colours: [ColourFamily: StatusClass?] = [:]
    for inner in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(inner.key)
      guard let family = ColourFamily(rawValue: inner.key.lowercased()) else {
        unknownKey(
          inner, pointer: path, among: ColourFamily.allCases.map(\.rawValue), in: "colours")
        continue
      }
      if inner.value.stringValue == "none" {
        colours[family] = .some(nil)
      } else if let statusClass = statusClass(inner, pointer: path) {
        colours[family] = statusClass
      }
    }
    return colours
  }

  /// A member whose value names a status class.
  private mutating func statusClass(_ member: JSONMember, pointer: String) -> StatusClass? {
    guard let name = text(member, pointer: pointer) else { return nil }
    guard let statusClass = StatusClass(rawValue: name), statusClass != .unknown else {
      invalidValue(member, pointer: pointer, name, among: PlanJSONKeys.statusClasses)
      return nil
    }
    return statusClass
  }

  private mutating func decodeLabel(_ value: JSONValue, pointer: String) -> StatusScheme.Entry? {
    guard let object = elementObject(value, pointer: pointer, what: "status label") else {
      return nil
    }
    var label: String?
    var statusClass: StatusClass?
    var classGiven = false
    for member in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(member.key)
      switch member.key {
      case "label": label = text(member, pointer: path)
      case "class":
        classGiven = true
        statusClass = self.statusClass(member, pointer: path)
      default:
        unknownKey(member, pointer: path, among: PlanJSONKeys.statusLabel, in: "status label")
      }
    }
    guard let label, let statusClass else {
      if label == nil || !classGiven {
        report(
          "status label needs a 'label' and a 'class'", at: value.position, pointer: pointer,
          code: PlanJSONDecoder.valueCode)
      }
      return nil
    }
    return StatusScheme.Entry(label, statusClass)
  }

  func span(_ value: JSONValue, _ pointer: String) -> SourceSpan {
    SourceSpan(file: file, position: value.position, pointer: pointer)
  }
}

extension PlanJSONDecoder {
  /// Reads a `statusScheme` value written outside a plan (in `.plancheck.json`), with the same
  /// rules and diagnostics as inside one.
  package static func statusScheme(
    from value: JSONValue, file: String
  ) -> (scheme: StatusScheme?, diagnostics: [Diagnostic]) {
    var decoder = PlanJSONDecoder(file: file, baseDirectory: ".")
    let member = JSONMember(key: "statusScheme", keyPosition: value.position, value: value)
    let scheme = decoder.statusScheme(member, pointer: "/statusScheme")
    return (scheme, decoder.diagnostics)
  }
}

extension PlanJSONDecoder {
  /// A `sourceTables` entry that `convert` wrote: where the actions were read from, and how.
  mutating func decodeSourceTable(_ value: JSONValue, pointer: String) -> TableMapping? {
    guard let object = elementObject(value, pointer: pointer, what: "source table") else {
      return nil
    }
    var table = TableMapping(file: "", sheet: nil, headerRow: 1, columns: [])
    for member in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(member.key)
      switch member.key {
      case "file": table.file = text(member, pointer: path) ?? ""
      case "sheet": table.sheet = text(member, pointer: path)
      case "headerRow": table.headerRow = Int(text(member, pointer: path) ?? "") ?? 1
      case "columns":
        table.columns = decodeArray(member, pointer: path) {
          $0.decodeSourceColumn($1, pointer: $2)
        }
      default:
        unknownKey(member, pointer: path, among: PlanJSONKeys.sourceTable, in: "source table")
      }
    }
    return table
  }

  private mutating func decodeSourceColumn(_ value: JSONValue, pointer: String)
    -> TableMapping.Column?
  {
    guard let object = elementObject(value, pointer: pointer, what: "source column") else {
      return nil
    }
    var column = TableMapping.Column(header: "", field: nil, reason: "")
    for member in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(member.key)
      switch member.key {
      case "header": column.header = text(member, pointer: path) ?? ""
      case "field": column.field = text(member, pointer: path)
      case "reason": column.reason = text(member, pointer: path) ?? ""
      default:
        unknownKey(member, pointer: path, among: PlanJSONKeys.sourceColumn, in: "source column")
      }
    }
    return column
  }
}
