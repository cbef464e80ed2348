import Foundation
import TestSupport
import Testing

/// SPEC §10, end to end: hostile files of every kind the CLI reads (plans, tables, configs,
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
      ("fifo.json", "'fifo.json' is not a regular file (a FIFO, socket or device); refusing to read it"),
      ("huge.json", "over the"),
      ("noise.json", "error: "),
      ("deep.json", "deep.json:1:513: error: nesting is deeper than 512 levels"),
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
    ("[1, 2, 3]", "r.json:1:1: error: a rule file holds a rule object or {\"rules\": [...]}, not an array"),
    ("\"rules\"", "r.json:1:1: error: a rule file holds a rule object or {\"rules\": [...]}, not a string"),
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
    #expect(run.err.hasPrefix(".plancheck.json:1:12: error: a rule must be an object"), "\(run.err)")
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
    #expect(explicit.err.contains("plans/small.json:2:3: error: unknown key 'id'"), "\(explicit.err)")
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

}
