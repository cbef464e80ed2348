import Foundation
import PlanModel
import PlanReading
import RuleLanguage
import TestSupport
import Testing

@testable import RuleEngine

/// Replays the fuzz corpora through the ordinary (uninstrumented) code paths, as the fuzz
/// targets in Scripts/fuzz-targets/ drive them: every input that once crashed, hung or leaked
/// (Tests/FuzzCorpus/TARGET/) and every seed (Scripts/fuzz-targets/seeds/TARGET/) must load,
/// fail with diagnostics, or evaluate to an error — quickly, and never trap.
struct CorpusReplayTests {
  static let root = Golden.repositoryRoot()
  static let targets = ["json", "csv", "dates", "expr", "rules", "docx", "ods", "xlsx-styles"]
  /// Generous for a debug build; a regressed hang takes far longer.
  static let secondsPerInput = 5.0

  /// Every file of a target's regression corpus and seed corpus, as (name, bytes).
  static func inputs(_ target: String) -> [(name: String, bytes: [UInt8])] {
    ["Tests/FuzzCorpus/\(target)", "Scripts/fuzz-targets/seeds/\(target)"].flatMap { folder in
      let url = root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { name in
        FileManager.default.contents(atPath: url.appendingPathComponent(name).path)
          .map { ("\(folder)/\(name)", [UInt8]($0)) }
      }
    }
  }

  @Test(arguments: targets)
  func replay(_ target: String) throws {
    let inputs = CorpusReplayTests.inputs(target)
    #expect(!inputs.isEmpty, "no corpus for \(target)")
    for input in inputs {
      let clock = ContinuousClock()
      let elapsed = clock.measure { CorpusReplayTests.run(target, input.bytes, name: input.name) }
      #expect(
        elapsed < .seconds(CorpusReplayTests.secondsPerInput), "\(input.name) took \(elapsed)")
    }
  }

  /// The regression corpus holds only files this test can name in a failure.
  @Test func regressionCorpusFoldersAreKnownTargets() throws {
    let url = CorpusReplayTests.root.appendingPathComponent("Tests/FuzzCorpus")
    let folders = try FileManager.default.contentsOfDirectory(atPath: url.path)
      .filter { !$0.hasPrefix(".") && $0 != "README.md" }
    #expect(Set(folders).isSubset(of: CorpusReplayTests.targets), "\(folders)")
  }

  static func run(_ target: String, _ bytes: [UInt8], name: String) {
    switch target {
    case "json": json(bytes, name: name)
    case "csv", "docx", "ods", "xlsx-styles": table(target, bytes, name: name)
    case "dates": dates(bytes, name: name)
    case "expr": expr(bytes, name: name)
    case "rules": rules(bytes, name: name)
    default: Issue.record("unknown fuzz target \(target)")
    }
  }

  static let nowhere = "/nonexistent/plancheck-fuzz"

  static func json(_ bytes: [UInt8], name: String) {
    let result = PlanLoader().load(
      bytes: bytes, displayPath: "fuzz.json", baseDirectory: nowhere, format: .json)
    guard let plan = result.plan else {
      #expect(result.diagnostics.contains { $0.severity == .error }, "\(name)")
      return
    }
    for action in plan.actions {
      #expect(action.milestones.upperBound <= plan.milestones.count, "\(name)")
    }
    let written = PlanJSONEncoder.encode(plan)
    let again = PlanLoader().load(
      bytes: Array(written.utf8), displayPath: "again.json", baseDirectory: nowhere,
      format: .json)
    #expect(again.plan != nil, "\(name): the writer's JSON does not parse")
  }

  /// The table targets, read and checked as their fuzz targets do (`FuzzTableCase`).
  static func table(_ target: String, _ bytes: [UInt8], name: String) {
    guard let input = FuzzTableCase(target: target, input: bytes) else { return }
    let problems = input.broken()
    #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "; "))")
  }

  static func dates(_ bytes: [UInt8], name: String) {
    let text = String(decoding: bytes, as: UTF8.self)
    for order in DateOrder.allCases {
      for serials in [false, true] {
        let date = PlanDateParser(order: order, excelSerials: serials).parse(text)
        if let earliest = date.earliest {
          #expect(date.latest.map { earliest <= $0 } == true, "\(name)")
        } else {
          #expect(date.latest == nil, "\(name)")
        }
      }
    }
  }

  static let exprPlans: (current: Plan, previous: Plan) = {
    func plan(_ text: String) -> Plan {
      PlanLoader().load(
        bytes: Array(text.utf8), displayPath: "fuzz.json", baseDirectory: nowhere,
        format: .json
      ).plan ?? Plan(span: SourceSpan(file: "fuzz.json"))
    }
    let current = """
      {"id": "p", "title": "Plan", "asOf": "2024-06-30", "statusScheme": "bragg",
       "period": {"start": "2024-01-01", "end": "2024-12-31"},
       "inspection": {"type": "ILACS", "reportReceived": "2023-11-10"},
       "themes": [{"ref": "1", "title": "Leadership"}, {"ref": "2", "title": "Practice"}],
       "recommendations": [{"id": "R1", "text": "Improve supervision"},
                           {"id": "R2", "text": "Audit"}],
       "measures": [{"id": "M1", "text": "90% of audits good by 2024-09-30", "owner": "QA"}],
       "actions": [
         {"ref": "1.1", "title": "Audit files", "lead": "Jo Smith", "start": "2024-01-01",
          "end": "Q3 2024/25", "status": "Green", "recommendations": ["R1", "R2"],
          "dependsOn": ["1.3"], "evidence": "report", "Cost": "£10k",
          "milestones": [{"title": "Draft", "due": "2024-02-01", "done": true},
                         {"title": "Final", "due": "w/c 3 June 2024"}],
          "waivers": [{"rule": "overdue", "reason": "agreed", "until": "2024-12-31"}]},
         {"ref": "2.1", "title": "", "lead": "Team", "end": "ongoing", "status": "Blue"}]}
      """
    let previous = """
      {"id": "p", "title": "Plan", "asOf": "2024-03-31", "statusScheme": "bragg",
       "period": {"start": "2024-01-01", "end": "2024-12-31"},
       "themes": [{"ref": "1", "title": "Leadership"}],
       "recommendations": [{"id": "R1", "text": "Improve supervision"}],
       "actions": [
         {"ref": "1.1", "title": "Audit files", "lead": "Jo", "start": "2024-01-01",
          "end": "March 2024", "status": "Green", "recommendations": ["R1"],
          "milestones": [{"title": "Draft", "due": "2024-02-01", "done": true}]},
         {"ref": "1.2", "title": "Train staff", "lead": "", "end": "TBC", "status": "Red"}]}
      """
    return (plan(current), plan(previous))
  }()

  static func expr(_ bytes: [UInt8], name: String) {
    guard let selector = bytes.first else { return }
    let scopes: [ScopeKind?] = [nil] + ScopeKind.allCases.map { $0 }
    let scope = scopes[Int(selector) % scopes.count]
    let source = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let compiled: CompiledExpr
    do throws(ExprFailure) {
      compiled = try ExprCompiler.compile(source, scope: scope)
    } catch {
      #expect(!error.problems.isEmpty, "\(name)")
      _ = error.rendered(source: source)
      return
    }
    // The load-time cost estimate walks every compiled tree: it must end, and not trap.
    _ = compiled.estimatedCost()
    let params: [String: Value] = [
      "days": .int(30), "name": .string("a.*b"), "list": .list(.values([.int(1), .string("x")])),
    ]
    var context = EvalContext(
      plan: exprPlans.current, previous: exprPlans.previous,
      asOf: Day(year: 2024, month: 6, day: 30) ?? Day(ordinal: 0), params: params)
    context.budget = EvalBudget(steps: 20_000, elements: 20_000)
    let count = scope.map { context.plans.count($0.entityKind, $0.version) } ?? 1
    for entity in 0..<max(count, 1) {
      context.entity = entity
      context.previousEntity = entity
      if case .success(let value) = compiled.evaluate(in: &context) {
        _ = ValueFormatter.text(value)
      }
    }
  }

  static func rules(_ bytes: [UInt8], name: String) {
    let (definitions, loadDiagnostics) = RuleFileLoader.load(bytes: bytes, file: "fuzz.json")
    let (rules, compileDiagnostics) = RuleSet.compile(definitions)
    #expect(
      (loadDiagnostics + compileDiagnostics).allSatisfy { $0.span.file == "fuzz.json" },
      "\(name)")
    guard compileDiagnostics.isEmpty, !rules.rules.isEmpty else { return }
    let plan = exprPlans.current
    _ = Engine(rules: rules).check(
      plan, previous: plan, selection: RuleSelection(),
      asOf: Day(year: 2024, month: 6, day: 30) ?? Day(ordinal: 0))
  }
}
