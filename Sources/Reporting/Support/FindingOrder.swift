import PlanModel

/// The one order findings are shown in, so every format lists them alike.
package enum FindingOrder {
  /// By file, line, column and rule id, then message and fingerprint so ties
  /// are broken the same way on every run.
  /// The run already sorts them in place, so this is usually a check that copies nothing.
  package static func sorted(_ findings: [Finding]) -> [Finding] {
    isSorted(findings) ? findings : findings.sorted(by: precedes)
  }

  private static func isSorted(_ findings: [Finding]) -> Bool {
    zip(findings, findings.dropFirst()).allSatisfy { !precedes($1, $0) }
  }

  /// Sorts `findings` into `precedes` order, comparing integer keys: files and rule ids are
  /// ranked once, so only findings tied on file, line, column and rule compare strings.
  /// The same order as `sort(by: precedes)` (ties keep their input order, as that stable
  /// sort keeps them).
  package static func sortInPlace(_ findings: inout [Finding]) {
    guard findings.count > 1 else { return }
    func ranks(_ names: some Sequence<String>) -> [String: Int32] {
      var ranks: [String: Int32] = [:]
      for (rank, name) in Set(names).sorted().enumerated() { ranks[name] = Int32(rank) }
      return ranks
    }
    let files = ranks(findings.lazy.map(\.span.file))
    let rules = ranks(findings.lazy.map(\.ruleID))
    struct Key {
      var file: Int32
      var rule: Int32
      var line: Int
      var column: Int
      var index: Int
    }
    var keys = findings.indices.map { index in
      let finding = findings[index]
      return Key(
        file: files[finding.span.file] ?? 0, rule: rules[finding.ruleID] ?? 0,
        line: finding.span.line, column: finding.span.column, index: index)
    }
    keys.sort { a, b in
      if a.file != b.file { return a.file < b.file }
      if a.line != b.line { return a.line < b.line }
      if a.column != b.column { return a.column < b.column }
      if a.rule != b.rule { return a.rule < b.rule }
      let (lhs, rhs) = (findings[a.index], findings[b.index])
      if lhs.message != rhs.message { return lhs.message < rhs.message }
      if lhs.fingerprint != rhs.fingerprint { return lhs.fingerprint < rhs.fingerprint }
      return a.index < b.index
    }
    if keys.indices.allSatisfy({ keys[$0].index == $0 }) { return }
    findings = keys.map { findings[$0.index] }
  }

  /// Errors, then warnings, then infos; each level in `sorted` order.
  package static func bySeverity(_ findings: [Finding]) -> [Finding] {
    findings.sorted { lhs, rhs in
      lhs.severity != rhs.severity ? lhs.severity > rhs.severity : precedes(lhs, rhs)
    }
  }

  package static func precedes(_ lhs: Finding, _ rhs: Finding) -> Bool {
    if lhs.span.file != rhs.span.file { return lhs.span.file < rhs.span.file }
    if lhs.span.line != rhs.span.line { return lhs.span.line < rhs.span.line }
    if lhs.span.column != rhs.span.column { return lhs.span.column < rhs.span.column }
    if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
    if lhs.message != rhs.message { return lhs.message < rhs.message }
    return lhs.fingerprint < rhs.fingerprint
  }

  /// Diagnostics by file, line, column, then code.
  package static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.sorted { lhs, rhs in
      if lhs.span.file != rhs.span.file { return lhs.span.file < rhs.span.file }
      if lhs.span.line != rhs.span.line { return lhs.span.line < rhs.span.line }
      if lhs.span.column != rhs.span.column { return lhs.span.column < rhs.span.column }
      if lhs.code != rhs.code { return lhs.code < rhs.code }
      return lhs.message < rhs.message
    }
  }
}
