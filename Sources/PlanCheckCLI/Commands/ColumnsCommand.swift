import PlanModel
import PlanReading

/// `plancheck columns FILE`: how each column of a plan's tables was understood, and why.
enum ColumnsCommand: Command {
  static let spec = ArgumentSpec(
    .columns,
    synopsis: "plancheck columns <file> [--sheet <name>] [--config <file>]",
    abstract: "Show which field each column of a plan's tables feeds, and why.",
    discussion: """
      Headers are mapped by meaning: an exact alias ('Lead', 'Rag rating'), else the cue words \
      of each field ('Who is responsible' → lead, 'What will it do?' → title), confirmed by \
      the column's contents (dates, refs, ratings). A column no field matched is kept as an \
      extra, available to rules as extra["Header"]. Correct a mapping with a 'columns' map \
      in the plan or .plancheck.json: "columns": {"Budget code": "extra", "Who": "lead"}.
      """,
    positionals: "<file>")

  static func run(_ arguments: ParsedArguments, io: inout some CommandIO) throws(CLIError) -> Int32
  {
    let (path, result) = try PlanInput.loadOnly(
      arguments, command: spec.command, from: nil, io: &io)
    for diagnostic in result.diagnostics where diagnostic.severity == .error {
      io.writeErr(diagnostic.formatted + "\n")
    }
    guard let plan = result.plan, !result.hasErrors else { return ExitCode.usage }
    guard !plan.tables.isEmpty else {
      io.writeOut("\(path): the plan lists its actions inline; it has no table columns to map\n")
      return ExitCode.success
    }
    io.writeOut(plan.tables.map(render).joined(separator: "\n"))
    return ExitCode.success
  }

  /// One table: a title line, then a column per line, aligned.
  static func render(_ table: TableMapping) -> String {
    let sheet = table.sheet.map { " sheet '\($0)'" } ?? ""
    var lines = ["\(table.file)\(sheet): header in row \(table.headerRow)"]
    let headers = table.columns.enumerated().map { column, entry in
      (
        SpreadsheetCell.letters(column: column + 1),
        entry.header.isEmpty ? "(no header)" : entry.header
      )
    }
    let width = min(40, headers.map { $0.1.count }.max() ?? 0)
    for (index, entry) in table.columns.enumerated() {
      let (letter, header) = headers[index]
      let shown = header.count > width ? String(header.prefix(width - 1)) + "…" : header
      let padded = shown.padding(toLength: width, withPad: " ", startingAt: 0)
      let field = (entry.field ?? "extra").padding(toLength: 16, withPad: " ", startingAt: 0)
      let column = letter.padding(toLength: 3, withPad: " ", startingAt: 0)
      lines.append("  \(column) \(padded)  \(field) \(entry.reason)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
