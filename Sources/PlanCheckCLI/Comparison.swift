import Foundation
import JSONSyntax
import PlanModel
import PlanReading

/// Loads the version a plan is compared with (`--compare-to`): another plan file, or the same
/// plan at a git revision (`git:REV`, or `git:REV:PATH` for a plan that moved). A JSON plan's
/// table files are read from the same revision, so the whole plan is compared.
struct Comparison {
  enum Source: Equatable {
    case file(String)
    case git(revision: String, path: String?)
  }

  let source: Source

  /// A `--compare-to` value: a plan file, or `git:REV[:PATH]`.
  static func parse(_ text: String) -> Result<Comparison, OptionValueProblem> {
    guard text.hasPrefix("git:") else { return .success(Comparison(source: .file(text))) }
    let parts = text.dropFirst(4).split(separator: ":", maxSplits: 1).map(String.init)
    guard let revision = parts.first, !revision.isEmpty else {
      return .failure(
        OptionValueProblem(message: "--compare-to git: needs a revision, e.g. git:origin/main"))
    }
    return .success(
      Comparison(source: .git(revision: revision, path: parts.count > 1 ? parts[1] : nil)))
  }

  /// The previous version of the plan at `absolutePath` (shown as `displayPath`); nil when
  /// the plan is new: `git:REV` names a revision at which the plan's path does not exist (a
  /// pull request that adds a plan), so there is nothing to compare it with.
  func load(
    for absolutePath: String, displayPath: String, loader: PlanLoader, workingDirectory: String
  ) throws(CLIError) -> Plan? {
    switch source {
    case .file(let path):
      let full = PlanInput.absolute(path, in: workingDirectory)
      guard FileManager.default.fileExists(atPath: full) else {
        throw .file(path: path, message: "no such plan to compare with")
      }
      return try valid(loader.load(path: full, displayPath: path), what: path)
    case .git(let revision, let path):
      if path == nil, try GitSnapshot.isNew(absolutePath, at: revision) { return nil }
      let snapshot = try GitSnapshot(planPath: absolutePath, revision: revision, path: path)
      defer { snapshot.remove() }
      return try valid(
        loader.load(path: snapshot.planPath, displayPath: snapshot.displayPath),
        what: snapshot.displayPath)
    }
  }

  private func valid(_ result: LoadResult, what: String) throws(CLIError) -> Plan {
    let errors = result.diagnostics.filter { $0.severity == .error }
    guard let plan = result.plan, errors.isEmpty else {
      throw .diagnostics(
        errors.isEmpty
          ? [
            Diagnostic(
              code: "compare-invalid", message: "cannot read the plan to compare with",
              span: SourceSpan(file: what))
          ]
          : errors)
    }
    return plan
  }
}

/// A plan file (and the tables it names) as they were at a git revision, written to a
/// temporary folder so the ordinary loader can read them.
struct GitSnapshot {
  let folder: URL
  let planPath: String
  let displayPath: String

  /// The repository's top folder and `absolutePath` relative to it.
  static func locate(_ absolutePath: String) throws(CLIError) -> (top: String, relative: String) {
    let directory = PlanPaths.directory(of: absolutePath)
    let root = try Git.run(
      ["rev-parse", "--show-toplevel"], in: directory,
      what: "find the git repository of '\(absolutePath)'")
    let top = String(decoding: root, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    let relative = ConfigSetup.relative(
      URL(fileURLWithPath: absolutePath).resolvingSymlinksInPath().path,
      to: URL(fileURLWithPath: top).resolvingSymlinksInPath().path)
    return (top, relative)
  }

  /// Whether the plan at `absolutePath` did not exist at `revision`, which itself exists (a
  /// mistyped revision stays an error).
  static func isNew(_ absolutePath: String, at revision: String) throws(CLIError) -> Bool {
    let (top, relative) = try locate(absolutePath)
    if (try? Git.run(["cat-file", "-e", "\(revision):\(relative)"], in: top, what: "")) != nil {
      return false
    }
    _ = try Git.run(
      ["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], in: top,
      what: "read revision '\(revision)' (no such revision)")
    return true
  }

  init(planPath absolutePath: String, revision: String, path: String?) throws(CLIError) {
    let (top, located) = try GitSnapshot.locate(absolutePath)
    let relative = path ?? located
    displayPath = "\(revision):\(relative)"
    let bytes = try Git.run(
      ["show", "\(revision):\(relative)"], in: top,
      what: "read '\(relative)' at revision '\(revision)'")
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plancheck-\(UUID().uuidString)")
    let local = folder.appendingPathComponent(relative)
    planPath = local.path
    do {
      try FileManager.default.createDirectory(
        at: local.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: local)
      let planFolder = PlanPaths.directory(of: relative)
      for table in GitSnapshot.tables(in: bytes) {
        let tablePath = planFolder.isEmpty ? table : PlanPaths.join(planFolder, table)
        let tableBytes = try Git.run(
          ["show", "\(revision):\(tablePath)"], in: top,
          what: "read '\(tablePath)' at revision '\(revision)'")
        let target = folder.appendingPathComponent(tablePath)
        try FileManager.default.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(tableBytes).write(to: target)
      }
    } catch let error as CLIError {
      try? FileManager.default.removeItem(at: folder)
      throw error
    } catch {
      try? FileManager.default.removeItem(at: folder)
      throw .failed("cannot stage the compared plan: \(error.localizedDescription)")
    }
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }

  /// Table files a JSON plan reads (`"actions": {"file": ...}`); none for tables themselves.
  static func tables(in bytes: [UInt8]) -> [String] {
    guard case .success(let root) = JSONParser.parse(bytes, file: "") else { return [] }
    return ["actions", "measures"].compactMap { root.value(at: [$0, "file"])?.stringValue }
      .filter { !$0.hasPrefix("/") && !$0.split(separator: "/").contains("..") }
  }
}

/// Runs git as a child process; the only command plancheck ever runs, and only for
/// `--compare-to git:…`.
enum Git {
  static func run(_ arguments: [String], in directory: String, what: String) throws(CLIError)
    -> [UInt8]
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory.isEmpty ? "." : directory)
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do { try process.run() } catch { throw .failed("cannot \(what): git could not be started") }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let detail = message.split(separator: "\n").first.map { ": \($0)" } ?? ""
      throw .failed("cannot \(what)\(detail)")
    }
    return Array(data)
  }
}
