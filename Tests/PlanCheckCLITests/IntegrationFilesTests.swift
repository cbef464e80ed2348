import Foundation
import TestSupport
import Testing

@testable import PlanCheckCLI

/// The ready-made integrations (pre-commit hooks, the GitHub Action, the release script and
/// the README's CI recipes) parse, and name only commands and options plancheck has.
struct IntegrationFilesTests {
  static func read(_ relative: String) throws -> String {
    let url = URL(fileURLWithPath: Fixture.repositoryRoot).appendingPathComponent(relative)
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// Every `--option` after `plancheck <command>` in `text` that the command does not have.
  static func unknownOptions(in text: String, command: String = "check") -> [String] {
    guard let spec = PlanCheck.specs.first(where: { $0.command == command }) else {
      return ["no command '\(command)'"]
    }
    let known = Set(spec.options.map(\.name))
    var unknown: [String] = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index + 2 < scalars.count {
      defer { index += 1 }
      guard scalars[index] == "-", scalars[index + 1] == "-",
        index == 0 || " \t([\"'=,".unicodeScalars.contains(scalars[index - 1])
      else { continue }
      var end = index + 2
      while end < scalars.count,
        CharacterSet.lowercaseLetters.contains(scalars[end]) || scalars[end] == "-"
      {
        end += 1
      }
      let name = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
      if !name.isEmpty, !known.contains(name), !Self.notPlancheck.contains(name) {
        unknown.append("--" + name)
      }
      index = end
    }
    return unknown
  }

  /// Options of other tools that the files use (swift build, git, sha256sum).
  static let notPlancheck: Set<String> = [
    "package-path", "product", "show-bin-path", "static-swift-stdlib", "version",
    "show-toplevel", "verify", "quiet", "name-only",
  ]

  @Test func preCommitHooksParseAndRunRealCommands() throws {
    let hooks = try #require(
      try MiniYAML.parse(Self.read(".pre-commit-hooks.yaml")) as? [Any], "a list of hooks")
    #expect(!hooks.isEmpty)
    for case let hook as [String: Any] in hooks {
      let id = try #require(hook["id"] as? String)
      #expect(hook["language"] as? String == "swift", "\(id)")
      #expect(hook["name"] is String && hook["files"] is String, "\(id)")
      let entry = try #require(hook["entry"] as? String)
      let words = entry.split(separator: " ").map(String.init)
      #expect(words.first == "plancheck", "\(id): the product pre-commit builds")
      let command = try #require(words.dropFirst().first)
      #expect(Self.unknownOptions(in: entry, command: command) == [], "\(id)")
    }
    #expect(hooks.count == hooks.compactMap { ($0 as? [String: Any])?["id"] as? String }.count)
  }

  @Test func gitHubActionIsACompositeWithItsInputs() throws {
    let text = try Self.read(".github/actions/plancheck/action.yml")
    let action = try #require(try MiniYAML.parse(text) as? [String: Any])
    let runs = try #require(action["runs"] as? [String: Any])
    #expect(runs["using"] as? String == "composite")
    let inputs = try #require(action["inputs"] as? [String: Any])
    for name in ["paths", "formats", "fail-on", "compare-to", "upload-sarif"] {
      #expect(inputs[name] is [String: Any], "input \(name)")
    }
    let steps = try #require(runs["steps"] as? [[String: Any]])
    let uses = steps.compactMap { $0["uses"] as? String }
    #expect(uses.contains { $0.hasPrefix("actions/cache@") }, "the built binary is cached")
    #expect(uses.contains { $0.hasPrefix("github/codeql-action/upload-sarif@") })
    let scripts = steps.compactMap { $0["run"] as? String }.joined(separator: "\n")
    #expect(scripts.contains("swift build -c release"))
    for script in steps.compactMap({ $0["run"] as? String }) {
      #expect(try Self.bashParses(Self.withoutExpressions(script)), "\(script.prefix(80))")
    }
    #expect(Self.unknownOptions(in: scripts) == [])
    // Every `inputs.X` the steps read is declared.
    let used = text.components(separatedBy: "inputs.").dropFirst().compactMap {
      $0.split(whereSeparator: { !$0.isLetter && $0 != "-" }).first.map(String.init)
    }
    for name in used { #expect(inputs[name] != nil, "inputs.\(name) is not declared") }
    // Formats named in the defaults and documentation exist.
    let formats = try #require((inputs["formats"] as? [String: Any])?["default"] as? String)
    for format in formats.split(separator: " ") {
      #expect(
        (try? FormatRequest.request(String(format)).get()) != nil,
        "\(format)")
    }
  }

  /// `${{ … }}` expressions replaced by a word, as the runner substitutes them.
  static func withoutExpressions(_ script: String) -> String {
    var result = script
    while let open = result.range(of: "${{"),
      let close = result.range(of: "}}", range: open.upperBound..<result.endIndex)
    {
      result.replaceSubrange(open.lowerBound..<close.upperBound, with: "value")
    }
    return result
  }

  /// Whether `bash -n` accepts the script.
  static func bashParses(_ script: String) throws -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["bash", "-n"]
    let input = Pipe()
    process.standardInput = input
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data(script.utf8))
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  @Test func releaseScriptBuildsAStaticBinaryWithAChecksum() throws {
    let path = URL(fileURLWithPath: Fixture.repositoryRoot).appendingPathComponent(
      "Scripts/release"
    ).path
    let script = try Self.read("Scripts/release")
    #expect(script.contains("--static-swift-stdlib"))
    #expect(script.contains("sha256sum"))
    #expect(FileManager.default.isExecutableFile(atPath: path))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["bash", "-n", path]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "bash -n Scripts/release")
  }

  /// The README's CI section shows each integration, and its commands are real ones.
  @Test func readmeCISectionShowsEachIntegration() throws {
    let readme = try Self.read("README.md")
    let start = try #require(readme.range(of: "\n## CI\n"))
    let rest = readme[start.upperBound...]
    let section = String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    for needle in [
      ".pre-commit-hooks.yaml", "id: plancheck", ".github/actions/plancheck", "--format gitlab",
      "codequality", "Scripts/release", "--static-swift-stdlib", "sha256sum -c",
    ] {
      #expect(section.contains(needle), "\(needle)")
    }
    for line in section.split(separator: "\n") where line.contains("plancheck check") {
      #expect(Self.unknownOptions(in: String(line)) == [], "\(line)")
    }
  }
}

extension IntegrationFilesTests {
  /// The checks above can fail: a mistyped option and broken YAML are caught.
  @Test func theChecksCatchMistakes() {
    #expect(Self.unknownOptions(in: "plancheck check . --fail-onn error") == ["--fail-onn"])
    #expect(Self.unknownOptions(in: "plancheck check . --format gitlab --min-severity error") == [])
    #expect(throws: MiniYAML.Failure.self) { try MiniYAML.parse("a:\n  b: 1\n c: 2\n") }
    #expect(throws: MiniYAML.Failure.self) { try MiniYAML.parse("a: \"open\n") }
    #expect(throws: MiniYAML.Failure.self) { try MiniYAML.parse("a: 1\na: 2\n") }
    #expect((try? Self.bashParses("if true; then echo")) == false)
    #expect((try? Self.bashParses("if true; then echo; fi")) == true)
    let parsed = try? MiniYAML.parse("- id: x\n  entry: plancheck check\n- id: y\n") as? [Any]
    #expect(parsed?.count == 2)
  }
}
