import Foundation
import TestSupport
import Testing

/// Robustness, end to end: hostile files of every kind the CLI reads (plans, tables, configs,
/// rule files, baselines) and hostile places to write. Each gets a message naming the file and
/// what is wrong, the documented exit status (1: the plan is reported invalid; 2: the run
/// could not start), and no report, temporary or half-written file left behind.
///
/// Parser-level hostility (deep JSON, broken quoting, 10 MB cells, random bytes) is in
/// JSONParserHostileTests, CSVHostileInputTests and PlanDateHostileTests; the fuzz
/// regression corpus is replayed by CorpusReplayTests.
struct HostileInputTests {
  /// Files under `dir` other than the given inputs: what a failed run must not have left.
  static func written(_ dir: TempDir, besides inputs: Set<String>) -> [String] {
    dir.files().filter { !inputs.contains($0) }
  }

  static func writeBytes(_ bytes: [UInt8], to relative: String, in dir: TempDir) throws {
    let url = dir.url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  /// Deterministic noise, high bytes and NULs included.
  static func noise(_ count: Int, seed: UInt64) -> [UInt8] {
    var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
  }

  static let outputs = ["--format", "json:out.json", "--format", "junit:out.xml"]

  // MARK: Settings files: config, rules, baseline

  enum Setting: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case config, rules, baseline
    var option: String { "--\(rawValue)" }
    var testDescription: String { option }
    var kind: String { rawValue == "rules" ? "rule file" : "\(rawValue) file" }
  }

  /// A FIFO, a device, a huge sparse file, binary noise and 100,000-deep JSON, given as a
  /// config, rule or baseline file: exit 2, the file named, nothing written, no hang.
  @Test(arguments: Setting.allCases)
  func hostileSettingsFiles(_ setting: Setting) throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    #expect(mkfifo(dir.path + "/fifo.json", 0o600) == 0)
    let sparse = dir.url.appendingPathComponent("huge.json")
    #expect(FileManager.default.createFile(atPath: sparse.path, contents: nil))
    #expect(truncate(sparse.path, 600 * 1_048_576) == 0, "a sparse 600 MB file")
    try HostileInputTests.writeBytes(
      HostileInputTests.noise(4096, seed: 7), to: "noise.json", in: dir)
    try dir.write(String(repeating: "[", count: 100_000), to: "deep.json")
    try dir.write("{\"a\":" + String(repeating: "{\"a\":", count: 100_000), to: "deepo.json")
    let inputs = Set(dir.files())
    var cases: [(file: String, message: String)] = [
      (
        "fifo.json",
        "'fifo.json' is not a regular file (a FIFO, socket or device); refusing to read it"
      ),
      ("huge.json", "over the"),
      ("noise.json", "error: "),
      ("deep.json", "deep.json:1:513: error: "),
      ("deepo.json", "deepo.json:1:"),
    ]
    if setting != .rules {  // a folder of rules is a rules folder
      try FileManager.default.createDirectory(
        at: dir.url.appendingPathComponent("folder.json"), withIntermediateDirectories: true)
      cases.append(("folder.json", "'folder.json' is a directory; expected a \(setting.kind)"))
    }
    for (file, message) in cases {
      let run = CLIRun(
        ["check", "plans", setting.option, file] + HostileInputTests.outputs
          + ["--write-baseline", "b.json"], in: dir)
      #expect(run.status == 2, "\(file): \(run.err)")
      #expect(run.err.hasPrefix(file), "\(file): \(run.err)")
      #expect(run.err.contains(message), "\(file): \(run.err)")
      #expect(run.out.isEmpty)
      #expect(HostileInputTests.written(dir, besides: inputs).isEmpty, "\(file)")
    }
  }

  @Test func aCharacterDeviceAsAConfigIsRefused() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(["check", "plans", "--config", "/dev/zero"], in: dir)
    #expect(run.status == 2)
    #expect(run.err.hasPrefix("/dev/zero: error: '/dev/zero' is not a regular file"))
  }

  /// Valid JSON that is not a rule file: every shape is an error at its line and column.
  @Test(arguments: [
    (
      "[1, 2, 3]",
      "r.json:1:1: error: a rule file holds a rule object or {\"rules\": [...]}, not an array"
    ),
    (
      "\"rules\"",
      "r.json:1:1: error: a rule file holds a rule object or {\"rules\": [...]}, not a string"
    ),
    ("null", "r.json:1:1: error: a rule file holds a rule object or {\"rules\": [...]}, not null"),
    ("{\"rules\": 5}", "r.json:1:11: error: 'rules' must be an array of rule objects"),
    ("{\"rules\": [7]}", "r.json:1:12: error: a rule must be an object, not a number"),
    ("{}", "r.json:1:1: error: missing required key 'id'"),
    ("{\"id\": 5, \"scope\": [], \"check\": {}, \"message\": null}", "r.json:1:8: error: "),
    (
      "{\"id\": \"x\", \"scope\": \"galaxy\", \"check\": \"true\", \"message\": \"m\"}",
      "r.json:1:22: error: "
    ),
    (
      "{\"id\": \"x\", \"scope\": \"action\", \"check\": \"lead +\", \"message\": \"m\"}",
      "r.json:1:"
    ),
    (
      "{\"id\": \"x\", \"scope\": \"action\", \"check\": \"true\", \"message\": \"m\", \"when\": 1e999}",
      "r.json:1:"
    ),
  ])
  func nonsenseRuleFiles(text: String, message: String) throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write(text, to: "r.json")
    let inputs = Set(dir.files())
    let run = CLIRun(["check", "plans", "--rules", "r.json"] + HostileInputTests.outputs, in: dir)
    #expect(run.status == 2, "\(run.err)")
    #expect(run.err.hasPrefix(message), "\(run.err)")
    #expect(run.out.isEmpty)
    #expect(HostileInputTests.written(dir, besides: inputs).isEmpty)
  }

  /// A config whose rule list names the config itself, or its own folder: the config is read
  /// as a rule file and refused with its name, or skipped as a hidden file.
  @Test func configThatPointsAtItself() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write("{\"rules\": [\".plancheck.json\"]}", to: ".plancheck.json")
    let inputs = Set(dir.files())
    let run = CLIRun(["check", "plans"] + HostileInputTests.outputs, in: dir)
    #expect(run.status == 2)
    #expect(
      run.err.hasPrefix(".plancheck.json:1:12: error: a rule must be an object"), "\(run.err)")
    #expect(HostileInputTests.written(dir, besides: inputs).isEmpty)

    // Its own folder: the hidden config is skipped, but the plans beside it are read as
    // rule files, and refused by name.
    try dir.write("{\"rules\": [\".\"]}", to: ".plancheck.json")
    let folder = CLIRun(["check", "plans", "-q"], in: dir)
    #expect(folder.status == 2)
    #expect(folder.err.hasPrefix("./plans/small.json:"), "\(folder.err)")
    #expect(folder.err.contains("error: unknown key 'asOf' in rule"), "\(folder.err)")
    #expect(!folder.err.contains(".plancheck.json"), "\(folder.err)")

    let explicit = CLIRun(["check", "plans", "--config", "plans/small.json"], in: dir)
    #expect(explicit.status == 2)
    #expect(
      explicit.err.contains("plans/small.json:2:3: error: unknown key 'id'"), "\(explicit.err)")
  }

  /// A plan whose action table is the plan itself: read as CSV, reported, never a loop.
  @Test func planWhoseTableIsItself() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    try dir.write("{\"id\": \"p\", \"actions\": {\"file\": \"p.json\"}}\n", to: "p.json")
    let run = CLIRun(["check", "p.json", "--color", "never", "--as-of", "2024-01-01"], in: dir)
    #expect(run.status == 1)
    #expect(run.out.hasPrefix("p.json\n"), "\(run.out)")
    #expect(dir.files() == ["p.json"])
  }

  // MARK: Plans

  /// Plans that are not plans: each is an `invalid-plan` error naming the file, the run goes
  /// on to the next plan, and the exit status is 1.
  @Test func hostilePlanFiles() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    try dir.write(Fixture.cleanPlan, to: "plans/a-clean.json")
    try HostileInputTests.writeBytes(
      HostileInputTests.noise(8192, seed: 1), to: "plans/noise.json", in: dir)
    try HostileInputTests.writeBytes(
      HostileInputTests.noise(8192, seed: 2), to: "plans/noise.csv", in: dir)
    try dir.write(String(repeating: "[", count: 100_000), to: "plans/deep.json")
    // Truncated inside a two-byte sequence (é is C3 A9), and a raw NUL inside a string.
    try HostileInputTests.writeBytes(
      Array("{\"id\": \"caf".utf8) + [0xC3], to: "plans/truncated.json", in: dir)
    try HostileInputTests.writeBytes(
      Array("{\"id\": \"a".utf8) + [0] + Array("b\"}".utf8), to: "plans/nul.json", in: dir)
    #expect(mkfifo(dir.path + "/plans/fifo.json", 0o600) == 0)
    try FileManager.default.createDirectory(
      at: dir.url.appendingPathComponent("plans/folder.json/inner"),
      withIntermediateDirectories: true)
    let sparse = dir.path + "/plans/huge.csv"
    #expect(FileManager.default.createFile(atPath: sparse, contents: nil))
    #expect(truncate(sparse, 513 * 1_048_576) == 0)
    let inputs = Set(dir.files())
    let run = CLIRun(
      ["check", "plans", "--only", "missing-lead", "--color", "never", "--as-of", "2024-01-31"]
        + HostileInputTests.outputs, in: dir)
    #expect(run.status == 1)
    let report = try #require(dir.read("out.json"))
    for (file, message) in [
      ("plans/deep.json", "nesting is deeper than 512 levels"),
      ("plans/truncated.json", "invalid UTF-8"),
      ("plans/nul.json", "a control character is not allowed inside a string"),
      ("plans/fifo.json", "is not a regular file"),
      ("plans/huge.csv", "over the 512 MB limit for plan files"),
      ("plans/noise.json", ""),
    ] {
      #expect(report.contains("\"\(file)\""), "\(file) is reported")
      #expect(message.isEmpty || report.contains(message), "\(file): \(message)")
    }
    #expect(report.contains("a-clean"), "the good plan is still checked")
    #expect(HostileInputTests.written(dir, besides: inputs) == ["out.json", "out.xml"])
  }

  /// `--compare-to` and a named plan that are folders, FIFOs or missing: exit 2.
  @Test func comparedPlanThatIsNotAFile() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    #expect(mkfifo(dir.path + "/old.json", 0o600) == 0)
    let inputs = Set(dir.files())
    for (path, message) in [
      ("plans", "plans: error: 'plans' is a directory; expected a plan file"),
      ("old.json", "old.json: error: 'old.json' is not a regular file"),
    ] {
      let run = CLIRun(
        ["check", "plans/small.json", "--compare-to", path] + HostileInputTests.outputs, in: dir)
      #expect(run.status == 2, "\(path): \(run.err)")
      #expect(run.err.hasPrefix(message), "\(run.err)")
      #expect(HostileInputTests.written(dir, besides: inputs).isEmpty)
    }
  }

  /// Root reads a mode-000 file regardless (these tests usually run as root in CI
  /// containers), so the refusal can only be checked as another user.
  @Test(.enabled(if: getuid() != 0, "root can read a mode-000 file"))
  func unreadablePlan() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let path = dir.path + "/plans/small.json"
    #expect(chmod(path, 0) == 0)
    defer { chmod(path, 0o644) }
    let run = CLIRun(["check", "plans/small.json", "--format", "json"], in: dir)
    #expect(run.status == 1)
    #expect(run.out.contains("cannot read 'plans/small.json': permission denied"))
  }

  // MARK: Cells

  /// A cell holding every byte value 0x00–0xFF (not UTF-8, so read as Windows-1252), and one
  /// without the NUL: every report format stays well-formed. (Enough ordinary rows follow
  /// that the 32 control bytes are under the 5% that makes a file binary.)
  @Test func everyByteValueInACell() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    func table(_ cell: [UInt8]) -> [UInt8] {
      // The title cell, quoted with its quote byte doubled; the lead is empty (missing-lead).
      let quoted = cell.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] }
      let filler = (2...30).map { "\($0),Ordinary action \($0),Jo Smith,31/12/2024,Green\n" }
      return Array("Ref,Action,Lead,End date,RAG\n1.1,\"".utf8) + quoted
        + Array("\",,31/12/2024,Green\n".utf8) + Array(filler.joined().utf8)
    }
    try HostileInputTests.writeBytes(table(Array(1...255)), to: "plans/bytes.csv", in: dir)
    try HostileInputTests.writeBytes(table(Array(0...255)), to: "plans/nul.csv", in: dir)
    let formats = SafetyTests.everyFormat.flatMap { ["--format", "\($0):out/r.\($0)"] }
    try FileManager.default.createDirectory(
      at: dir.url.appendingPathComponent("out"), withIntermediateDirectories: true)
    let run = CLIRun(
      ["check", "plans", "--as-of", "2024-01-31", "--format", "text:out/r.txt"] + formats, in: dir)
    #expect(run.status == 1, "\(run.err)")
    let text = try #require(dir.read("out/r.txt"))
    #expect(!text.contains("invalid-plan"), "\(text)")
    #expect(text.contains("2 plans, 60 actions"), "\(text)")
    for format in ["json", "sarif"] {
      let data = try #require(FileManager.default.contents(atPath: dir.path + "/out/r.\(format)"))
      #expect(throws: Never.self, "\(format)") { try JSONSerialization.jsonObject(with: data) }
    }
    let xml = try #require(dir.read("out/r.junit"))
    #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && ![9, 10, 13].contains($0.value) })
    #expect(xml.contains("missing-lead"))
    for format in SafetyTests.everyFormat {
      let report = try #require(dir.read("out/r.\(format)"), "\(format)")
      #expect(!report.unicodeScalars.contains { $0.value == 0 }, "\(format): no NUL")
      #expect(report.contains("plans/bytes.csv") && report.contains("plans/nul.csv"), "\(format)")
    }
  }

  /// CSV that ends inside a UTF-8 sequence or holds NULs is read (falling back to
  /// Windows-1252 where it is not UTF-8), never a crash.
  @Test func truncatedUTF8AndNULsInATable() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    try HostileInputTests.writeBytes(
      Array("Ref,Action,Lead\n1,Caf\u{E9} visits,Jo\n2,Na".utf8) + [0xE2, 0x82],
      to: "plans/cut.csv", in: dir)
    try HostileInputTests.writeBytes(
      Array("Ref,Action,Lead\n1,A\0B,\0\n\0\0\0\n2,C,D\n".utf8), to: "plans/nul.csv", in: dir)
    let run = CLIRun(["check", "plans", "--format", "json", "--as-of", "2024-01-31"], in: dir)
    #expect(run.status == 1, "\(run.err)")
    let report = try #require(run.out.data(using: .utf8))
    #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: report) }
    #expect(run.out.contains("\"plans/cut.csv\"") && run.out.contains("\"plans/nul.csv\""))
  }

  /// One million columns: read (in seconds, not minutes), and the run ends normally.
  @Test func oneMillionColumns() throws {
    let dir = try TempDir()
    defer { dir.remove() }
    let count = 1_000_000
    var header = "Ref,Action,Lead"
    var row = "1,Audit files,Jo"
    header.reserveCapacity(count * 8)
    row.reserveCapacity(count * 2)
    for index in 3..<count {
      header += ",C\(index)"
      row += ",v"
    }
    try dir.write(header + "\n" + row + "\n", to: "wide.csv")
    let run = CLIRun(
      ["check", "wide.csv", "--only", "missing-lead", "--format", "json:out.json"], in: dir)
    #expect(run.status == 0, "\(run.err)")
    #expect(dir.read("out.json")?.contains("\"actions\" : 1") ?? false || dir.exists("out.json"))
  }

  // MARK: Expressions

  /// Over-long and over-deep expressions in a rule file: exit 2 at the rule's `check`.
  @Test(arguments: [
    (String(repeating: "1 + ", count: 25_001) + "1", "expression is longer than 100000 bytes"),
    (
      String(repeating: "(", count: 101) + "true" + String(repeating: ")", count: 101),
      "expression nests more than 100 levels deep"
    ),
    ("title.matches('(a+)+$')", "nested repetition can backtrack catastrophically"),
  ])
  func expressionLimitsInARuleFile(check: String, message: String) throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let rule = """
      {"id": "x", "scope": "action", "check": "\(check)", "message": "m"}
      """
    try dir.write(rule, to: "r.json")
    let inputs = Set(dir.files())
    let run = CLIRun(["check", "plans", "--rules", "r.json"] + HostileInputTests.outputs, in: dir)
    #expect(run.status == 2)
    #expect(run.err.hasPrefix("r.json:1:"), "\(run.err.prefix(200))")
    #expect(run.err.contains(message), "\(run.err.prefix(300))")
    #expect(HostileInputTests.written(dir, besides: inputs).isEmpty)
  }

  // MARK: Outputs

  /// A report path through a symbolic link replaces the file linked to and keeps the link.
  @Test func outputThroughASymbolicLink() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write("old\n", to: "reports/real.json")
    try FileManager.default.createSymbolicLink(
      atPath: dir.path + "/link.json", withDestinationPath: "reports/real.json")
    let run = CLIRun(["check", "plans", "--format", "json:link.json"], in: dir)
    #expect(run.status == 1)
    let kind = try FileManager.default.attributesOfItem(atPath: dir.path + "/link.json")[.type]
    #expect(kind as? FileAttributeType == .typeSymbolicLink, "the link is kept")
    #expect(dir.read("reports/real.json")?.hasPrefix("{") == true)
    #expect(!dir.files().contains { $0.hasSuffix(".tmp") })
  }

  /// `-o` naming a device is written through; renaming over it would replace the device
  /// node (as root, `-o /dev/null` replaced /dev/null with a regular file).
  @Test func outputToADeviceKeepsTheDevice() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let device = dir.path + "/null"
    guard mknod(device, S_IFCHR | 0o666, (1 << 8) | 3) == 0 else { return }  // not root
    let run = CLIRun(["check", "plans", "--format", "json", "-o", "null"], in: dir)
    #expect(run.status == 1, "\(run.err)")
    var info = stat()
    #expect(stat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "still a device")
    #expect(dir.files() == ["null", "plans/small.json"])
  }

  /// `-o` naming a FIFO writes into it (a reader gets the report) and keeps the FIFO.
  @Test func outputToAFIFO() async throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let fifo = dir.path + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = Task.detached { FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() }
    let run = CLIRun(["check", "plans", "--format", "json", "-o", "pipe"], in: dir)
    #expect(run.status == 1, "\(run.err)")
    let received = await reader.value
    #expect(received.map { String(decoding: $0, as: UTF8.self).hasPrefix("{") } == true)
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
  }

  @Test func outputThatIsAFolder() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write("x", to: "out.json/keep")
    let run = CLIRun(["check", "plans", "--format", "json", "-o", "out.json"], in: dir)
    #expect(run.status == 2)
    #expect(run.err == "out.json: error: cannot write: it is a folder\n")
    #expect(dir.files() == ["out.json/keep", "plans/small.json"])
  }

  /// A broken `--baseline` is found before `--write-baseline` writes anything.
  @Test func brokenBaselineWritesNothing() throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    try dir.write("{\"version\": 1, \"findings\": [", to: "old.json")
    let inputs = Set(dir.files())
    let run = CLIRun(
      ["check", "plans", "--baseline", "old.json", "--write-baseline", "new.json"]
        + HostileInputTests.outputs, in: dir)
    #expect(run.status == 2)
    #expect(run.err.hasPrefix("old.json:1:"), "a located syntax error: \(run.err)")
    #expect(HostileInputTests.written(dir, besides: inputs).isEmpty)
  }

  /// Outputs into a missing folder, for every writer: exit 2 and nothing written.
  @Test(arguments: [
    ["check", "plans", "--write-baseline", "gone/b.json"],
    ["check", "plans", "--format", "sarif:gone/r.sarif"],
    ["convert", "plans/small.json", "-o", "gone/p.json"],
  ])
  func outputIntoAMissingFolder(arguments: [String]) throws {
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let run = CLIRun(arguments, in: dir)
    #expect(run.status == 2, "\(run.err)")
    #expect(run.err.contains("gone/"), "\(run.err)")
    #expect(run.err.contains("does not exist"), "\(run.err)")
    #expect(dir.files() == ["plans/small.json"])
  }
}
