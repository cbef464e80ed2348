import PlanModel

/// A report whose plan text tries everything: markup, quotes, CDATA ends, control
/// characters, ANSI escapes, emoji, right-to-left text, formula starts, workflow-command
/// text and a very long message.
enum HostileFixture {
  static let text =
    "=HYPERLINK(\"http://x\") <script>alert('x')</script> \"q\" 'a' ]]> &amp; "
    + "\u{0}\u{1}\u{1B}[31mred\u{1B}[0m \u{7F}\u{85} 🚨👩🏽‍💼 مرحبا بالعالم \u{202E}txt.exe "
    + "| `tick` *b* _i_ [l](http://x) # h $x$ %0A ::error::x, a:b\r\nnext line\n"
    + "-1 +1 @SUM \t tab"
  static let long = String(repeating: "long message 🚨 ", count: 625)

  static func report() -> Report {
    var report = Report(asOf: ReportFixture.day("2024-03-31"), failOn: .warning)
    report.tool.version = "0.1.0"
    report.rules = [
      RuleDescriptor(
        id: "missing-lead", title: text, severity: .error, scope: "action", rationale: text,
        tags: ["ownership"])
    ]
    let file = "plans/" + text.filter { $0 != "\u{0}" } + ".json"
    var plan = PlanResult(
      file: file, planID: text, title: text, plan: ReportFixture.plan(file: file, actions: 1))
    plan.ruleRuns = [RuleRun(ruleID: "missing-lead", evaluated: 1, errors: [])]
    report.plans = [plan]
    report.findings = [
      hostile(file: file, line: 3, message: text, ref: text),
      hostile(file: file, line: 4, message: long, ref: "2"),
      hostile(file: file, line: 5, message: "=1+1", ref: "+3"),
      hostile(
        file: file, line: 6, message: "-2", ref: "@4",
        suppression: .waiver(reason: text, span: SourceSpan(file: file, line: 6, column: 1))),
    ]
    report.skippedRules = [SkippedRule(id: "prev-rule", reason: text)]
    report.diagnostics = [
      Diagnostic(code: "hostile", severity: .warning, message: text, span: SourceSpan(file: file))
    ]
    return report
  }

  private static func hostile(
    file: String, line: Int, message: String, ref: String, suppression: Suppression? = nil
  ) -> Finding {
    Finding(
      ruleID: "missing-lead", severity: .error, message: message,
      span: SourceSpan(file: file, line: line, column: 2),
      entity: EntityRef(kind: .entity(.action), ref: ref), planID: text,
      fingerprint: ReportFixture.fingerprint(message, ref), suppression: suppression)
  }
}
