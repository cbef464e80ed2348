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
    guard member.key == "actions" else {
      report(
        "reading measures from a table file is not supported yet; list them inline",
        at: member.keyPosition, pointer: pointer, code: PlanJSONDecoder.tableCode)
      return
    }
    readActionTable(reference, options: table, at: member.keyPosition, pointer: pointer)
  }

  private mutating func readActionTable(
    _ reference: String, options: TableOptions, at position: SourcePosition, pointer: String
  ) {
    guard let reader = PlanFileFormat(path: reference)?.reader else {
      let message =
        "cannot read actions from '\(reference)'; use a \(PlanFileFormat.tableExtensions) file"
      report(message, at: position, pointer: pointer, code: PlanJSONDecoder.tableCode)
      return
    }
    let displayDirectory = file == "-" ? "" : PlanPaths.directory(of: file)
    let display = PlanPaths.join(displayDirectory, reference)
    let path = PlanPaths.join(baseDirectory, reference)
    switch PlanFileReader.read(path: path, displayPath: display, limit: self.options.maxFileSize) {
    case .failure(let diagnostic):
      diagnostics.append(diagnostic)
    case .success(let bytes):
      let result = reader.readActions(bytes: bytes, file: display, options: options)
      merge(result)
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
