import PlanModel

/// One fuzz input of a table target (`csv`, `docx`, `ods`, `xlsx-styles`), read as the target
/// reads it: the first byte picks the form, the rest is the file or the part. The fuzz targets
/// and the corpus replay in the tests share it, so both read an input the same way and check
/// the same invariants.
package struct FuzzTableCase {
  package let file: String
  package let bytes: [UInt8]
  package let format: PlanFileFormat
  /// The date order `csv` inputs pick; the readers' default for the others.
  package let dateOrder: DateOrder?

  /// The case for `target` and the raw fuzz input; nil for an empty input or another target.
  /// - `csv`: the first byte's low bit picks TSV, the rest the date order;
  /// - `docx`, `ods`: odd, the rest is the whole file; even, it is the document part, wrapped
  ///   in a stored ZIP (`FuzzPackages`);
  /// - `xlsx-styles`: the rest is `xl/styles.xml` (even) or the theme (odd) of a fixed sheet.
  package init?(target: String, input: [UInt8]) {
    guard let selector = input.first else { return nil }
    let body = Array(input.dropFirst())
    let odd = selector & 1 == 1
    dateOrder =
      target == "csv" ? DateOrder.allCases[Int(selector >> 1) % DateOrder.allCases.count] : nil
    switch target {
    case "csv": (file, bytes) = (odd ? "fuzz.tsv" : "fuzz.csv", body)
    case "docx": (file, bytes) = ("fuzz.docx", odd ? body : FuzzPackages.docx(document: body))
    case "ods": (file, bytes) = ("fuzz.ods", odd ? body : FuzzPackages.ods(content: body))
    case "xlsx-styles": (file, bytes) = ("fuzz.xlsx", FuzzPackages.xlsx(styles: body, asTheme: odd))
    default: return nil
    }
    guard let format = PlanFileFormat(path: file) else { return nil }
    self.format = format
  }

  /// Reads the input with its format's reader and then through the plan loader, as the CLI
  /// does, and returns every invariant that does not hold (empty when all do): milestone
  /// ranges and action indices inside the table, every diagnostic naming the file, and for
  /// `xlsx-styles` the fixed sheet's ten actions whenever nothing failed.
  package func broken() -> [String] {
    var options = TableOptions()
    if let dateOrder { options.dateOrder = dateOrder }
    guard let reader = format.reader else { return ["no reader for \(file)"] }
    let table = reader.readActions(bytes: bytes, file: file, options: options)
    var problems: [String] = []
    if table.actions.contains(where: { $0.milestones.upperBound > table.milestones.count }) {
      problems.append("an action's milestones run past the table's")
    }
    if table.milestones.contains(where: { $0.action < 0 || $0.action >= table.actions.count }) {
      problems.append("a milestone names no action of the table")
    }
    if !table.diagnostics.allSatisfy({ $0.span.file == file }) {
      problems.append("a diagnostic names another file")
    }
    if format == .xlsx, !table.diagnostics.contains(where: { $0.severity == .error }),
      table.actions.count != 10
    {
      problems.append("the fixed sheet gave \(table.actions.count) actions, not 10")
    }
    let result = PlanLoader(options: LoadOptions(dateOrder: dateOrder)).load(
      bytes: bytes, displayPath: file, baseDirectory: "/nonexistent/plancheck-fuzz",
      format: format)
    if let plan = result.plan { _ = PlanJSONEncoder.encode(plan) }
    return problems
  }
}
