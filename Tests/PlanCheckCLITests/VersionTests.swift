import Foundation
import TestSupport
import Testing

@testable import PlanCheckCLI

/// The version is written once, as `PlanCheck.version`; everything else says or checks it.
struct VersionTests {
  @Test func printsVersion() {
    var io = CapturedIO(workingDirectory: "/")
    let status = PlanCheck.run(arguments: ["--version"], io: &io)
    #expect(status == 0)
    #expect(io.out == "plancheck \(PlanCheck.version)\n")
  }

  @Test func versionIsMajorMinorPatch() {
    // Scripts/release reads the version back from `--version` in this shape.
    let parts = PlanCheck.version.split(separator: ".", omittingEmptySubsequences: false)
    #expect(parts.count == 3)
    #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }, "\(PlanCheck.version)")
  }

  @Test func helpAndReportsCarryTheVersion() throws {
    #expect(CLIRun(["--help"], in: "/").out.hasPrefix("OVERVIEW: plancheck \(PlanCheck.version) "))
    let dir = try Fixture.smallPlanFolder()
    defer { dir.remove() }
    let json = CLIRun(["check", "plans", "--format", "json"], in: dir)
    #expect(json.out.contains("\"version\": \"\(PlanCheck.version)\""))
    let sarif = CLIRun(["check", "plans", "--format", "sarif"], in: dir)
    #expect(sarif.out.contains("\"semanticVersion\": \"\(PlanCheck.version)\""))
    let junit = CLIRun(["check", "plans", "--format", "junit"], in: dir)
    #expect(junit.out.contains(#"name="plancheck.version" value="\#(PlanCheck.version)""#))
  }

  /// Every release tag (`@vX.Y.Z`, `rev: vX.Y.Z`) in the files that tell people how to pin
  /// plancheck.
  static func releaseTags(in text: String) -> [String] {
    let pattern = #"(?:plancheck@|rev: )(v[0-9]+\.[0-9]+\.[0-9]+)"#
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  @Test(arguments: [".github/actions/plancheck/action.yml", ".pre-commit-hooks.yaml", "README.md"])
  func integrationsPinThisVersion(file: String) throws {
    let text = try String(
      contentsOf: URL(fileURLWithPath: Fixture.repositoryRoot).appendingPathComponent(file),
      encoding: .utf8)
    let tags = Self.releaseTags(in: text)
    #expect(!tags.isEmpty, "\(file) names no release tag")
    for tag in tags { #expect(tag == "v\(PlanCheck.version)", "\(file)") }
  }

  @Test func releaseScriptAsksTheBinary() throws {
    let script = try String(
      contentsOf: URL(fileURLWithPath: Fixture.repositoryRoot).appendingPathComponent(
        "Scripts/release"), encoding: .utf8)
    #expect(!script.contains(PlanCheck.version), "no second copy of the version")
    #expect(!script.contains("PlanCheck.swift)"), "not read from the source")
    #expect(script.contains(#"version="$("$bin" --version"#))
  }
}

extension Golden {
  /// `text` with plancheck's version (`plancheck 0.1.0`, `"version": "0.1.0"`,
  /// `value="0.1.0"`) replaced by `VERSION`, so goldens do not change with a release; the
  /// version itself is checked by VersionTests.
  static func maskingVersion(_ text: String) -> String {
    let version = PlanCheck.version
    return text.replacingOccurrences(of: "plancheck \(version) ", with: "plancheck VERSION ")
      .replacingOccurrences(of: "\"version\": \"\(version)\"", with: "\"version\": \"VERSION\"")
      .replacingOccurrences(of: "value=\"\(version)\"", with: "value=\"VERSION\"")
  }
}
