import Foundation
import JSONSyntax
import PlanModel

/// Accepted findings recorded by fingerprint (`--write-baseline`), so a gate fails only on new
/// ones (`--baseline`) and entries that no longer occur can be pruned.
package struct Baseline: Sendable, Equatable, Codable {
  package struct Entry: Sendable, Equatable, Codable {
    package var fingerprint: String
    package var rule: String
    package var plan: String
    package var entity: String
    package var message: String
  }

  package var version = 1
  package var entries: [Entry]

  package init(findings: [Finding]) {
    var seen: Set<String> = []
    entries = findings.filter { seen.insert($0.fingerprint).inserted }.map {
      Entry(
        fingerprint: $0.fingerprint, rule: $0.ruleID, plan: $0.planID,
        entity: $0.entity.description, message: $0.message)
    }.sorted {
      ($0.plan, $0.rule, $0.entity, $0.fingerprint) < ($1.plan, $1.rule, $1.entity, $1.fingerprint)
    }
  }

  package var fingerprints: Set<String> { Set(entries.map(\.fingerprint)) }

  package func encoded() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8)
    else {
      return "{}\n"
    }
    return text + "\n"
  }

  package static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> Baseline {
    // Syntax first, with our parser: its errors have a line and column, and its depth limit
    // holds for a hostile file.
    if case .failure(let syntax) = JSONParser.parse(bytes, file: file) {
      throw Diagnostic(
        code: "baseline-invalid",
        message: "not a plancheck baseline (\(syntax.message)); write one with --write-baseline",
        span: syntax.span)
    }
    do {
      let baseline = try JSONDecoder().decode(Baseline.self, from: Data(bytes))
      guard baseline.version == 1 else {
        throw Diagnostic(
          code: "baseline-version", message: "unsupported baseline version \(baseline.version)",
          span: SourceSpan(file: file, line: 1, column: 1))
      }
      return baseline
    } catch let diagnostic as Diagnostic {
      throw diagnostic
    } catch {
      throw Diagnostic(
        code: "baseline-invalid",
        message: "not a plancheck baseline (\(error.localizedDescription)); "
          + "write one with --write-baseline",
        span: SourceSpan(file: file, line: 1, column: 1))
    }
  }

  /// Marks findings in the baseline as suppressed and returns the entries that no longer occur.
  package func apply(to findings: inout [Finding]) -> [String] {
    let known = fingerprints
    var occurring: Set<String> = []
    for index in findings.indices where known.contains(findings[index].fingerprint) {
      occurring.insert(findings[index].fingerprint)
      if findings[index].suppression == nil { findings[index].suppression = .baseline }
    }
    return entries.filter { !occurring.contains($0.fingerprint) }.map {
      "\($0.plan) \($0.rule) \($0.entity) (\($0.fingerprint))"
    }
  }
}
