import Foundation

// plancheck-bench: generates deterministic synthetic plans and times the real `plancheck check`
// on them (release build), per size and format; optionally per rule at two sizes to show that
// doubling the plan at most doubles the time.
//
//   swift build -c release && .build/release/plancheck-bench [--sizes 1000,10000,100000,1000000]
//       [--formats csv,json] [--per-rule 50000,100000] [--small-runs 30] [--work DIR]
//   .build/release/plancheck-bench --engine PLAN   (in-process: evaluation time per rule)

struct Options {
  var sizes = [1_000, 10_000, 100_000, 1_000_000]
  var formats = ["csv", "json"]
  var perRule: [Int] = []
  var smallRuns = 30
  var work = FileManager.default.temporaryDirectory.appendingPathComponent("plancheck-bench").path
  var binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("plancheck").path

  init(_ arguments: [String]) {
    var index = 0
    func ints(_ text: String) -> [Int] { text.split(separator: ",").compactMap { Int($0) } }
    while index + 1 < arguments.count {
      let value = arguments[index + 1]
      switch arguments[index] {
      case "--sizes": sizes = ints(value)
      case "--formats": formats = value.split(separator: ",").map(String.init)
      case "--per-rule": perRule = ints(value)
      case "--small-runs": smallRuns = Int(value) ?? smallRuns
      case "--work": work = value
      case "--binary": binary = value
      default: break
      }
      index += 2
    }
  }
}

/// Writes the plan for `size` in `format` (cached by name) and returns the path to check.
func preparePlan(size: Int, format: String, work: String) throws -> String {
  let folder = "\(work)/\(format)-\(size)"
  let planPath = "\(folder)/plan.json"
  if FileManager.default.fileExists(atPath: planPath) { return planPath }
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  var generator = PlanGenerator(actions: size)
  if format == "csv" {
    try generator.csv().write(toFile: "\(folder)/actions.csv", atomically: true, encoding: .utf8)
    try generator.planJSON(tableFile: "actions.csv").write(toFile: planPath, atomically: true, encoding: .utf8)
  } else {
    try generator.inlineJSON().write(toFile: planPath, atomically: true, encoding: .utf8)
  }
  return planPath
}

func folderBytes(_ planPath: String) -> Int {
  let folder = URL(fileURLWithPath: planPath).deletingLastPathComponent().path
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
  return names.filter { !$0.hasPrefix("out") }.reduce(0) { total, name in
    let size = (try? FileManager.default.attributesOfItem(atPath: "\(folder)/\(name)")[.size] as? Int) ?? 0
    return total + size
  }
}

/// Counts findings in a JSON report without loading it through Foundation's JSON (1 M rows).
func findingCount(_ reportPath: String) -> Int {
  guard let data = FileManager.default.contents(atPath: reportPath) else { return -1 }
  let needle = Array("\"fingerprint\"".utf8)
  var count = 0
  data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
    guard raw.count >= needle.count else { return }
    var i = 0
    while i <= raw.count - needle.count {
      if raw[i] == needle[0], zip(needle.indices, needle).allSatisfy({ raw[i + $0] == $1 }) {
        count += 1
        i += needle.count
      } else {
        i += 1
      }
    }
  }
  return count
}

func check(_ binary: String, _ plan: String, extra: [String] = []) -> (ProcessRunner.Measurement, Int)? {
  let report = URL(fileURLWithPath: plan).deletingLastPathComponent().appendingPathComponent("out.json").path
  let arguments = ["check", plan, "--format", "json:\(report)", "--fail-on", "none", "--quiet"] + extra
  guard let measurement = ProcessRunner.run(binary, arguments) else { return nil }
  return (measurement, findingCount(report))
}

func pad(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

let arguments = Array(CommandLine.arguments.dropFirst())
if let index = arguments.firstIndex(of: "--engine"), index + 1 < arguments.count {
  EngineBench.run(planPath: arguments[index + 1], repeats: 3)
  exit(0)
}
let options = Options(arguments)
guard FileManager.default.isExecutableFile(atPath: options.binary) else {
  FileHandle.standardError.write(Data("plancheck-bench: no plancheck binary at \(options.binary); run swift build -c release first\n".utf8))
  exit(2)
}
print("plancheck-bench: \(options.binary), work folder \(options.work)")
print("format    actions    wall s    actions/s      MB/s   peak MB   findings  exit")
for format in options.formats {
  for size in options.sizes {
    guard let plan = try? preparePlan(size: size, format: format, work: options.work),
      let (m, findings) = check(options.binary, plan)
    else {
      print("\(format) \(size): could not run")
      continue
    }
    let megabytes = Double(folderBytes(plan)) / 1e6
    let line = [
      format.padding(toLength: 6, withPad: " ", startingAt: 0), pad("\(size)", 10),
      pad(String(format: "%.3f", m.seconds), 9), pad(String(format: "%.0f", Double(size) / m.seconds), 12),
      pad(String(format: "%.1f", megabytes / m.seconds), 9), pad("\(m.peakRSSBytes / 1_000_000)", 9),
      pad("\(findings)", 10), pad("\(m.status)", 5),
    ]
    print(line.joined(separator: " "))
  }
}

// A 10-action plan end to end, process start to exit: median of several runs.
if options.smallRuns > 0, let plan = try? preparePlan(size: 10, format: "json", work: options.work) {
  let times = (0..<options.smallRuns).compactMap { _ in check(options.binary, plan)?.0.seconds }.sorted()
  if !times.isEmpty {
    print(String(format: "10-action plan end to end: median %.1f ms, min %.1f ms over %d runs",
      times[times.count / 2] * 1000, times[0] * 1000, times.count))
  }
}

// Per rule at two sizes: the time ratio shows whether a rule is linear.
if options.perRule.count == 2, let listing = ProcessRunner.run(options.binary, ["rules", "list", "--ids"], stdout: "\(options.work)/rules.txt") {
  _ = listing
  let ids = ((try? String(contentsOfFile: "\(options.work)/rules.txt", encoding: .utf8)) ?? "")
    .split(separator: "\n").map(String.init)
  let small = options.perRule[0]
  let large = options.perRule[1]
  print("per-rule scaling, csv, \(small) -> \(large) actions (ideal ratio \(String(format: "%.2f", Double(large) / Double(small))))")
  for id in ids {
    guard let a = try? preparePlan(size: small, format: "csv", work: options.work),
      let b = try? preparePlan(size: large, format: "csv", work: options.work),
      let (ma, fa) = check(options.binary, a, extra: ["--only", id]),
      let (mb, fb) = check(options.binary, b, extra: ["--only", id])
    else { continue }
    let ratio = mb.seconds / max(ma.seconds, 1e-6)
    print("\(id.padding(toLength: 34, withPad: " ", startingAt: 0)) \(pad(String(format: "%.3f", ma.seconds), 8)) \(pad(String(format: "%.3f", mb.seconds), 8))  x\(String(format: "%.2f", ratio))  findings \(fa) -> \(fb)")
  }
}
