import Foundation

/// The peers' figures beside plancheck's: the same CSV checked by DuckDB and pandas for five of
/// the checks plancheck makes (missing lead, duplicate ref, unparseable end date, end before
/// start, a past-due milestone under a green rating). Run only when `python3` can import the
/// library; neither is ever a dependency of the build.
enum Peers {
  /// The peers this machine has, by the module `python3` imports.
  static func available(python: String) -> [String] {
    ["duckdb", "pandas"].filter { module in
      ProcessRunner.run(python, ["-c", "import \(module)"])?.status == 0
    }
  }

  /// Times `peer` on the CSV at `csvPath`; the script prints the number of issues it found.
  static func run(_ peer: String, python: String, csvPath: String, work: String) -> (
    ProcessRunner.Measurement, String
  )? {
    let script = "\(work)/peer-\(peer).py"
    let output = "\(work)/peer-\(peer).out"
    guard
      (try? (peer == "duckdb" ? duckdb : pandas).write(
        toFile: script, atomically: true, encoding: .utf8)) != nil,
      let measurement = ProcessRunner.run(python, [script, csvPath], stdout: output)
    else { return nil }
    let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    return (measurement, printed.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// The `python3` on PATH, if any.
  static func python() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/python3"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static let duckdb = #"""
    import sys, duckdb
    con = duckdb.connect()
    con.execute("SET threads TO 2")
    con.execute(f"""CREATE TABLE t AS SELECT * FROM read_csv('{sys.argv[1]}', header=true,
        all_varchar=true, quote='"', escape='"')""")
    n = con.execute("""
    WITH d AS (SELECT "Ref" AS ref, "Lead" AS lead, "RAG" AS rag,
        try_strptime("Start Date", '%d/%m/%Y') AS s, try_strptime("End Date", '%d/%m/%Y') AS e,
        "End Date" AS end_text,
        try_strptime(regexp_extract("Milestones", '^(\d{1,2}/\d{1,2}/\d{4}):', 1), '%d/%m/%Y') AS m
        FROM t)
    SELECT (SELECT count(*) FROM d WHERE lead IS NULL OR trim(lead) = '')
         + (SELECT count(*) FROM d WHERE ref IN (SELECT ref FROM d GROUP BY ref HAVING count(*) > 1))
         + (SELECT count(*) FROM d WHERE e IS NULL AND end_text IS NOT NULL)
         + (SELECT count(*) FROM d WHERE e < s)
         + (SELECT count(*) FROM d WHERE rag = 'Green' AND m < TIMESTAMP '2024-06-30')
    """).fetchone()[0]
    print(n)
    """#

  static let pandas = #"""
    import sys, pandas as pd
    t = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
    s = pd.to_datetime(t["Start Date"], format="%d/%m/%Y", errors="coerce")
    e = pd.to_datetime(t["End Date"], format="%d/%m/%Y", errors="coerce")
    due = t["Milestones"].str.extract(r"^(\d{1,2}/\d{1,2}/\d{4}):", expand=False)
    m = pd.to_datetime(due, format="%d/%m/%Y", errors="coerce")
    n = ((t["Lead"].str.strip() == "").sum()
         + t["Ref"].duplicated(keep=False).sum()
         + (e.isna() & (t["End Date"] != "")).sum()
         + (e < s).sum()
         + ((t["RAG"] == "Green") & (m < pd.Timestamp("2024-06-30"))).sum())
    print(int(n))
    """#
}
