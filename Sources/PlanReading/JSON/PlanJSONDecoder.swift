import JSONSyntax
import PlanModel

/// Turns a parsed JSON plan into a `Plan`, with every entity's span (file, line, column,
/// JSON pointer) and every action field's position set.
///
/// Never throws: unknown keys (with a did-you-mean), wrong types and bad values become
/// diagnostics at the key's line and column, and the rest of the plan is still read.
package struct PlanJSONDecoder {
  /// The plan file as reported in spans (display path, or `-` for standard input).
  package var file: String
  /// The directory table files (`"actions": {"file": ...}`) are resolved against.
  package var baseDirectory: String
  package var options: LoadOptions

  var plan: Plan
  var diagnostics: [Diagnostic] = []
  var dates = PlanDateParser()
  /// `"actions": {"file": ...}` and the like, read after the inline parts of the plan so
  /// that `themes` and `columns` apply wherever they appear in the file.
  var pendingTables: [(member: JSONMember, pointer: String)] = []
  var columns: [String: String] = [:]
  /// The document's bytes and its skimmed arrays (see `JSONParser.parse(_:file:deferring:)`).
  var source: [UInt8] = []
  var deferred: [String: DeferredArray] = [:]
  /// A syntax error met while reading a deferred array: the document is not JSON after all.
  var deferredFailure: Diagnostic?
  /// Parses of repeated values (dates, statuses, milestone and recommendation cells), valid for
  /// the plan's date order and status scheme once the settings are read.
  var caches = CellCaches()

  package init(file: String, baseDirectory: String, options: LoadOptions = LoadOptions()) {
    self.file = file
    self.baseDirectory = baseDirectory
    self.options = options
    plan = Plan(span: SourceSpan(file: file))
  }

  /// Parses and decodes plan bytes; `plan` is nil only when the bytes are not JSON.
  package func decode(bytes: [UInt8]) -> (plan: Plan?, diagnostics: [Diagnostic]) {
    // Inline actions are parsed one at a time as they are decoded, not held as a tree.
    switch JSONParser.parse(bytes, file: file, deferring: ["actions"]) {
    case .failure(let diagnostic): return (nil, [diagnostic])
    case .success(let parsed):
      var reader = self
      reader.source = bytes
      reader.deferred = parsed.deferred
      let done = reader.finished(parsed.root)
      if let failure = done.deferredFailure { return (nil, [failure]) }
      return (done.plan, done.diagnostics)
    }
  }

  /// Decodes a parsed plan; the plan is as complete as the input allows.
  package func decode(_ root: JSONValue) -> (plan: Plan, diagnostics: [Diagnostic]) {
    let done = finished(root)
    return (done.plan, done.diagnostics)
  }

  /// A copy of this decoder after reading `root`.
  private func finished(_ root: JSONValue) -> PlanJSONDecoder {
    var worker = self
    worker.run(root)
    return worker
  }

  private mutating func run(_ root: JSONValue) {
    plan.id = PlanPaths.defaultPlanID(for: file)
    plan.span = SourceSpan(file: file, position: root.position, pointer: "")
    plan.statusScheme = options.statusScheme ?? .everyday
    plan.dateOrder = options.dateOrder ?? .dmy
    plan.dateOrderDeclared = options.dateOrder != nil
    columns = options.columns
    guard let object = root.objectValue else {
      report(
        "expected a plan object at the top level, found \(root.typeName)", at: root.position,
        pointer: "", code: PlanJSONDecoder.typeCode)
      return
    }
    // Settings first: statuses and dates anywhere in the file depend on them.
    for member in object.members where member.key == "dateOrder" || member.key == "statusScheme" {
      decodeSetting(member)
    }
    dates = PlanDateParser(order: plan.dateOrder)
    caches = CellCaches()
    for member in object.members where member.key != "dateOrder" && member.key != "statusScheme" {
      decodePlanMember(member)
    }
    if plan.asOf.kind == .missing, let asOf = options.asOf { plan.asOf = dates.parse(asOf) }
    for table in pendingTables { loadTable(table.member, pointer: table.pointer) }
    pendingTables = []
  }

  private mutating func decodeSetting(_ member: JSONMember) {
    let pointer = "/" + member.key
    if member.key == "dateOrder" {
      guard let text = text(member, pointer: pointer) else { return }
      guard let order = DateOrder(rawValue: text) else {
        invalidValue(member, pointer: pointer, text, among: DateOrder.allCases.map(\.rawValue))
        return
      }
      plan.dateOrder = order
      plan.dateOrderDeclared = true
    } else if let scheme = statusScheme(member, pointer: pointer) {
      plan.statusScheme = scheme
    }
  }

  private mutating func decodePlanMember(_ member: JSONMember) {
    let pointer = "/" + PlanJSONDecoder.escape(member.key)
    switch member.key {
    case "plancheck": checkVersion(member, pointer: pointer)
    case "id":
      if let id = text(member, pointer: pointer) {
        plan.id = id
        plan.idDeclared = true
      }
    case "title": plan.title = text(member, pointer: pointer) ?? ""
    case "kind": decodeKind(member, pointer: pointer)
    case "organisation": plan.organisation = text(member, pointer: pointer) ?? ""
    case "period": decodePeriod(member, pointer: pointer)
    case "asOf": plan.asOf = date(member, pointer: pointer)
    case "published": plan.published = date(member, pointer: pointer)
    case "inspection": decodeInspection(member, pointer: pointer)
    case "columns": columns.merge(columnsMap(member, pointer: pointer)) { $1 }
    case "themes":
      plan.themes += decodeArray(member, pointer: pointer) { $0.decodeTheme($1, pointer: $2) }
    case "recommendations":
      if member.value.objectValue != nil {
        pendingTables.append((member, pointer))
        return
      }
      plan.recommendations += decodeArray(member, pointer: pointer) {
        $0.decodeRecommendation($1, pointer: $2)
      }
    case "actions", "measures":
      if member.value.objectValue != nil {
        pendingTables.append((member, pointer))
      } else if member.key == "actions" {
        decodeActions(member, pointer: pointer)
      } else {
        plan.measures += decodeArray(member, pointer: pointer) { $0.decodeMeasure($1, pointer: $2) }
      }
    case "waivers": plan.waivers += waivers(member, pointer: pointer)
    case "sourceTables":
      plan.tables += decodeArray(member, pointer: pointer) { $0.decodeSourceTable($1, pointer: $2) }
    case "extra": plan.extra += extra(member, pointer: pointer)
    default: unknownKey(member, pointer: pointer, among: PlanJSONKeys.plan, in: "plan")
    }
  }

  private mutating func checkVersion(_ member: JSONMember, pointer: String) {
    guard member.value.intValue != 1 else { return }
    report(
      "unsupported plan format version \(member.value.numberText ?? member.value.typeName); "
        + "this plancheck reads \"plancheck\": 1", at: member.keyPosition, pointer: pointer,
      code: PlanJSONDecoder.valueCode)
  }

  private mutating func decodeKind(_ member: JSONMember, pointer: String) {
    guard let text = text(member, pointer: pointer) else { return }
    guard let kind = PlanKind(rawValue: text) else {
      invalidValue(member, pointer: pointer, text, among: PlanKind.allCases.map(\.rawValue))
      return
    }
    plan.kind = kind
  }

  private mutating func decodePeriod(_ member: JSONMember, pointer: String) {
    guard let object = object(member, pointer: pointer) else { return }
    for inner in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(inner.key)
      switch inner.key {
      case "start": plan.periodStart = date(inner, pointer: path)
      case "end": plan.periodEnd = date(inner, pointer: path)
      default: unknownKey(inner, pointer: path, among: PlanJSONKeys.period, in: "period")
      }
    }
  }

  private mutating func decodeInspection(_ member: JSONMember, pointer: String) {
    guard let object = object(member, pointer: pointer) else { return }
    for inner in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(inner.key)
      switch inner.key {
      case "type": plan.inspection.type = text(inner, pointer: path) ?? ""
      case "reportReceived": plan.inspection.reportReceived = date(inner, pointer: path)
      case "nextInspection": plan.inspection.nextInspection = date(inner, pointer: path)
      default: unknownKey(inner, pointer: path, among: PlanJSONKeys.inspection, in: "inspection")
      }
    }
  }
}
