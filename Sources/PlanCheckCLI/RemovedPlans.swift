import Foundation
import JSONSyntax
import PlanModel
import PlanReading
import Reporting
import RuleEngine

/// Plans that existed at the `--compare-to git:REV` revision under the paths checked but are
/// gone from the working tree: a change that deletes a plan takes its actions out of every
/// report, so it is reported rather than passed over in silence.
enum RemovedPlans {
  static let rule = RuleDescriptor(
    id: "plan-removed", title: "A removed plan is noticed", severity: .warning,
    scope: EntityKind.plan.name,
    rationale:
      "A plan deleted in a change takes its actions, leads and deadlines out of every later "
      + "report and comparison; like action-removed for one action, the change should say so "
      + "(drift).",
    tags: ["drift"], source: "built-in")

  /// Keys only a plan has at its top level (as the plan finder tells plans from other JSON).
  private static let planKeys = [
    "plancheck", "actions", "recommendations", "measures", "themes", "period", "asOf",
    "statusScheme", "organisation",
  ]

  /// One finding per plan file at `revision` under `paths` that no longer exists.
  static func findings(
    revision: String, paths: [String], workingDirectory: String, includes: (String) -> Bool
  ) throws(CLIError) -> [Finding] {
    var findings: [Finding] = []
    var seen: Set<String> = []
    for path in paths where path != "-" {
      let absolute = PlanInput.absolute(path, in: workingDirectory)
      let (top, relative) = try GitSnapshot.locate(absolute)
      let listing = try Git.run(
        ["ls-tree", "-r", "--name-only", "-z", revision, "--", relative.isEmpty ? "." : relative],
        in: top, what: "list the files at revision '\(revision)'")
      let files = listing.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
      let removed = files.filter { file in
        PlanFileFormat(path: file) != nil
          && !FileManager.default.fileExists(atPath: PlanPaths.join(top, file))
      }
      guard !removed.isEmpty else { continue }
      let tables = referencedTables(files, revision: revision, top: top)
      for file in removed where seen.insert(file).inserted && !tables.contains(file) {
        let display = ConfigSetup.relative(PlanPaths.join(top, file), to: workingDirectory)
        guard includes(display),
          let bytes = try? Git.run(["show", "\(revision):\(file)"], in: top, what: ""),
          isPlan(bytes, format: PlanFileFormat(path: file))
        else { continue }
        findings.append(finding(display: display, revision: revision, bytes: bytes))
      }
    }
    return findings
  }

  private static func finding(display: String, revision: String, bytes: [UInt8]) -> Finding {
    var planID = PlanPaths.defaultPlanID(for: display)
    if case .success(let root) = JSONParser.parse(bytes, file: display),
      let id = root.objectValue?["id"]?.stringValue, !id.isEmpty
    {
      planID = id
    }
    let entity = EntityRef(kind: .entity(.plan), ref: planID)
    return Finding(
      ruleID: rule.id, severity: rule.severity,
      message:
        "Plan \(planID) ('\(display)') existed at \(revision) but has been removed: its actions "
        + "are no longer checked; restore it, or record why it was withdrawn.",
      span: SourceSpan(file: display), entity: entity, planID: planID,
      fingerprint: Fingerprint.make(rule: rule.id, plan: planID, entity: entity))
  }

  /// Whether a file at the revision is a plan: JSON with a plan key, or a table; never a
  /// report plancheck wrote.
  private static func isPlan(_ bytes: [UInt8], format: PlanFileFormat?) -> Bool {
    let window = ReportSignature.window
    let head = Array(bytes.prefix(window))
    let tail = Array(bytes.suffix(window))
    guard ReportSignature.format(head: head, tail: tail) == nil else { return false }
    guard format == .json else { return format != nil }
    guard case .success(let root) = JSONParser.parse(bytes, file: ""),
      let object = root.objectValue
    else { return false }
    return planKeys.contains { object[$0] != nil }
  }

  /// Tables the JSON plans at the revision read (`"actions": {"file": …}`): part of a plan,
  /// not plans of their own.
  private static func referencedTables(_ files: [String], revision: String, top: String)
    -> Set<String>
  {
    var tables: Set<String> = []
    for file in files where PlanFileFormat(path: file) == .json {
      guard let bytes = try? Git.run(["show", "\(revision):\(file)"], in: top, what: "") else {
        continue
      }
      let folder = PlanPaths.directory(of: file)
      for table in GitSnapshot.tables(in: bytes) {
        tables.insert(folder.isEmpty ? table : PlanPaths.join(folder, table))
      }
    }
    return tables
  }
}
