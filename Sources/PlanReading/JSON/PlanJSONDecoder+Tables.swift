import JSONSyntax
import PlanModel

/// Tables kept in their own files: `"actions": {"file": "actions.csv"}`.
extension PlanJSONDecoder {
  /// Reads the table a `{"file": ...}` member points at, relative to the plan's directory.
  mutating func loadTable(_ member: JSONMember, pointer: String) {
    guard let object = member.value.objectValue else { return }
    var reference: String?
    var table = TableOptions()
    table.columns = columns
    table.dateOrder = plan.dateOrder
    table.statusScheme = plan.statusScheme
    table.themes = plan.themes
    for inner in object.members {
      let path = pointer + "/" + PlanJSONDecoder.escape(inner.key)
      switch inner.key {
      case "file": reference = text(inner, pointer: path)
      case "sheet": table.sheet = text(inner, pointer: path)
      case "columns": table.columns.merge(columnsMap(inner, pointer: path)) { $1 }
      default:
        unknownKey(inner, pointer: path, among: PlanJSONKeys.tableFile, in: "table reference")
      }
    }
    guard let reference, !reference.isEmpty else {
      report(
        "'\(member.key)' needs a \"file\" naming the table, relative to the plan file",
        at: member.keyPosition, pointer: pointer, code: PlanJSONDecoder.tableCode)
      return
    }
    guard member.key != "measures" else {
      report(
        "reading measures from a table file is not supported yet; list them inline",
        at: member.keyPosition, pointer: pointer, code: PlanJSONDecoder.tableCode)
      return
    }
    if member.key == "recommendations" {
      table.kind = .recommendations
      table.columns = [:]  // the plan's columns name the actions table's headers
      if let result = readTable(reference, options: table, at: member.keyPosition, pointer: pointer)
      {
        plan.recommendations += Self.recommendations(from: result)
        plan.tables += result.mappings
        plan.places.merge(result.places) { first, _ in first }
        diagnostics += result.diagnostics
      }
      return
    }
    if let result = readTable(reference, options: table, at: member.keyPosition, pointer: pointer) {
      merge(result)
    }
  }

  /// The recommendations a recommendations table lists: each row's ref is the id, its text
  /// the words, its theme the area; a priority cell that says yes marks an area for priority
  /// action, and a column headed like "Source" or "Report" says where it comes from.
  static func recommendations(from result: TableResult) -> [Recommendation] {
    result.actions.compactMap { row in
      let id = row.ref.isEmpty ? "" : row.ref
      guard !id.isEmpty || !row.title.isEmpty else { return nil }
      var recommendation = Recommendation(id: id, span: row.span)
      recommendation.text = row.title
      recommendation.area = row.theme
      let priority = PlanText.matchKey(row.objective)
      recommendation.priority = [
        "yes", "y", "true", "high", "priority", "area for priority action",
      ]
      .contains(priority)
      recommendation.source =
        row.extra.first { extra in
          let key = HeaderAliases.key(for: extra.name)
          return ["source", "report", "inspection", "judgement"].contains { key.contains($0) }
        }?.value ?? ""
      return recommendation
    }
  }

  private mutating func readTable(
    _ reference: String, options: TableOptions, at position: SourcePosition, pointer: String
  ) -> TableResult? {
    guard let reader = PlanFileFormat(path: reference)?.reader else {
      let message =
        "cannot read \(options.kind == .recommendations ? "recommendations" : "actions") from "
        + "'\(reference)'; use a \(PlanFileFormat.tableExtensions) file"
      report(message, at: position, pointer: pointer, code: PlanJSONDecoder.tableCode)
      return nil
    }
    let displayDirectory = file == "-" ? "" : PlanPaths.directory(of: file)
    let display = PlanPaths.join(displayDirectory, reference)
    let path = PlanPaths.join(baseDirectory, reference)
    switch PlanFileReader.read(path: path, displayPath: display, limit: self.options.maxFileSize) {
    case .failure(let diagnostic):
      diagnostics.append(diagnostic)
      return nil
    case .success(let bytes):
      return reader.readActions(bytes: bytes, file: display, options: options)
    }
  }

  /// Appends a table's actions, milestones and newly met themes, re-basing their indices.
  private mutating func merge(_ result: TableResult) {
    let actionBase = plan.actions.count
    let milestoneBase = plan.milestones.count
    if actionBase == 0, milestoneBase == 0 {
      // Nothing to re-base: take the table's arrays without copying them.
      plan.actions = result.actions
      plan.milestones = result.milestones
    } else {
      append(result, actionBase: actionBase, milestoneBase: milestoneBase)
    }
    let declared = Set(plan.themes.map(\.ref))
    plan.themes += result.themes.filter { !declared.contains($0.ref) }
    plan.tables += result.mappings
    plan.places.merge(result.places) { first, _ in first }
    diagnostics += result.diagnostics
  }

  private mutating func append(_ result: TableResult, actionBase: Int, milestoneBase: Int) {
    plan.actions.reserveCapacity(actionBase + result.actions.count)
    plan.milestones.reserveCapacity(milestoneBase + result.milestones.count)
    for var action in result.actions {
      let range = action.milestones
      action.milestones = (range.lowerBound + milestoneBase)..<(range.upperBound + milestoneBase)
      plan.actions.append(action)
    }
    for var milestone in result.milestones {
      milestone.action += actionBase
      plan.milestones.append(milestone)
    }
  }
}
