import Foundation
import TestSupport

@testable import PlanCheckCLI

/// One in-process run of plancheck: exit status and the captured streams.
struct CLIRun {
  var status: Int32
  var out: String
  var err: String

  /// Both streams as `2>&1` shows them for commands that write stderr only after stdout.
  var combined: String { out + err }

  /// Runs plancheck in `directory` with the given arguments, standard input and environment.
  init(
    _ arguments: [String], in directory: String, stdin: String = "",
    environment: [String: String] = [:]
  ) {
    var io = CapturedIO(workingDirectory: directory, stdin: Array(stdin.utf8))
    io.environment = environment
    status = PlanCheck.run(arguments: arguments, io: &io)
    out = io.out
    err = io.err
  }

  init(_ arguments: [String], in directory: TempDir, stdin: String = "") {
    self.init(arguments, in: directory.path, stdin: stdin)
  }
}

/// A fresh folder under the system temporary folder, for one test.
struct TempDir {
  let url: URL
  var path: String { url.path }

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("plancheck-cli-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Writes `text` at `relative`, creating folders on the way.
  @discardableResult
  func write(_ text: String, to relative: String) throws -> URL {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
    return file
  }

  func read(_ relative: String) -> String? {
    FileManager.default.contents(atPath: url.appendingPathComponent(relative).path)
      .map { String(decoding: $0, as: UTF8.self) }
  }

  func exists(_ relative: String) -> Bool {
    FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path)
  }

  /// Every file under the folder, relative, sorted (hidden files included).
  func files() -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: path)
    var names: [String] = []
    while let name = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(
        atPath: url.appendingPathComponent(name).path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        names.append(name)
      }
    }
    return names.sorted()
  }

  func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Small plans written for these tests; their findings are stable because they carry `asOf`.
enum Fixture {
  static let repositoryRoot = Golden.repositoryRoot().path

  /// Two actions: 1.1 green but overdue (error), 1.2 with an empty lead (error).
  static let smallPlan = """
    {
      "id": "small",
      "title": "Small plan",
      "asOf": "2024-06-30",
      "period": { "start": "2024-01-01", "end": "2024-12-31" },
      "statusScheme": "rag",
      "recommendations": [ { "id": "1", "text": "Improve supervision" } ],
      "actions": [
        { "ref": "1.1", "title": "Refresh supervision policy", "lead": "Head of Service",
          "start": "2024-01-01", "end": "2024-03-31", "status": "Green", "recommendations": ["1"],
          "measure": "90% of supervision records audited as good by 2024-09-30" },
        { "ref": "1.2", "title": "Audit supervision records", "lead": "",
          "start": "2024-02-01", "end": "2024-05-31", "status": "Amber", "recommendations": ["1"],
          "measure": "Audit report to the board by 2024-06-30" }
      ]
    }

    """

  /// No finding at `error` from the shipped rules.
  static let cleanPlan = """
    {
      "id": "clean",
      "title": "Clean plan",
      "asOf": "2024-01-31",
      "period": { "start": "2024-01-01", "end": "2024-12-31" },
      "statusScheme": "rag",
      "actions": [
        { "ref": "1", "title": "Publish the practice framework", "lead": "Head of Practice",
          "start": "2024-01-01", "end": "2024-03-31", "status": "Green",
          "measure": "Framework published by 2024-03-31" }
      ]
    }

    """

  /// Broken JSON: a stray comma on line 4.
  static let brokenPlan = """
    {
      "id": "broken",
      "title": "Broken",
      "actions": [ { "ref": "1" ,, } ]
    }

    """

  /// A folder with the small plan under `plans/`.
  static func smallPlanFolder() throws -> TempDir {
    let dir = try TempDir()
    try dir.write(smallPlan, to: "plans/small.json")
    return dir
  }
}

/// SHA-free content fingerprint of every file under a folder: path and bytes.
func snapshot(of directory: String) -> [String: Data] {
  var result: [String: Data] = [:]
  let enumerator = FileManager.default.enumerator(atPath: directory)
  while let name = enumerator?.nextObject() as? String {
    let path = (directory as NSString).appendingPathComponent(name)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      result[name] = FileManager.default.contents(atPath: path)
    }
  }
  return result
}
