import Foundation

/// Golden-file comparison: the expected text lives next to the test (found through `#filePath`).
/// Set `RECORD_GOLDEN=1` to re-record; a golden diff is reviewed like code.
package enum Golden {
  /// Returns nil when `actual` matches the golden file (or was just recorded), else a diff summary.
  package static func check(
    _ actual: String, named name: String, filePath: String = #filePath
  ) -> String? {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden")
    let url = directory.appendingPathComponent(name)
    if let refused = recordingRefused() { return refused }
    if isRecording() {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: url, options: .atomic)
      return nil
    }
    guard let data = try? Data(contentsOf: url), let expected = String(data: data, encoding: .utf8)
    else {
      return "missing golden file \(url.path); run RECORD_GOLDEN=1 swift test to record it"
    }
    guard expected != actual else { return nil }
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(e.count, a.count) {
      let el = index < e.count ? String(e[index]) : "<end>"
      let al = index < a.count ? String(a[index]) : "<end>"
      if el != al {
        return "golden \(name) differs at line \(index + 1):\n  expected: \(el)\n  actual:   \(al)"
      }
    }
    return "golden \(name) differs"
  }

  /// Whether `RECORD_GOLDEN=1` asks for goldens to be re-recorded instead of compared.
  package static func isRecording(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    environment["RECORD_GOLDEN"] == "1"
  }

  /// Why recording is refused: in CI (`CI`, as GitHub and GitLab set it, or `PLANCHECK_CI`,
  /// as `.ci/run` sets it) every golden would pass without being compared. Nil otherwise.
  package static func recordingRefused(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    let ci = [environment["CI"], environment["PLANCHECK_CI"]].contains {
      ($0 ?? "").isEmpty == false
    }
    guard isRecording(environment), ci else { return nil }
    return
      "RECORD_GOLDEN=1 is set in CI, where every golden would pass without being compared; unset it"
  }

  /// `text` with the number of rules a run used replaced by `N` (the summary line's
  /// ", 66 rules:" and a JSON summary's `"rules": 66`), so goldens of runs over the shipped
  /// catalogue do not change when a rule is added. `Scripts/dogfood` masks the same way; the
  /// count itself is checked once, against the files in `Rules/` (GoldenHygieneTests).
  package static func maskingRuleCount(_ text: String) -> String {
    var out = text
    for (pattern, template) in [
      (#", [0-9]+ (rules?): "#, ", N $1: "), (#""rules": [0-9]+,"#, #""rules": "N","#),
    ] {
      guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
      out = regex.stringByReplacingMatches(
        in: out, range: NSRange(out.startIndex..., in: out), withTemplate: template)
    }
    return out
  }

  /// The repository root, found from this file's path.
  package static func repositoryRoot(filePath: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
    }
    return url
  }
}
