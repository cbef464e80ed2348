import PlanModel

/// Loads one plan file of any supported format into a linked `Plan`.
///
/// Never throws: unreadable, oversized or malformed files come back as diagnostics, with the
/// plan as far as it could be read.
package struct PlanLoader: Sendable {
  package var options: LoadOptions

  package init(options: LoadOptions = LoadOptions()) { self.options = options }

  /// Loads the file at `path`, reporting it as `displayPath`; the format follows the
  /// extension, and table files a JSON plan names are found next to it.
  package func load(path: String, displayPath: String) -> LoadResult {
    guard let format = PlanFileFormat(path: path) ?? PlanFileFormat(path: displayPath) else {
      return LoadResult(plan: nil, diagnostics: [unsupported(path: path, displayPath: displayPath)])
    }
    switch PlanFileReader.read(path: path, displayPath: displayPath, limit: options.maxFileSize) {
    case .failure(let diagnostic):
      return LoadResult(plan: nil, diagnostics: [diagnostic])
    case .success(let bytes):
      let directory = PlanPaths.directory(of: path)
      return load(
        bytes: bytes, displayPath: displayPath, baseDirectory: directory.isEmpty ? "." : directory,
        format: format)
    }
  }

  /// Loads plan bytes already in memory (standard input, `git show` output).
  package func load(
    bytes: [UInt8], displayPath: String, baseDirectory: String, format: PlanFileFormat
  ) -> LoadResult {
    var result: (plan: Plan?, diagnostics: [Diagnostic])
    if let reader = format.reader {
      result = tablePlan(bytes: bytes, displayPath: displayPath, reader: reader)
    } else {
      let decoder = PlanJSONDecoder(
        file: displayPath, baseDirectory: baseDirectory, options: options)
      result = decoder.decode(bytes: bytes)
    }
    result.plan?.resolveRelativeDates()
    result.plan?.link()
    return LoadResult(plan: result.plan, diagnostics: result.diagnostics)
  }

  /// A plan made from a bare table: id from the file name, everything else from options.
  private func tablePlan(bytes: [UInt8], displayPath: String, reader: any TableReader.Type)
    -> (Plan?, [Diagnostic])
  {
    var plan = Plan(span: SourceSpan(file: displayPath))
    plan.id = PlanPaths.defaultPlanID(for: displayPath)
    plan.statusScheme = options.statusScheme ?? .everyday
    plan.dateOrder = options.dateOrder ?? .dmy
    plan.dateOrderDeclared = options.dateOrder != nil
    let dates = PlanDateParser(order: plan.dateOrder)
    if let asOf = options.asOf { plan.asOf = dates.parse(asOf) }
    var table = TableOptions()
    table.columns = options.columns
    table.dateOrder = plan.dateOrder
    table.statusScheme = plan.statusScheme
    table.sheet = options.sheet
    let result = reader.readActions(bytes: bytes, file: displayPath, options: table)
    plan.actions = result.actions
    plan.milestones = result.milestones
    plan.themes = result.themes
    plan.tables = result.mappings
    plan.places = result.places
    return (plan, result.diagnostics)
  }

  private func unsupported(path: String, displayPath: String) -> Diagnostic {
    let isDirectory = PlanFileFinder.isDirectory(path)
    let message =
      isDirectory
      ? "'\(displayPath)' is a directory; expected a plan file"
      : "'\(displayPath)' is not a plan file; expected .json, \(PlanFileFormat.tableExtensions)"
    return Diagnostic(
      code: PlanFileReader.code, message: message, span: SourceSpan(file: displayPath))
  }
}
