import Foundation
import PlanModel
import PlanReading
import RuleEngine

/// `plancheck-bench --engine PLAN`: loads the plan once, then times the full rule set and each
/// rule alone in-process, so evaluation cost can be measured (and profiled) apart from reading.
enum EngineBench {
  static func run(planPath: String, repeats: Int, only: Set<String>? = nil) {
    let started = DispatchTime.now().uptimeNanoseconds
    let loaded = PlanLoader().load(path: planPath, displayPath: planPath)
    guard let plan = loaded.plan else {
      print("cannot load \(planPath): \(loaded.diagnostics.first?.formatted ?? "?")")
      return
    }
    let loadSeconds = seconds(since: started)
    let (definitions, _) = BuiltinRules.load()
    let (compiled, problems) = RuleSet.compile(definitions)
    let rules =
      only.map { ids in RuleSet(rules: compiled.rules.filter { ids.contains($0.id) }) } ?? compiled
    guard problems.isEmpty else {
      print("rules do not compile: \(problems.first?.formatted ?? "?")")
      return
    }
    let asOf = plan.asOf.earliest ?? Day(ordinal: 0)
    print(
      "loaded \(plan.actions.count) actions in \(format(loadSeconds)) s; "
        + "resident \(megabytes(.current)) MB, peak \(megabytes(.peak)) MB")
    let all = time(repeats) {
      Engine(rules: rules).check(plan, previous: nil, selection: RuleSelection(), asOf: asOf)
    }
    let perAction = all.seconds / Double(max(plan.actions.count, 1)) * 1e9
    print(
      "all \(rules.rules.count) rules: \(format(all.seconds)) s, \(Int(perAction)) ns per action, \(all.findings) findings"
    )
    var rows: [(String, Double, Int)] = []
    for rule in rules.rules {
      let one = time(repeats) {
        Engine(rules: RuleSet(rules: [rule])).check(
          plan, previous: nil, selection: RuleSelection(), asOf: asOf)
      }
      rows.append((rule.id, one.seconds, one.findings))
    }
    for (id, secs, findings) in rows.sorted(by: { $0.1 > $1.1 }) {
      let ns = secs / Double(max(plan.actions.count, 1)) * 1e9
      print(
        "  \(id.padding(toLength: 34, withPad: " ", startingAt: 0)) \(format(secs)) s  \(Int(ns)) ns/action  \(findings) findings"
      )
    }
  }

  private static func time(_ repeats: Int, _ body: () -> Engine.Outcome) -> (
    seconds: Double, findings: Int
  ) {
    var best = Double.infinity
    var findings = 0
    for _ in 0..<max(repeats, 1) {
      let started = DispatchTime.now().uptimeNanoseconds
      findings = body().findings.count
      best = min(best, seconds(since: started))
    }
    return (best, findings)
  }

  enum Memory { case current, peak }

  /// Resident memory now (from /proc/self/statm) or at its peak (getrusage), in MB.
  static func megabytes(_ which: Memory) -> Int {
    switch which {
    case .peak:
      var usage = rusage()
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return usage.ru_maxrss / 1024
    case .current:
      guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
        let pages = text.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
      else { return 0 }
      return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
  }

  private static func seconds(since start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  private static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
