import Foundation

/// Runs a command as a child process and measures it: wall time and peak resident memory
/// (from wait4's rusage), so the benchmark times the real CLI end to end.
enum ProcessRunner {
  struct Measurement {
    var status: Int32
    var seconds: Double
    var peakRSSBytes: Int
  }

  static func run(_ executable: String, _ arguments: [String], stdout: String = "/dev/null")
    -> Measurement?
  {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid else { return nil }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    return Measurement(status: exitStatus, seconds: elapsed, peakRSSBytes: usage.ru_maxrss * 1024)
  }
}
