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
}
